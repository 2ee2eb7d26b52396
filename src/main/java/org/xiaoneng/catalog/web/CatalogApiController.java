package org.xiaoneng.catalog.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xiaoneng.catalog.AttachmentKind;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.CommitmentDraft;
import org.xiaoneng.catalog.CommitmentReport;
import org.xiaoneng.catalog.ItemDraft;
import org.xiaoneng.catalog.ItemSearch;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceCommitment;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.UnitId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The service catalog for integrations: the published items (public, no login), each unit's commitment (public),
 * the GB/T 39046 export for the provincial platform, and the staff operations (draft, edit, submit, publish,
 * withdraw), which the facade permits by role and data scope.
 */
@RestController
@Tag(name = "Service catalog", description = "服务事项目录: published items and guides, commitments, drafting and publication")
class CatalogApiController {

	private final ServiceCatalog catalog;

	private final Gbt39046Export export;

	CatalogApiController(ServiceCatalog catalog, Gbt39046Export export) {
		this.catalog = catalog;
		this.export = export;
	}

	/** When a version takes effect; today when omitted. */
	record Publication(LocalDate effectiveFrom) {
	}

	/** Why an item is withdrawn. */
	record Withdrawal(String reason) {
	}

	@Operation(summary = "Items in force (public), filtered by keyword (name or code), unit, department, type, case kind, online")
	@GetMapping("/api/v1/service-items")
	List<ServiceItem> search(@RequestParam(required = false) String keyword, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) ItemType type,
			@RequestParam(required = false) CaseKind caseKind, @RequestParam(required = false) Boolean online) {
		return catalog.search(new ItemSearch(keyword, unitId, departmentId, type, caseKind, online));
	}

	@Operation(summary = "The version in force of an item (public); ?version= for a published version of its history")
	@GetMapping("/api/v1/service-items/{id}")
	ServiceItem item(@PathVariable long id, @RequestParam(required = false) Integer version) {
		if (version != null) {
			return catalog.version(id, version);
		}
		return catalog.current(id).orElseThrow(() -> new ItemNotInForceException(id));
	}

	@Operation(summary = "The published versions of an item, oldest first (public)")
	@GetMapping("/api/v1/service-items/{id}/history")
	List<ServiceItem> history(@PathVariable long id) {
		return catalog.publishedVersions(id);
	}

	@Operation(summary = "The catalog in force as GB/T 39046-2020 data items (政务服务平台基础数据规范), for the provincial platform")
	@GetMapping("/api/v1/service-items/export/gbt39046")
	Map<String, Object> exportGbt39046() {
		return export.catalog(catalog.search(ItemSearch.all()));
	}

	@Operation(summary = "The unit's published service commitment with measured results (public)")
	@GetMapping("/api/v1/units/{unitId}/commitment")
	CommitmentReport commitment(@PathVariable long unitId) {
		return catalog.commitmentReport(new UnitId(unitId)).orElseThrow(() -> new CommitmentNotPublishedException(unitId));
	}

	// ---- staff ---------------------------------------------------------------------------------------------------

	@Operation(summary = "Items visible to the caller, latest version each (drafts too)")
	@GetMapping("/api/v1/service-items/mine")
	@PreAuthorize("hasAnyRole('HANDLER', 'DEPT_HEAD', 'LEADER', 'ADMIN')")
	List<ServiceItem> mine() {
		return catalog.latestVersionsInScope();
	}

	@Operation(summary = "Any version of an item visible to the caller, drafts too")
	@GetMapping("/api/v1/service-items/{id}/versions/{version}")
	@PreAuthorize("isAuthenticated()")
	ServiceItem version(@PathVariable long id, @PathVariable int version) {
		return catalog.versionInScope(id, version);
	}

	@Operation(summary = "Drafts a new item (version 1)")
	@PostMapping("/api/v1/service-items")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("isAuthenticated()")
	ServiceItem create(@RequestBody ItemDraft draft) {
		return catalog.createDraft(draft);
	}

	@Operation(summary = "Changes a draft; a version in review or published is refused")
	@PutMapping("/api/v1/service-items/{id}/versions/{version}")
	@PreAuthorize("isAuthenticated()")
	ServiceItem edit(@PathVariable long id, @PathVariable int version, @RequestBody ItemDraft draft) {
		return catalog.editDraft(id, version, draft);
	}

	@Operation(summary = "Starts the next version from the latest one (an edit of a published item)")
	@PostMapping("/api/v1/service-items/{id}/revisions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("isAuthenticated()")
	ServiceItem revise(@PathVariable long id) {
		return catalog.revise(id);
	}

	@Operation(summary = "Submits a draft for review")
	@PostMapping("/api/v1/service-items/{id}/versions/{version}/submission")
	@PreAuthorize("isAuthenticated()")
	ServiceItem submit(@PathVariable long id, @PathVariable int version) {
		return catalog.submitForReview(id, version);
	}

	@Operation(summary = "Returns a version in review to its drafter (reviewer)")
	@PostMapping("/api/v1/service-items/{id}/versions/{version}/return")
	@PreAuthorize("isAuthenticated()")
	ServiceItem returnToDraft(@PathVariable long id, @PathVariable int version) {
		return catalog.returnToDraft(id, version);
	}

	@Operation(summary = "Publishes a version in review (a reviewer who did not submit it)")
	@PostMapping("/api/v1/service-items/{id}/versions/{version}/publication")
	@PreAuthorize("isAuthenticated()")
	ServiceItem publish(@PathVariable long id, @PathVariable int version,
			@RequestBody(required = false) Publication publication) {
		return catalog.publish(id, version, publication == null ? null : publication.effectiveFrom());
	}

	@Operation(summary = "Withdraws (停用) an item; its versions stay on record")
	@PostMapping("/api/v1/service-items/{id}/withdrawal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("isAuthenticated()")
	void withdraw(@PathVariable long id, @RequestBody Withdrawal withdrawal) {
		catalog.withdraw(id, withdrawal.reason());
	}

	@Operation(summary = "Uploads a material's blank form (kind=BLANK_FORM) or sample (kind=SAMPLE) to a draft")
	@PostMapping(value = "/api/v1/service-items/{id}/versions/{version}/materials/{number}/attachments",
			consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("isAuthenticated()")
	void attach(@PathVariable long id, @PathVariable int version, @PathVariable int number,
			@RequestParam AttachmentKind kind, @RequestParam MultipartFile file) throws IOException {
		catalog.attach(id, version, number, kind, file.getOriginalFilename(), file.getBytes());
	}

	@Operation(summary = "Writes the unit's commitment draft (or the next version after the published one); promises are renumbered in their order")
	@PutMapping("/api/v1/units/{unitId}/commitment")
	@PreAuthorize("isAuthenticated()")
	ServiceCommitment draftCommitment(@PathVariable long unitId, @RequestBody CommitmentDraft draft) {
		return catalog.draftCommitment(new UnitId(unitId), draft);
	}

	@Operation(summary = "Publishes the unit's commitment draft, signed by its principal leader")
	@PostMapping("/api/v1/units/{unitId}/commitment/publication")
	@PreAuthorize("isAuthenticated()")
	ServiceCommitment publishCommitment(@PathVariable long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn) {
		return catalog.publishCommitment(new UnitId(unitId), signedOn);
	}
}
