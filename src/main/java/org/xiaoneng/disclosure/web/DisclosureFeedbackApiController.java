package org.xiaoneng.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.disclosure.Category;
import org.xiaoneng.disclosure.DisclosureFeedback;
import org.xiaoneng.disclosure.DisclosurePortal;
import org.xiaoneng.disclosure.FeedbackView;
import org.xiaoneng.disclosure.PublicItem;

/**
 * The public's side of 政务公开 for integrations, no sign-in (what is published, a search in Chinese, one item), and the
 * editors' work on the public's feedback (意见建议) of their unit.
 */
@RestController
@RequestMapping("/api/v1/disclosure")
@Tag(name = "Disclosure portal", description = "政务公开: published items, search, and the public's feedback")
class DisclosureFeedbackApiController {

	private final DisclosurePortal portal;

	private final DisclosureFeedback feedback;

	DisclosureFeedbackApiController(DisclosurePortal portal, DisclosureFeedback feedback) {
		this.portal = portal;
		this.feedback = feedback;
	}

	/** An editor's answer to a feedback. */
	record Answer(String answer) {
	}

	@GetMapping("/public/items")
	@Operation(summary = "Published items of a category and unit, newest first; with q, those holding every bigram "
			+ "of it, ranked by ts_rank (title weight 1.0, text 0.4), newest first among equals; at most 100")
	List<PublicItem> published(@RequestParam(required = false) String q,
			@RequestParam(required = false) Category category, @RequestParam(required = false) Long unitId) {
		return portal.find(q, category, unitId);
	}

	@GetMapping("/public/items/{id}")
	@Operation(summary = "A published item with its attachments and the feedback its authors agreed to show")
	PublicItem publishedItem(@PathVariable long id) {
		return portal.item(id);
	}

	@GetMapping("/feedback")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "The feedback on the editor's unit's items: waiting first by answer-by day, overdue marked")
	List<FeedbackView> feedback(@RequestParam(defaultValue = "false") boolean waiting) {
		return feedback.ofMyUnit(waiting);
	}

	@PostMapping("/feedback/{id}/answer")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "Answers a feedback once")
	@ApiResponse(responseCode = "400", description = "No answer, an answer over 2,000 characters, or answered already")
	FeedbackView answer(@PathVariable long id, @RequestBody Answer answer) {
		return feedback.answer(id, answer.answer());
	}
}
