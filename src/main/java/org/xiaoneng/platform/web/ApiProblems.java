package org.xiaoneng.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;
import org.xiaoneng.common.RuleViolationException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Answers every error of an API call ({@code /api/**}) with an RFC 9457 problem ({@code application/problem+json}) in
 * the caller's language: bad input with the rejected fields, unreadable JSON without the parser's text, unknown paths,
 * wrong methods and media types, oversized uploads, denied access, broken rules, and anything unexpected as a 500 with
 * a reference that the log records. A page request's exception is passed on unchanged to Spring's own handling, which
 * shows the friendly error pages, except a broken rule, which a page shows as a message.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems {

	private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

	private static final Map<RuleViolationException.Kind, HttpStatus> RULE_STATUS = Map.of(
			RuleViolationException.Kind.INVALID_INPUT, HttpStatus.BAD_REQUEST,
			RuleViolationException.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
			RuleViolationException.Kind.CONFLICT, HttpStatus.CONFLICT,
			RuleViolationException.Kind.RULE_BROKEN, HttpStatus.UNPROCESSABLE_CONTENT,
			RuleViolationException.Kind.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS);

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final Problems problems;

	ApiProblems(Problems problems) {
		this.problems = problems;
	}

	/** Invalid fields of a JSON body ({@code @Valid @RequestBody}) or of bound query parameters. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidFields(BindException ex, HttpServletRequest request) throws BindException {
		apiOnly(ex, request);
		List<Problems.FieldProblem> errors = new ArrayList<>();
		ex.getFieldErrors().forEach(error -> errors.add(field(error.getField(), error)));
		ex.getGlobalErrors().forEach(error -> errors.add(field(null, error)));
		return invalid(errors, request);
	}

	/** Invalid parameters of a controller method validated as a whole ({@code @Min} on a {@code @RequestParam}…). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request)
			throws HandlerMethodValidationException {
		apiOnly(ex, request);
		List<Problems.FieldProblem> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors bean) {
				bean.getFieldErrors().forEach(error -> errors.add(field(error.getField(), error)));
				bean.getGlobalErrors().forEach(error -> errors.add(field(parameterName(result.getMethodParameter()), error)));
			}
			else {
				String name = parameterName(result.getMethodParameter());
				result.getResolvableErrors().forEach(error -> errors.add(new Problems.FieldProblem(name, problems.text(error))));
			}
		}
		ex.getCrossParameterValidationResults()
			.forEach(error -> errors.add(new Problems.FieldProblem(null, problems.text(error))));
		return invalid(errors, request);
	}

	/** Invalid arguments caught by method validation ({@code @Validated}) below the controller. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidArguments(ConstraintViolationException ex, HttpServletRequest request) {
		apiOnly(ex, request);
		List<Problems.FieldProblem> errors = new ArrayList<>();
		for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
			errors.add(new Problems.FieldProblem(fieldOf(violation.getPropertyPath()), violation.getMessage()));
		}
		return invalid(errors, request);
	}

	/** A body that is missing or not JSON, or whose values have the wrong type; the parser's text stays in the log. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		apiOnly(ex, request);
		LOG.debug("Unreadable request body on {}", ApiRequests.path(request), ex);
		ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "problem.detail.unreadable", null, request);
		String field = jsonPath(ex);
		if (field != null) {
			problems.withErrors(problem, List.of(new Problems.FieldProblem(field, wrongValue(enumTarget(ex)))));
		}
		return respond(problem, null);
	}

	/** A query or path parameter that cannot be converted, such as letters for a number. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongType(TypeMismatchException ex, HttpServletRequest request) {
		apiOnly(ex, request);
		String name = ex.getPropertyName();
		ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "problem.detail.wrongType", new Object[] { name }, request);
		Class<?> required = ex.getRequiredType();
		return respond(problems.withErrors(problem, List.of(new Problems.FieldProblem(name,
				wrongValue(required != null && required.isEnum() ? required : null)))), null);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request)
			throws MissingServletRequestParameterException {
		apiOnly(ex, request);
		return missing(ex.getParameterName(), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex, HttpServletRequest request)
			throws MissingServletRequestPartException {
		apiOnly(ex, request);
		return missing(ex.getRequestPartName(), request);
	}

	/** A module's broken rule: its own message, with the status of its kind; on a page, the message on an error page. */
	@ExceptionHandler
	Object ruleViolated(RuleViolationException ex, HttpServletRequest request) {
		HttpStatus status = RULE_STATUS.get(ex.kind());
		String message = problems.text(ex.arguments(), ex.messageKey());
		LOG.debug("Rule {} broken on {}", ex.messageKey(), ApiRequests.path(request));
		if (!ApiRequests.isApi(request)) {
			ModelAndView page = new ModelAndView("error/rule", status);
			page.addObject("message", message);
			page.addObject("reference", RequestReferences.of(request));
			return page;
		}
		ProblemDetail problem = problems.withText(status, message, request);
		problem.setProperty("code", ex.messageKey());
		return respond(problem, null);
	}

	/**
	 * A form that should carry a file but is not multipart at all (sent empty, or by a script): the file is missing,
	 * a 400 with that message on a page as in the API, rather than the servlet's 500.
	 */
	@ExceptionHandler
	Object notMultipart(MultipartException ex, HttpServletRequest request) {
		String message = problems.text(null, "problem.detail.notMultipart");
		if (!ApiRequests.isApi(request)) {
			ModelAndView page = new ModelAndView("error/rule", HttpStatus.BAD_REQUEST);
			page.addObject("message", message);
			page.addObject("reference", RequestReferences.of(request));
			return page;
		}
		return respond(problems.withText(HttpStatus.BAD_REQUEST, message, request), null);
	}

	/** Access denied to a signed-in caller; an anonymous one is left to security, which asks them to sign in. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
		apiOnly(ex, request);
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || trust.isAnonymous(caller)) {
			throw ex;
		}
		return respond(problems.of(HttpStatus.FORBIDDEN, request), null);
	}

	/**
	 * A request the security firewall refuses only once a parameter is read (a parameter name with line breaks, say):
	 * the client's error, answered like any bad request by the error page or problem.
	 */
	@ExceptionHandler
	void firewallRejected(RequestRejectedException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		LOG.debug("Request rejected by the firewall on {}", ApiRequests.path(request), ex);
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/** Sign-in failures belong to the security filter chain, which answers them with 401. */
	@ExceptionHandler
	void unauthenticated(AuthenticationException ex) {
		throw ex;
	}

	/**
	 * Spring's own web errors (unknown path, wrong method, unsupported media type, oversized upload…) with their
	 * status, and anything else as a 500 whose reference is logged with the exception.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
		apiOnly(ex, request);
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			throw ex;
		}
		if (ex instanceof ErrorResponse known) {
			HttpStatusCode status = known.getStatusCode();
			if (status.is5xxServerError()) {
				logFailure(ex, request);
			}
			return respond(status.value() == HttpStatus.CONTENT_TOO_LARGE.value() ? problems.tooLarge(request)
					: problems.of(status, request), known.getHeaders());
		}
		Optional<HttpStatus> refused = UnreadableRequests.statusOf(ex);
		if (refused.isPresent()) {
			return respond(refused.get() == HttpStatus.CONTENT_TOO_LARGE ? problems.tooLarge(request)
					: problems.of(refused.get(), request), null);
		}
		logFailure(ex, request);
		return respond(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, request), null);
	}

	/** Leaves a page request's exception to the next handler: rethrowing it is how an exception handler declines. */
	private static <E extends Exception> void apiOnly(E ex, HttpServletRequest request) throws E {
		if (!ApiRequests.isApi(request)) {
			throw ex;
		}
	}

	private ResponseEntity<ProblemDetail> invalid(List<Problems.FieldProblem> errors, HttpServletRequest request) {
		ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "problem.detail.invalid", null, request);
		return respond(problems.withErrors(problem, errors), null);
	}

	private ResponseEntity<ProblemDetail> missing(String name, HttpServletRequest request) {
		ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "problem.detail.missing", new Object[] { name }, request);
		return respond(problems.withErrors(problem,
				List.of(new Problems.FieldProblem(name, problems.text(null, "problem.field.missing")))), null);
	}

	private Problems.FieldProblem field(String name, ObjectError error) {
		return new Problems.FieldProblem(name, problems.text(error));
	}

	private void logFailure(Exception ex, HttpServletRequest request) {
		LOG.error("Unhandled error on {} {}, reference {}", request.getMethod(), ApiRequests.path(request),
				RequestReferences.of(request), ex);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
		return ResponseEntity.status(problem.getStatus())
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** The name the client used: the request parameter's or path variable's name, else the Java parameter's. */
	private static String parameterName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
		if (variable != null && !variable.name().isEmpty()) {
			return variable.name();
		}
		return parameter.getParameterName();
	}

	/** {@code create.arg0.applicant.name} as the client knows it: {@code applicant.name}. */
	private static String fieldOf(Path path) {
		List<String> names = new ArrayList<>();
		String parameter = null;
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.PARAMETER) {
				parameter = node.getName();
			}
			else if (node.getKind() == ElementKind.PROPERTY) {
				names.add(node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
			}
		}
		return names.isEmpty() ? parameter : String.join(".", names);
	}

	/**
	 * Why a value was refused: for a field that takes one of a fixed set of values (an enum), the values it takes, so
	 * that a client sending {@code HAND_OVER} for {@code HANDOVER} learns the right spelling; else that the format is
	 * wrong.
	 */
	private String wrongValue(Class<?> enumType) {
		if (enumType == null) {
			return problems.text(null, "problem.field.wrongType");
		}
		String allowed = Arrays.stream(enumType.getEnumConstants())
			.map(constant -> ((Enum<?>) constant).name())
			.collect(Collectors.joining(", "));
		return problems.text(new Object[] { allowed }, "problem.field.oneOf");
	}

	/** The enum a JSON value could not be read as, or {@code null} when the value was not meant for an enum. */
	private static Class<?> enumTarget(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
					&& mismatch.getTargetType().isEnum()) {
				return mismatch.getTargetType();
			}
		}
		return null;
	}

	/** The JSON field whose value was wrong ({@code items[2].amount}), or {@code null} if the body is not JSON at all. */
	private static String jsonPath(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}
}
