package org.xiaoneng.accountability.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
import org.xiaoneng.accountability.Acknowledgement;
import org.xiaoneng.accountability.InspectionKind;
import org.xiaoneng.accountability.InspectionView;
import org.xiaoneng.accountability.Inspections;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.conduct.ConductRulebook;
import org.xiaoneng.organization.Organization;

/**
 * 明察暗访 for supervisors: the year's inspections with a form for a new one, and an inspection's page where its
 * findings are recorded, evidence uploaded, the signature or refusal noted and a finding's case opened.
 */
@Controller
@RequestMapping("/accountability/inspections")
@PreAuthorize("isAuthenticated()")
class InspectionPages {

	private final Inspections inspections;

	private final ConductRulebook conduct;

	private final Organization organization;

	private final Clock clock;

	InspectionPages(Inspections inspections, ConductRulebook conduct, Organization organization, Clock clock) {
		this.inspections = inspections;
		this.conduct = conduct;
		this.organization = organization;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return Clocks.BUSINESS_ZONE;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)).getYear() : year;
		model.addAttribute("inspections", inspections.ofYear(shown));
		model.addAttribute("year", shown);
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("units", organization.units());
		model.addAttribute("inspectorCandidates", inspections.inspectorCandidates());
		return "accountability/inspections";
	}

	@PostMapping
	String record(@RequestParam(required = false) InspectionKind kind,
			@RequestParam(required = false) LocalDate visitedOn, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) List<Long> inspectorIds, @RequestParam(defaultValue = "") String visited,
			RedirectAttributes redirect) {
		List<StaffId> inspectors = inspectorIds == null ? List.of() : inspectorIds.stream().map(StaffId::new).toList();
		return attempt(redirect, "/accountability/inspections",
				() -> "/accountability/inspections/" + inspections
					.record(kind, visitedOn, unitId == null ? 0 : unitId, inspectors, visited)
					.id());
	}

	@GetMapping("/{id}")
	String inspection(@PathVariable long id, Model model) {
		InspectionView inspection = inspections.inspection(id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("conductRules", conduct.inForce(inspection.unitId()));
		model.addAttribute("acknowledgements", Acknowledgement.values());
		return "accountability/inspection";
	}

	/** A finding's place on its inspection's page: where the case it opened links to. */
	@GetMapping("/findings/{id}")
	String finding(@PathVariable long id) {
		return "redirect:/accountability/inspections/" + inspections.inspectionOfFinding(id) + "#finding-" + id;
	}

	@PostMapping("/{id}/findings")
	String find(@PathVariable long id, @RequestParam(required = false) Long staffId,
			@RequestParam(required = false) Long postId, @RequestParam(defaultValue = "") String conductCode,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> inspections.find(id, staffId, postId, conductCode, description));
	}

	@PostMapping("/findings/{id}/evidence")
	String attach(@PathVariable long id, @RequestParam long inspection, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file.getBytes();
		return attempt(redirect, back(inspection), () -> inspections.attach(id, file.getOriginalFilename(), content));
	}

	@PostMapping("/findings/{id}/signature")
	String sign(@PathVariable long id, @RequestParam long inspection,
			@RequestParam(required = false) Acknowledgement acknowledgement,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return attempt(redirect, back(inspection), () -> inspections.sign(id, acknowledgement, note));
	}

	@PostMapping("/findings/{id}/case")
	String openCase(@PathVariable long id, @RequestParam long inspection, RedirectAttributes redirect) {
		return attempt(redirect, back(inspection), () -> "/accountability/cases/" + inspections.openCase(id));
	}

	private static String back(long inspection) {
		return "/accountability/inspections/" + inspection;
	}
}
