package org.xiaoneng.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the container shows when a request ends in an error status outside a controller (an unknown page, a denied
 * form, an oversized upload, an exception nobody handled): people get a friendly page in their language from
 * {@code templates/error/}, programs an RFC 9457 problem. Both carry the request's reference and never an
 * exception's message or stack trace, whatever the {@code spring.web.error.*} settings say.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

	/** Beyond Boot's status, path and time, an error page knows the reference, why a form was refused, the limits. */
	static final String REFERENCE = "reference";

	static final String REASON = "reason";

	static final String CSRF = "csrf";

	static final String UPLOAD_LIMITS = "uploadLimits";

	static final String UNSTORABLE = "unstorable";

	static final String FIELD = "field";

	@Bean
	ErrorAttributes errorAttributes(MultipartProperties limits) {
		return new SafeErrorAttributes(Problems.uploadLimits(limits));
	}

	@Bean
	BasicErrorController basicErrorController(ErrorAttributes attributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers, Problems problems) {
		return new ProblemErrorController(attributes, web, resolvers.orderedStream().toList(), problems);
	}

	/** Boot's error attributes without any exception text, plus the reference and the reason for a refusal. */
	static final class SafeErrorAttributes extends DefaultErrorAttributes {

		private static final Set<String> NEVER_SHOWN = Set.of("exception", "message", "trace", "errors");

		private final Object[] uploadLimits;

		SafeErrorAttributes(Object[] uploadLimits) {
			this.uploadLimits = uploadLimits;
		}

		@Override
		public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
			Map<String, Object> attributes = super.getErrorAttributes(request, options);
			attributes.keySet().removeAll(NEVER_SHOWN);
			Object reference = request.getAttribute(RequestReferences.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			if (reference != null) {
				attributes.put(REFERENCE, reference);
			}
			if (request.getAttribute(WebAttributes.ACCESS_DENIED_403, RequestAttributes.SCOPE_REQUEST) instanceof CsrfException) {
				attributes.put(REASON, CSRF);
			}
			if (Integer.valueOf(HttpStatus.CONTENT_TOO_LARGE.value()).equals(
					request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST))) {
				attributes.put(UPLOAD_LIMITS, List.of(uploadLimits));
			}
			if (request.getAttribute(UnstorableText.FIELD, RequestAttributes.SCOPE_REQUEST) instanceof String field) {
				attributes.put(REASON, UNSTORABLE);
				attributes.put(FIELD, field);
			}
			return attributes;
		}
	}

	/** Boot's error controller, answering programs with a localized problem instead of its own JSON. */
	static final class ProblemErrorController extends BasicErrorController {

		private final Problems problems;

		ProblemErrorController(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers,
				Problems problems) {
			super(attributes, web.getError(), resolvers);
			this.problems = problems;
		}

		@Override
		public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
			HttpStatus status = getStatus(request);
			if (status == HttpStatus.NO_CONTENT) {
				return new ResponseEntity<>(status);
			}
			ProblemDetail problem;
			if (status == HttpStatus.CONTENT_TOO_LARGE) {
				problem = problems.tooLarge(request);
			}
			else if (request.getAttribute(UnstorableText.FIELD) instanceof String field) {
				problem = problems.withErrors(
						problems.of(status, "problem.detail.unstorableText", new Object[] { field }, request),
						List.of(new Problems.FieldProblem(field, problems.text(null, "problem.field.unstorableText"))));
			}
			else if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
				problem = problems.of(status, "problem.detail.csrf", null, request);
			}
			else {
				problem = problems.of(status, request);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(asMap(problem));
		}

		/**
		 * The container forwards here with the error's status; a client who asks for the error page itself brought no
		 * error, and Boot would call that a 500: it is a request the application cannot answer, a 400.
		 */
		@Override
		protected HttpStatus getStatus(HttpServletRequest request) {
			if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
				return HttpStatus.BAD_REQUEST;
			}
			return super.getStatus(request);
		}

		private static Map<String, Object> asMap(ProblemDetail problem) {
			Map<String, Object> body = new LinkedHashMap<>();
			if (problem.getType() != null) {
				body.put("type", problem.getType().toString());
			}
			body.put("title", problem.getTitle());
			body.put("status", problem.getStatus());
			body.put("detail", problem.getDetail());
			if (problem.getInstance() != null) {
				body.put("instance", problem.getInstance().toString());
			}
			if (problem.getProperties() != null) {
				body.putAll(problem.getProperties());
			}
			return body;
		}
	}
}
