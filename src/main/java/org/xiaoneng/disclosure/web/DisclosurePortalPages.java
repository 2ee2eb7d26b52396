package org.xiaoneng.disclosure.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.disclosure.Category;
import org.xiaoneng.disclosure.DisclosurePortal;
import org.xiaoneng.disclosure.NewFeedback;
import org.xiaoneng.disclosure.PublicItem;

/**
 * The portal's 政务公开, no login: what the units published by category and unit, a search in Chinese, an item with
 * its six elements, attachments and the feedback shown publicly, the form to leave feedback, and an Atom feed per unit
 * and per category.
 */
@Controller
@RequestMapping("/portal/disclosure")
class DisclosurePortalPages {

	private static final String BASE = "/portal/disclosure";

	private final DisclosurePortal portal;

	private final MessageSource messages;

	private final Clock clock;

	DisclosurePortalPages(DisclosurePortal portal, MessageSource messages, Clock clock) {
		this.portal = portal;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Category category,
			@RequestParam(required = false) Long unit, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("unit", unit);
		model.addAttribute("categories", Category.values());
		model.addAttribute("counts", portal.countsByCategory(unit));
		model.addAttribute("units", portal.publishingUnits());
		model.addAttribute("items", portal.find(q, category, unit));
		return "disclosure/portal-list";
	}

	@GetMapping("/items/{id}")
	String item(@PathVariable long id, Model model) {
		model.addAttribute("item", portal.item(id));
		return "disclosure/portal-item";
	}

	@PostMapping("/items/{id}/feedback")
	String feedback(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String authorName, @RequestParam(required = false) String contact,
			@RequestParam(defaultValue = "false") boolean shownPublicly, RedirectAttributes redirect) {
		String page = BASE + "/items/" + id;
		return attempt(redirect, page, () -> {
			portal.leaveFeedback(id, new NewFeedback(text, authorName, contact, shownPublicly));
			redirect.addFlashAttribute("feedbackTaken", true);
			return page;
		});
	}

	@GetMapping("/items/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentDownloads.of(portal.attachment(id, attachmentId));
	}

	@GetMapping("/units/{id}/feed.atom")
	ResponseEntity<String> unitFeed(@PathVariable long id, Locale locale) {
		String name = portal.publishingUnits().get(id);
		if (name == null) {
			return ResponseEntity.notFound().build();
		}
		return feed("unit/" + id, messages.getMessage("disclosure.feed.unit", new Object[] { name }, locale), name,
				"?unit=" + id, portal.find(null, null, id));
	}

	@GetMapping("/categories/{category}/feed.atom")
	ResponseEntity<String> categoryFeed(@PathVariable Category category, Locale locale) {
		String name = messages.getMessage("disclosure.category." + category, null, locale);
		return feed("category/" + category, messages.getMessage("disclosure.feed.category", new Object[] { name },
				locale), messages.getMessage("portal.name", null, locale), "?category=" + category,
				portal.find(null, category, null));
	}

	private ResponseEntity<String> feed(String key, String title, String author, String query, List<PublicItem> items) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString();
		String self = ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AtomFeed.MEDIA_TYPE + ";charset=UTF-8"))
			.body(AtomFeed.of(key, title, author, self, base + query, base + "/items/", items, clock.instant()));
	}

	@Bean
	static PublicEndpoints disclosurePublicEndpoints() {
		return () -> List.of(BASE, BASE + "/**", "/api/v1/disclosure/public/**");
	}
}
