package org.xiaoneng.inquiry.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.PublicStatus;
import org.xiaoneng.inquiry.PublicSubmission;
import org.xiaoneng.inquiry.SubmissionsLimitedException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public portal's inquiry API, without login: submit a consultation, complaint, report or suggestion (rate-limited
 * per client address, 429 when exceeded) and follow it by its query code. No personal data comes back.
 */
@RestController
@RequestMapping("/api/v1/public/inquiries")
@Tag(name = "Public inquiries", description = "首问: 公众咨询、投诉、举报、建议 — no login, rate-limited")
class PublicInquiryApiController {

	private final InquiryRegister register;

	private final MessageSource messages;

	PublicInquiryApiController(InquiryRegister register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	@Operation(summary = "Submits a consultation, complaint, report or suggestion; a report may be anonymous")
	@PostMapping
	ResponseEntity<PublicStatus> submit(@RequestBody PublicSubmission submission, HttpServletRequest request) {
		PublicStatus status = register.submit(submission, request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/public/inquiries/" + status.queryCode())).body(status);
	}

	@Operation(summary = "The status of a matter by its query code: no personal data")
	@GetMapping("/{code}")
	PublicStatus status(@PathVariable String code) {
		return register.status(code);
	}

	/** Flooding from one address: 429 with the localized message, so that a client knows to wait. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> limited(SubmissionsLimitedException ex, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setTitle(messages.getMessage("inquiry.problem.tooMany", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", ex.messageKey());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(problem);
	}
}
