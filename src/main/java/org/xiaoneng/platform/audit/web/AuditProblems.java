package org.xiaoneng.platform.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.xiaoneng.platform.audit.ChainBrokenException;
import org.xiaoneng.platform.audit.RetentionPeriodNotElapsedException;

/**
 * The audit API's refusals as RFC 9457 problem details in the caller's language.
 */
@RestControllerAdvice(assignableTypes = AuditApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditProblems {

	private final MessageSource messages;

	AuditProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** A missing or malformed cut-off day. */
	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail invalidCutOff(Exception invalid, Locale locale) {
		String message = messages.getMessage("audit.archive.invalidDate", null, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setTitle(messages.getMessage("audit.archive.invalidDate.title", null, locale));
		problem.setProperty("errors", List.of(Map.of("field", "before", "message", message)));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail retentionPeriodNotElapsed(RetentionPeriodNotElapsedException refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("audit.archive.retention", new Object[] { String.valueOf(refused.retentionDays()),
						refused.latestAllowed().toString() }, locale));
		problem.setTitle(messages.getMessage("audit.archive.retention.title", null, locale));
		problem.setProperty("latestAllowed", refused.latestAllowed().toString());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail chainBroken(ChainBrokenException refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
				"audit.archive.chainBroken", new Object[] { String.valueOf(refused.brokenEntry().seq()) }, locale));
		problem.setTitle(messages.getMessage("audit.archive.chainBroken.title", null, locale));
		problem.setProperty("firstBrokenEntry", refused.brokenEntry());
		return problem;
	}
}
