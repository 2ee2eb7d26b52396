package org.xiaoneng.disclosure.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.disclosure.Cadence;
import org.xiaoneng.disclosure.Category;
import org.xiaoneng.disclosure.Disclosure;
import org.xiaoneng.disclosure.DisclosureItemId;
import org.xiaoneng.disclosure.ItemDraft;
import org.xiaoneng.disclosure.ItemElements;
import org.xiaoneng.disclosure.ItemStatus;
import org.xiaoneng.disclosure.ItemView;

/**
 * The editors' pages of 政务公开: the unit's catalogue by category with each item's cadence, status and next due day;
 * drafting and changing an item with its six elements and attachments; the personal information found in it, each
 * with its place; the steps submit, clear or send back (the second person's 保密审查), publish, withdraw.
 */
@Controller
@RequestMapping("/disclosure")
class DisclosurePages {

	private final Disclosure disclosure;

	private final Clock clock;

	DisclosurePages(Disclosure disclosure, Clock clock) {
		this.disclosure = disclosure;
		this.clock = clock;
	}

	/** What the editor writes in the item form. */
	record ItemForm(Category category, Cadence cadence, String title, String body, String basis, String duties,
			String conditions, String procedure, String discipline, String result, LocalDate arisenOn) {

		ItemDraft draft() {
			return new ItemDraft(category, cadence, title, body,
					new ItemElements(basis, duties, conditions, procedure, discipline, result), arisenOn);
		}
	}

	@ModelAttribute("today")
	LocalDate today() {
		return LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return Clocks.BUSINESS_ZONE;
	}

	@GetMapping("/items")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String catalogue(@RequestParam(required = false) ItemStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("byCategory", byCategory(disclosure.myUnitItems(status)));
		return "disclosure/items";
	}

	@GetMapping("/reviews")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String reviews(Model model) {
		model.addAttribute("items", disclosure.myUnitItems(ItemStatus.IN_REVIEW));
		return "disclosure/reviews";
	}

	@GetMapping("/items/new")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String newItem(Model model) {
		model.addAttribute("categories", Category.values());
		model.addAttribute("cadences", Cadence.values());
		return "disclosure/item-new";
	}

	@PostMapping("/items")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String draft(ItemForm form, RedirectAttributes redirect) {
		return attempt(redirect, "/disclosure/items/new", () -> page(disclosure.draft(form.draft()).id().value()));
	}

	@GetMapping("/items/{id}")
	@PreAuthorize(DisclosureApiController.READERS)
	String item(@PathVariable long id, Model model) {
		ItemView item = disclosure.item(new DisclosureItemId(id));
		model.addAttribute("item", item);
		model.addAttribute("categories", Category.values());
		model.addAttribute("cadences", Cadence.values());
		boolean unpublished = item.status() != ItemStatus.PUBLISHED && item.status() != ItemStatus.WITHDRAWN;
		model.addAttribute("findings", unpublished ? disclosure.findings(item.id()) : List.of());
		return "disclosure/item";
	}

	@PostMapping("/items/{id}")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String revise(@PathVariable long id, ItemForm form, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> disclosure.revise(new DisclosureItemId(id), form.draft()));
	}

	@PostMapping("/items/{id}/submit")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> disclosure.submitForReview(new DisclosureItemId(id)));
	}

	@PostMapping("/items/{id}/clear")
	@PreAuthorize(DisclosureApiController.REVIEWERS)
	String clear(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> disclosure.clear(new DisclosureItemId(id)));
	}

	@PostMapping("/items/{id}/send-back")
	@PreAuthorize(DisclosureApiController.REVIEWERS)
	String sendBack(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> disclosure.sendBack(new DisclosureItemId(id), note));
	}

	@PostMapping("/items/{id}/publish")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> disclosure.publish(new DisclosureItemId(id)));
	}

	@PostMapping("/items/{id}/withdraw")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> disclosure.withdraw(new DisclosureItemId(id), reason));
	}

	@PostMapping("/items/{id}/next-edition")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String nextEdition(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, page(id),
				() -> page(disclosure.nextEdition(new DisclosureItemId(id)).id().value()));
	}

	@PostMapping(path = "/items/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(DisclosureApiController.EDITOR)
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		byte[] content = file.getBytes();
		return attempt(redirect, page(id),
				() -> disclosure.attach(new DisclosureItemId(id), file.getOriginalFilename(), content));
	}

	@PostMapping("/items/{id}/attachments/{attachmentId}/removal")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String detach(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> disclosure.detach(new DisclosureItemId(id), attachmentId));
	}

	@GetMapping("/items/{id}/attachments/{attachmentId}")
	@PreAuthorize(DisclosureApiController.READERS)
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentDownloads.of(disclosure.attachment(new DisclosureItemId(id), attachmentId));
	}

	// the catalogue's categories in their order, each with its items, newest first
	private static Map<Category, List<ItemView>> byCategory(List<ItemView> items) {
		return items.stream()
			.collect(Collectors.groupingBy(ItemView::category, () -> new EnumMap<>(Category.class), Collectors.toList()));
	}

	private static String page(long id) {
		return "/disclosure/items/" + id;
	}
}
