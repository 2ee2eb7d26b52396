package org.xiaoneng.badge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.xiaoneng.badge.BadgeFilter;
import org.xiaoneng.badge.BadgeId;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.BadgePage;
import org.xiaoneng.badge.BadgeStatus;
import org.xiaoneng.badge.BadgeTask;
import org.xiaoneng.badge.BadgeView;
import org.xiaoneng.badge.UnbadgedWindowStaff;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;

/**
 * 持证上岗 for integrations: the register with history, filters, paging and Excel export; issuing, taking back and
 * reporting a loss; the office's tasks; printable cards; the window posts without a valid badge. The office
 * (administrators) acts; heads, leaders and supervisors read their data scope.
 */
@RestController
@RequestMapping("/api/v1/badges")
@Tag(name = "Badges", description = "持证上岗: duty badges, their register, tasks and cards")
class BadgeApiController {

	static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'LEADER', 'DEPT_HEAD')";

	static final String OFFICE = "hasRole('ADMIN')";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final BadgeOffice office;

	BadgeApiController(BadgeOffice office) {
		this.office = office;
	}

	/** A badge to issue: to whom, and the number to print (blank: the region's next). */
	record IssueRequest(@NotNull StaffId staffId, @Size(max = 40) String number) {
	}

	/** The number to print for an issue task (blank: the region's next). */
	record TaskIssueRequest(@Size(max = 40) String number) {
	}

	/** Why the office takes a badge back. */
	record RevokeRequest(@Size(max = 1000) String note) {
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "A page of the register within the caller's data scope, newest first, filtered; the next and "
			+ "previous pages by the cursor the page gives (an old page parameter is ignored: the first page)")
	BadgePage badges(@RequestParam(required = false) BadgeStatus status, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) String text,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int size) {
		return office.badges(new BadgeFilter(status, unitId, departmentId, text), cursor, size);
	}

	@GetMapping("/export")
	@PreAuthorize(READERS)
	@Operation(summary = "The register of the filter as an Excel workbook")
	ResponseEntity<byte[]> export(@RequestParam(required = false) BadgeStatus status,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) String text, Locale locale) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("badges.xlsx").build().toString())
			.body(office.export(new BadgeFilter(status, unitId, departmentId, text), locale));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "A badge with its history and its holder's other badges")
	BadgeView.Details badge(@PathVariable long id) {
		return office.badge(new BadgeId(id));
	}

	@PostMapping
	@PreAuthorize(OFFICE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issues a badge to a staff member at work who holds none valid")
	@ApiResponse(responseCode = "400", description = "The staff member left, the secondment is shorter than half a year, or the number is invalid or taken")
	@ApiResponse(responseCode = "409", description = "The staff member already holds a valid badge")
	BadgeView issue(@Valid @RequestBody IssueRequest request) {
		return office.issue(request.staffId(), request.number());
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize(OFFICE)
	@Operation(summary = "Takes a valid badge back (已收回) and opens the task to collect the card")
	@ApiResponse(responseCode = "409", description = "The badge is not valid")
	BadgeView revoke(@PathVariable long id, @Valid @RequestBody RevokeRequest request) {
		return office.revoke(new BadgeId(id), request.note());
	}

	@PostMapping("/{id}/loss")
	@PreAuthorize(OFFICE)
	@Operation(summary = "Voids a badge reported lost (挂失作废) and reissues it under a new number; returns the new badge")
	@ApiResponse(responseCode = "409", description = "The badge is not valid")
	BadgeView loss(@PathVariable long id) {
		return office.reportLoss(new BadgeId(id));
	}

	@PutMapping(path = "/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(OFFICE)
	@Operation(summary = "Replaces a badge's photo: a JPEG or PNG image within the limit, cut to the card")
	@ApiResponse(responseCode = "400", description = "Not a JPEG or PNG image, or over the size limit")
	BadgeView.Details photo(@PathVariable long id, @RequestParam("photo") MultipartFile photo) throws IOException {
		office.changePhoto(new BadgeId(id), photo.getBytes());
		return office.badge(new BadgeId(id));
	}

	@GetMapping(value = "/{id}/card.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize(OFFICE)
	@Operation(summary = "The badge as a CR80 card, front and back, with the QR code of its verification page")
	ResponseEntity<byte[]> card(@PathVariable long id) {
		return pdf("badge-" + id + ".pdf", office.card(new BadgeId(id)));
	}

	@GetMapping(value = "/cards.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize(OFFICE)
	@Operation(summary = "Every valid badge of a department as one print run")
	ResponseEntity<byte[]> departmentCards(@RequestParam long departmentId) {
		return pdf("badges-department-" + departmentId + ".pdf", office.departmentCards(new DepartmentId(departmentId)));
	}

	@GetMapping("/tasks")
	@PreAuthorize(READERS)
	@Operation(summary = "The office's tasks within the caller's data scope: open ones, or all; or one staff member's")
	List<BadgeTask> tasks(@RequestParam(defaultValue = "true") boolean open,
			@RequestParam(required = false) Long staffId) {
		return staffId == null ? office.tasks(open) : office.tasksOf(new StaffId(staffId));
	}

	@PostMapping("/tasks/{id}/issue")
	@PreAuthorize(OFFICE)
	@Operation(summary = "Completes an open issue task by issuing the badge")
	@ApiResponse(responseCode = "409", description = "The task is closed")
	BadgeView completeIssue(@PathVariable long id, @Valid @RequestBody TaskIssueRequest request) {
		return office.completeIssueTask(id, request.number());
	}

	@PostMapping("/tasks/{id}/returned")
	@PreAuthorize(OFFICE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Records that a card taken back was handed in")
	@ApiResponse(responseCode = "409", description = "The task is closed")
	void returned(@PathVariable long id) {
		office.cardReturned(id);
	}

	@GetMapping("/window-check")
	@PreAuthorize(READERS)
	@Operation(summary = "Staff on window posts of the caller's scope without a valid badge today (rule 九.一)")
	List<UnbadgedWindowStaff> windowCheck() {
		return office.unbadgedWindowStaff();
	}

	private static ResponseEntity<byte[]> pdf(String name, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(bytes);
	}
}
