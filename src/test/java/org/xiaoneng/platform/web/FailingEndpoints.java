package org.xiaoneng.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.xiaoneng.common.RuleViolationException;

/**
 * Test-only endpoints that fail on purpose, one per kind of error the web shell must answer well.
 */
@Controller
class FailingEndpoints {

	static final String SECRET = "connection to 10.0.0.7 refused by db-primary";

	/** A JSON body with rules on its fields. */
	record Applicant(@NotBlank String name, @Min(0) int age) {
	}

	/** A rule of a test module: a completed case cannot change. */
	static final class CaseClosedException extends RuleViolationException {

		CaseClosedException(String caseNumber) {
			super(Kind.CONFLICT, "webtest.caseClosed", caseNumber);
		}
	}

	@PostMapping("/api/v1/test/applicants")
	@ResponseBody
	Applicant register(@Valid @RequestBody Applicant applicant) {
		return applicant;
	}

	@GetMapping("/api/v1/test/pages")
	@ResponseBody
	int page(@RequestParam @Min(1) int number) {
		return number;
	}

	@GetMapping("/api/v1/test/failure")
	@ResponseBody
	String failApi() {
		throw new IllegalStateException(SECRET);
	}

	@GetMapping("/test/failure")
	String failPage() {
		throw new IllegalStateException(SECRET);
	}

	@GetMapping("/api/v1/test/closed-case")
	@ResponseBody
	String changeClosedCaseByApi() {
		throw new CaseClosedException("2026-0001");
	}

	@GetMapping("/test/closed-case")
	String changeClosedCase() {
		throw new CaseClosedException("2026-0001");
	}

	@GetMapping("/api/v1/test/forbidden")
	@ResponseBody
	String forbidden() {
		throw new AccessDeniedException("no access to unit 12");
	}
}
