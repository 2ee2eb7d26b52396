package org.xiaoneng.casework.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.casework.CasePortal;
import org.xiaoneng.casework.NewRating;
import org.xiaoneng.casework.PublicProgress;
import org.xiaoneng.casework.RatingChannel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The public progress query and rating (好差评), without login, rate-limited per address. */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Public progress and rating", description = "办件进度查询与好差评 (no login)")
class PublicCaseApiController {

	private final CasePortal portal;

	PublicCaseApiController(CasePortal portal) {
		this.portal = portal;
	}

	/** A rating with the credentials of the progress query: query code plus phone digits or the QR key. */
	record RatingRequest(String queryCode, String phoneLast4, String key, int overall, int efficiency,
			int serviceLevel, int attitude, String comment, RatingChannel channel) {
	}

	@Operation(summary = "Progress by query code and the last 4 digits of the applicant's phone, or the QR key")
	@GetMapping("/progress")
	PublicProgress progress(@RequestParam String code, @RequestParam(required = false) String phoneLast4,
			@RequestParam(required = false) String key, HttpServletRequest request) {
		return portal.progress(code, phoneLast4, key, request.getRemoteAddr());
	}

	@Operation(summary = "A document the applicant may download, with the key of the progress answer")
	@GetMapping("/progress/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long documentId, @RequestParam String code, @RequestParam String key) {
		return CaseApiController.pdf(portal.document(code, key, documentId));
	}

	@Operation(summary = "Rates a completed case once (5 非常满意 … 1 非常不满意)")
	@PostMapping("/ratings")
	ResponseEntity<Void> rate(@RequestBody RatingRequest rating, HttpServletRequest request) {
		portal.rate(rating.queryCode(), rating.phoneLast4(), rating.key(), new NewRating(rating.overall(),
				rating.efficiency(), rating.serviceLevel(), rating.attitude(), rating.comment(), rating.channel()),
				request.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}
}
