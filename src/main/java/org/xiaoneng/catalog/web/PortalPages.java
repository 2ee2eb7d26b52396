package org.xiaoneng.catalog.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.catalog.AttachmentFile;
import org.xiaoneng.catalog.AttachmentKind;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.ItemSearch;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.documents.Documents;

/**
 * The public portal of the catalog, no login: the search, each item's guide (办事指南, the one-time notice of
 * everything) with its forms, samples, printable PDF and QR code, each unit's items with statutory and promised days,
 * and each unit's service commitment with its measured results.
 */
@Controller
@RequestMapping("/portal")
class PortalPages {

	private final ServiceCatalog catalog;

	private final Organization organization;

	private final ItemLabels labels;

	private final GuideDocuments guides;

	private final Documents documents;

	private final RenderedContent rendered;

	PortalPages(ServiceCatalog catalog, Organization organization, ItemLabels labels, GuideDocuments guides,
			Documents documents, RenderedContent rendered) {
		this.rendered = rendered;
		this.catalog = catalog;
		this.organization = organization;
		this.labels = labels;
		this.guides = guides;
		this.documents = documents;
	}

	/** How many items the home page shows before the link to all of them. */
	private static final int HOME_ITEMS = 8;

	/**
	 * The citizens' home (and where a visitor who is not signed in lands): the search, items to start from, the
	 * progress query, the complaint form and each unit's service commitment.
	 */
	@GetMapping
	String home(Model model) {
		List<ServiceItem> all = catalog.search(ItemSearch.all());
		List<ServiceItem> shown = all.stream().limit(HOME_ITEMS).toList();
		model.addAttribute("items", shown);
		model.addAttribute("itemCount", all.size());
		model.addAttribute("unitNames", labels.unitNames(shown));
		model.addAttribute("units", new TreeMap<>(labels.unitNames(all)));
		return "catalog/portal-home";
	}

	@GetMapping("/items")
	String search(@RequestParam(required = false) String keyword, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) ItemType type,
			@RequestParam(required = false) CaseKind caseKind, @RequestParam(required = false) Boolean online,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		ItemSearch asked = new ItemSearch(keyword, unitId, departmentId, type, caseKind, online);
		List<ServiceItem> all = catalog.search(ItemSearch.all());
		// the page without a filter (the catalogue's first page, the one most opened) lists them all: read once
		List<ServiceItem> found = asked.equals(ItemSearch.all()) ? all : catalog.search(asked);
		Map<Long, String> units = new TreeMap<>(labels.unitNames(all));
		Map<Long, String> departments = new TreeMap<>(labels.departmentNames(all));
		Map<String, Object> content = new HashMap<>();
		content.put("items", found);
		content.put("units", units);
		content.put("departments", departments);
		// what was found is part of the catalogue: its names are among those just read, one look-up each
		content.put("unitNames", units);
		content.put("departmentNames", departments);
		content.put("types", List.of(ItemType.values()));
		content.put("caseKinds", List.of(CaseKind.values()));
		content.put("keyword", keyword == null ? "" : keyword);
		content.put("unitId", unitId);
		content.put("departmentId", departmentId);
		content.put("type", type);
		content.put("caseKind", caseKind);
		content.put("online", online);
		model.addAttribute("renderedContent", rendered.render("catalog/portal-items-content", content, locale, request, response));
		return "catalog/portal-items";
	}

	@GetMapping("/items/{id}")
	String guide(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		ServiceItem item = version == null ? catalog.current(id).orElseGet(() -> notInForce(id)) : catalog.version(id, version);
		Map<String, Object> content = new HashMap<>();
		content.put("item", item);
		content.put("unitName", labels.unitName(item.unitId()));
		content.put("departmentName", labels.departmentName(item.departmentId()));
		content.put("posts", labels.postNames(item));
		content.put("statutory", labels.limit(item.statutoryLimit(), locale));
		content.put("promised", labels.limit(item.promisedLimit(), locale));
		content.put("basis", item.legalBasis().stream().map(labels::basis).toList());
		content.put("guideUrl", catalog.guideUrl(id));
		content.put("history", catalog.publishedVersions(id));
		content.put("labels", labels);
		model.addAttribute("item", item);
		model.addAttribute("renderedContent", rendered.render("catalog/portal-item-content", content, locale, request, response));
		return "catalog/portal-item";
	}

	@GetMapping("/items/{id}/guide.pdf")
	ResponseEntity<byte[]> guidePdf(@PathVariable long id, @RequestParam(required = false) Integer version,
			Locale locale) {
		ServiceItem item = version == null ? catalog.current(id).orElseGet(() -> notInForce(id)) : catalog.version(id, version);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("guide-" + id + "-v" + item.version() + ".pdf").build().toString())
			.body(guides.pdf(item, locale));
	}

	@GetMapping(value = "/items/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qrCode(@PathVariable long id) {
		catalog.current(id).orElseGet(() -> notInForce(id));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(documents.qrCode(catalog.guideUrl(id), 240));
	}

	@GetMapping("/items/{id}/versions/{version}/materials/{number}/{kind}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int version, @PathVariable int number,
			@PathVariable String kind) {
		AttachmentKind which = "sample".equals(kind) ? AttachmentKind.SAMPLE : AttachmentKind.BLANK_FORM;
		AttachmentFile file = catalog.publicAttachment(id, version, number, which);
		return download(file);
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable long id, Model model, Locale locale) {
		Unit unit = organization.unit(new UnitId(id));
		var unitCatalog = catalog.unitCatalog(new UnitId(id));
		model.addAttribute("unit", unit);
		model.addAttribute("catalog", unitCatalog);
		model.addAttribute("departmentNames", labels.departmentNames(unitCatalog.items()));
		model.addAttribute("labels", labels);
		model.addAttribute("commitment", catalog.commitment(new UnitId(id)).isPresent());
		return "catalog/portal-unit";
	}

	@GetMapping("/units/{id}/commitment")
	String commitment(@PathVariable long id, Model model) {
		Unit unit = organization.unit(new UnitId(id));
		model.addAttribute("unit", unit);
		model.addAttribute("report", catalog.commitmentReport(new UnitId(id)).orElse(null));
		model.addAttribute("signer", catalog.commitment(new UnitId(id))
			.map(c -> c.signerStaffId() == null ? "" : organization.staffMember(new StaffId(c.signerStaffId())).name())
			.orElse(""));
		return "catalog/portal-commitment";
	}

	static ResponseEntity<byte[]> download(AttachmentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private static ServiceItem notInForce(long id) {
		throw new ItemNotInForceException(id);
	}
}
