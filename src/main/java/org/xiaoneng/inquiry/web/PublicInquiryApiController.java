package org.xiaoneng.inquiry.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.PublicStatus;
import org.xiaoneng.inquiry.PublicSubmission;

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

	PublicInquiryApiController(InquiryRegister register) {
		this.register = register;
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
}
