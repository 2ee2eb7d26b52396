package org.xiaoneng.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xiaoneng.disclosure.Disclosure;
import org.xiaoneng.disclosure.DisclosureItemId;
import org.xiaoneng.disclosure.ItemDraft;
import org.xiaoneng.disclosure.ItemStatus;
import org.xiaoneng.disclosure.ItemView;
import org.xiaoneng.disclosure.PersonalDataFinding;

/**
 * 政务公开 for integrations: a unit's disclosure editors draft, attach, submit, publish and withdraw items; a second
 * person (an editor, head or leader of the unit) clears them in the confidentiality review; heads, leaders,
 * supervisors and administrators read.
 */
@RestController
@RequestMapping("/api/v1/disclosure/items")
@Tag(name = "Disclosure", description = "政务公开: the catalogue's items, their review and publication")
class DisclosureApiController {

	static final String EDITOR = "hasRole('DISCLOSURE_EDITOR')";

	static final String REVIEWERS = "hasAnyRole('DISCLOSURE_EDITOR', 'DEPT_HEAD', 'LEADER')";

	static final String READERS = "hasAnyRole('DISCLOSURE_EDITOR', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')";

	private final Disclosure disclosure;

	DisclosureApiController(Disclosure disclosure) {
		this.disclosure = disclosure;
	}

	/** Why an item is withdrawn or sent back. */
	record Note(@Size(max = 1000) String note) {
	}

	@GetMapping
	@PreAuthorize(EDITOR)
	@Operation(summary = "The items of the editor's unit, newest first, of one status or all")
	List<ItemView> items(@RequestParam(required = false) ItemStatus status) {
		return disclosure.myUnitItems(status);
	}

	@PostMapping
	@PreAuthorize(EDITOR)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Drafts an item of the editor's unit; an ad hoc one is due 20 working days after it arose")
	@ApiResponse(responseCode = "400", description = "No category, title or text, or a text over its limit")
	ItemView draft(@RequestBody ItemDraft draft) {
		return disclosure.draft(draft);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "An item with its attachments and history")
	ItemView item(@PathVariable long id) {
		return disclosure.item(new DisclosureItemId(id));
	}

	@PutMapping("/{id}")
	@PreAuthorize(EDITOR)
	@Operation(summary = "Changes an item not published; it goes back to draft")
	ItemView revise(@PathVariable long id, @RequestBody ItemDraft draft) {
		return disclosure.revise(new DisclosureItemId(id), draft);
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize(EDITOR)
	@Operation(summary = "Hands a draft to the confidentiality review")
	@ApiResponse(responseCode = "422", description = "Personal information found: the message lists each place")
	ItemView submit(@PathVariable long id) {
		return disclosure.submitForReview(new DisclosureItemId(id));
	}

	@PostMapping("/{id}/clear")
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "Clears the item in the confidentiality review (保密审查); not by its own editor")
	@ApiResponse(responseCode = "422", description = "The reviewer drafted it, or personal information was found")
	ItemView clear(@PathVariable long id) {
		return disclosure.clear(new DisclosureItemId(id));
	}

	@PostMapping("/{id}/send-back")
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "Sends the item back to its editor")
	ItemView sendBack(@PathVariable long id, @RequestBody Note note) {
		return disclosure.sendBack(new DisclosureItemId(id), note.note());
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize(EDITOR)
	@Operation(summary = "Publishes a cleared item on the portal")
	@ApiResponse(responseCode = "422", description = "Not reviewed, or personal information found")
	ItemView publish(@PathVariable long id) {
		return disclosure.publish(new DisclosureItemId(id));
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize(EDITOR)
	@Operation(summary = "Takes a published item off the portal; its history stays")
	ItemView withdraw(@PathVariable long id, @RequestBody Note note) {
		return disclosure.withdraw(new DisclosureItemId(id), note.note());
	}

	@PostMapping("/{id}/next-edition")
	@PreAuthorize(EDITOR)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Drafts the next edition of a published regular item, due by the end of the next period")
	ItemView nextEdition(@PathVariable long id) {
		return disclosure.nextEdition(new DisclosureItemId(id));
	}

	@GetMapping("/{id}/findings")
	@PreAuthorize(READERS)
	@Operation(summary = "The personal information the item and its attachments hold, each with its place")
	List<PersonalDataFinding> findings(@PathVariable long id) {
		return disclosure.findings(new DisclosureItemId(id));
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(EDITOR)
	@Operation(summary = "Attaches a PDF, DOCX or XLSX file within the size limit")
	@ApiResponse(responseCode = "400", description = "Not such a file, unreadable, or over the limit")
	ItemView attach(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
		return disclosure.attach(new DisclosureItemId(id), file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@PreAuthorize(READERS)
	@Operation(summary = "An attachment's file")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentDownloads.of(disclosure.attachment(new DisclosureItemId(id), attachmentId));
	}

	@DeleteMapping("/{id}/attachments/{attachmentId}")
	@PreAuthorize(EDITOR)
	@Operation(summary = "Removes an attachment from an item not published")
	ItemView detach(@PathVariable long id, @PathVariable long attachmentId) {
		return disclosure.detach(new DisclosureItemId(id), attachmentId);
	}
}
