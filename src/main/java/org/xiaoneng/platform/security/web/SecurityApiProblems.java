package org.xiaoneng.platform.security.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.xiaoneng.platform.security.AccountNotFoundException;
import org.xiaoneng.platform.security.SeparationOfDutiesViolatedException;
import org.xiaoneng.platform.security.UsernameTakenException;

/**
 * RFC 9457 problem details for this module's API, with texts in the caller's language and one entry per invalid
 * field. Ordered first, and limited to this module's API controllers.
 */
@RestControllerAdvice(assignableTypes = AccountApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityApiProblems {

	private final MessageSource messages;

	SecurityApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException exception, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "security.problem.invalid", locale);
		List<Map<String, String>> errors = exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "security.problem.unreadable", locale);
	}

	@ExceptionHandler(UsernameTakenException.class)
	ProblemDetail usernameTaken(Locale locale) {
		return problem(HttpStatus.CONFLICT, "security.account.usernameTaken", locale);
	}

	@ExceptionHandler(SeparationOfDutiesViolatedException.class)
	ProblemDetail separationOfDuties(SeparationOfDutiesViolatedException exception, Locale locale) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, exception.messageKey(), locale);
	}

	@ExceptionHandler(AccountNotFoundException.class)
	ProblemDetail notFound(Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "security.notFound", locale);
	}

	private ProblemDetail problem(HttpStatus status, String detailKey, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}
}
