package org.xiaoneng.organization.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffQuery;
import org.xiaoneng.organization.StaffStatus;

/**
 * The staff list as a workbook: its export within the caller's data scope, and the administrators' import from the
 * template with a report of every row refused and why.
 */
@Controller
@RequestMapping("/org")
@PreAuthorize("isAuthenticated()")
class StaffWorkbookPages {

	private static final String ADMIN = "hasRole('ADMIN')";

	private static final MediaType SPREADSHEET = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Organization organization;

	private final Clock clock;

	StaffWorkbookPages(Organization organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/staff/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) StaffStatus status,
			@RequestParam(required = false) PostKind postKind, Locale locale) {
		byte[] xlsx = organization.exportStaff(new StaffQuery(q, unitId, departmentId, status, postKind), locale);
		return spreadsheet(xlsx, "staff-" + LocalDate.now(clock) + ".xlsx");
	}

	@GetMapping("/staff/import")
	@PreAuthorize(ADMIN)
	String importForm() {
		return "organization/staff-import";
	}

	@GetMapping("/staff/import/template")
	@PreAuthorize(ADMIN)
	ResponseEntity<byte[]> importTemplate(Locale locale) {
		return spreadsheet(organization.staffImportTemplate(locale), "staff-import-template.xlsx");
	}

	@PostMapping("/staff/import")
	@PreAuthorize(ADMIN)
	String importStaff(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try (InputStream xlsx = file.getInputStream()) {
			model.addAttribute("report", organization.importStaff(xlsx));
		}
		return "organization/staff-import";
	}

	private static ResponseEntity<byte[]> spreadsheet(byte[] xlsx, String filename) {
		return ResponseEntity.ok()
			.contentType(SPREADSHEET)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(xlsx);
	}
}
