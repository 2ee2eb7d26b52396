package org.xiaoneng.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Builds the RFC 9457 problems of the API in the caller's language: a title for the status, a detail from a message
 * key, the path as {@code instance}, the request's {@code reference} and, for bad input, the {@code errors} by field.
 * Never an exception's text.
 */
@Component
class Problems {

	/** One rejected field of the input, with the reason in the caller's language. */
	record FieldProblem(String field, String message) {
	}

	private final MessageSource messages;

	private final Object[] uploadLimits;

	Problems(MessageSource messages, MultipartProperties limits) {
		this.messages = messages;
		this.uploadLimits = uploadLimits(limits);
	}

	/** The configured upload limits as people read them: one file, one request, e.g. {@code 20 MB}. */
	static Object[] uploadLimits(MultipartProperties limits) {
		return new Object[] { readable(limits.getMaxFileSize()), readable(limits.getMaxRequestSize()) };
	}

	/** A problem whose detail is the message {@code detailKey} (or the status's generic detail when it has none). */
	ProblemDetail of(HttpStatusCode status, String detailKey, Object[] arguments, HttpServletRequest request) {
		String detail = text(arguments, detailKey, "problem.detail." + status.value(), "problem.detail." + series(status));
		return withText(status, detail, request);
	}

	/** A problem for the status alone, with its generic title and detail. */
	ProblemDetail of(HttpStatusCode status, HttpServletRequest request) {
		return of(status, null, null, request);
	}

	/** The answer to an upload or request body above the configured limits, naming them. */
	ProblemDetail tooLarge(HttpServletRequest request) {
		return of(HttpStatus.CONTENT_TOO_LARGE, "problem.detail.413", uploadLimits, request);
	}

	/** A problem with an already localized detail, such as a broken rule's message. */
	ProblemDetail withText(HttpStatusCode status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text(null, "problem.title." + status.value(), "problem.title." + series(status)));
		instance(request).ifPresent(problem::setInstance);
		String reference = RequestReferences.of(request);
		if (reference != null) {
			problem.setProperty("reference", reference);
		}
		return problem;
	}

	/** Adds the rejected fields to a problem. */
	ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A message in the caller's language. */
	String text(MessageSourceResolvable message) {
		return messages.getMessage(message, locale());
	}

	/** The first of the keys that a bundle defines, in the caller's language. */
	String text(Object[] arguments, String... keys) {
		String[] codes = Arrays.stream(keys).filter(key -> key != null).toArray(String[]::new);
		return messages.getMessage(new DefaultMessageSourceResolvable(codes, arguments), locale());
	}

	private static Optional<URI> instance(HttpServletRequest request) {
		try {
			return Optional.of(new URI(ApiRequests.path(request)));
		}
		catch (URISyntaxException e) {
			return Optional.empty();
		}
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " KB" : bytes + " B";
	}

	private static String series(HttpStatusCode status) {
		return status.is4xxClientError() ? "4xx" : "5xx";
	}
}
