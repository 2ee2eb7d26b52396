package org.xiaoneng.refusal.web;

import static org.xiaoneng.common.PageActions.attempt;
import static org.xiaoneng.refusal.web.PathIds.refusalId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.refusal.CollectiveDecision;
import org.xiaoneng.refusal.Decision;
import org.xiaoneng.refusal.FilingDraft;
import org.xiaoneng.refusal.NewMaterialReturn;
import org.xiaoneng.refusal.NewRefusal;
import org.xiaoneng.refusal.Refusal;
import org.xiaoneng.refusal.RefusalState;
import org.xiaoneng.refusal.Refusals;
import org.xiaoneng.refusal.SignatureKind;

/**
 * The staff pages of 否定报备: the filing form from a case, a filing with its notice, decision, review and return of
 * materials, the leader's decision queue, the register with its Excel export and monthly summary, and the
 * material-return form. A refused request comes back to the page with its message and changes nothing.
 */
@Controller
@RequestMapping("/refusals")
class RefusalPages {

	private static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	/** A signature drawn on the canvas arrives as a PNG data URL. */
	private static final String PNG_DATA_URL = "data:image/png;base64,";

	private final Refusals refusals;

	private final Clock clock;

	RefusalPages(Refusals refusals, Clock clock) {
		this.refusals = refusals;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return ZONE;
	}

	// ---- filing -----------------------------------------------------------------------------------------------

	@GetMapping("/new")
	String form(@RequestParam(required = false) Long caseId, @RequestParam(required = false) Long inquiryId,
			Model model) {
		FilingDraft draft = refusals.draft(caseId, inquiryId);
		model.addAttribute("draft", draft);
		model.addAttribute("entered", new Entered("", "", "", "", false, List.of(), List.of("", ""), List.of("", "")));
		return "refusal/new";
	}

	/** What the handler entered, shown again when the filing is refused. */
	record Entered(String circumstances, String reasons, String materialsConcerned, String handlerPhone, boolean major,
			List<Integer> itemBasis, List<String> laws, List<String> articles) {
	}

	@PostMapping
	String file(@RequestParam(required = false) Long caseId, @RequestParam(required = false) Long inquiryId,
			@RequestParam(defaultValue = "") String circumstances,
			@RequestParam(defaultValue = "") String reasons,
			@RequestParam(defaultValue = "") String materialsConcerned,
			@RequestParam(defaultValue = "") String handlerPhone, @RequestParam(defaultValue = "false") boolean major,
			@RequestParam(required = false) List<Integer> itemBasis, @RequestParam(required = false) List<String> law,
			@RequestParam(required = false) List<String> article, Model model) {
		FilingDraft draft = refusals.draft(caseId, inquiryId);
		List<Integer> chosen = itemBasis == null ? List.of() : itemBasis;
		List<String> laws = law == null ? List.of() : law;
		List<String> articles = article == null ? List.of() : article;
		List<NewRefusal.Provision> basis = new ArrayList<>();
		for (Integer index : chosen) {
			if (index != null && index >= 0 && index < draft.itemLegalBasis().size()) {
				var provision = draft.itemLegalBasis().get(index);
				basis.add(new NewRefusal.Provision(provision.law(), provision.article()));
			}
		}
		for (int i = 0; i < Math.max(laws.size(), articles.size()); i++) {
			basis.add(new NewRefusal.Provision(i < laws.size() ? laws.get(i) : "",
					i < articles.size() ? articles.get(i) : ""));
		}
		try {
			Refusal refusal = refusals.file(new NewRefusal(caseId, inquiryId, circumstances, reasons, basis, materialsConcerned,
					handlerPhone, major));
			return "redirect:/refusals/" + refusal.id();
		}
		catch (RuleViolationException refused) {
			model.addAttribute("draft", draft);
			model.addAttribute("entered", new Entered(circumstances, reasons, materialsConcerned, handlerPhone, major,
					chosen, laws.isEmpty() ? List.of("", "") : laws, articles.isEmpty() ? List.of("", "") : articles));
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return "refusal/new";
		}
	}

	// ---- one filing -------------------------------------------------------------------------------------------

	@GetMapping("/{id}")
	String refusal(@PathVariable long id, Model model) {
		Refusal refusal = refusals.visibleOrMine(refusalId(id));
		model.addAttribute("refusal", refusal);
		model.addAttribute("mayDecide", refusals.mayDecide(refusalId(id)));
		model.addAttribute("materialReturn", refusals.materialReturnOf(refusalId(id)).orElse(null));
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "refusal/refusal";
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) Decision decision,
			@RequestParam(defaultValue = "") String opinion, RedirectAttributes redirect) {
		String back = "/refusals/" + id;
		return attempt(redirect, back, () -> {
			refusals.decide(refusalId(id), decision, opinion);
			return back;
		});
	}

	@PostMapping("/{id}/collective-decision")
	String decideCollectively(@PathVariable long id, @RequestParam(required = false) Decision decision,
			@RequestParam(defaultValue = "") String instruction, @RequestParam(defaultValue = "") String participants,
			@RequestParam(defaultValue = "") String decidedOn, RedirectAttributes redirect) {
		String back = "/refusals/" + id;
		LocalDate day;
		try {
			day = decidedOn.isBlank() ? null : LocalDate.parse(decidedOn.strip());
		}
		catch (DateTimeParseException e) {
			day = null;
		}
		LocalDate meeting = day;
		return attempt(redirect, back, () -> {
			refusals.decideCollectively(refusalId(id), new CollectiveDecision(decision, instruction, participants, meeting));
			return back;
		});
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam(defaultValue = "false") boolean wrong,
			@RequestParam(defaultValue = "") String finding, RedirectAttributes redirect) {
		String back = "/refusals/" + id;
		return attempt(redirect, back, () -> {
			refusals.review(refusalId(id), wrong, finding);
			return back;
		});
	}

	@GetMapping("/{id}/notice.pdf")
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		Refusal refusal = refusals.visibleOrMine(refusalId(id));
		return refusals.noticePdf(refusalId(id))
			.map(pdf -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(refusal.noticeNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
				.body(pdf))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/{id}/signature")
	ResponseEntity<byte[]> signature(@PathVariable long id) {
		return refusals.signatureOf(refusalId(id))
			.map(signature -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(signature.mediaType()))
				.body(signature.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	// ---- return of materials ----------------------------------------------------------------------------------

	@GetMapping("/{id}/return")
	String returnForm(@PathVariable long id, Model model) {
		Refusal refusal = refusals.visibleOrMine(refusalId(id));
		model.addAttribute("refusal", refusal);
		model.addAttribute("materials", refusals.receivedMaterials(refusalId(id)));
		model.addAttribute("materialReturn", refusals.materialReturnOf(refusalId(id)).orElse(null));
		return "refusal/return";
	}

	@PostMapping("/{id}/return")
	String returnMaterials(@PathVariable long id, @RequestParam(required = false) List<String> materials,
			@RequestParam(defaultValue = "") String collectorName,
			@RequestParam(defaultValue = "") String collectorIdNumber,
			@RequestParam(defaultValue = "DRAWN") SignatureKind signatureKind,
			@RequestParam(defaultValue = "") String drawnSignature,
			@RequestParam(required = false) MultipartFile scannedSlip, RedirectAttributes redirect) throws IOException {
		byte[] signature;
		if (signatureKind == SignatureKind.DRAWN) {
			signature = drawnSignature.startsWith(PNG_DATA_URL)
					? decode(drawnSignature.substring(PNG_DATA_URL.length())) : new byte[0];
		}
		else {
			signature = scannedSlip == null ? new byte[0] : scannedSlip.getBytes();
		}
		String back = "/refusals/" + id + "/return";
		return attempt(redirect, back, () -> {
			refusals.returnMaterials(refusalId(id), new NewMaterialReturn(materials, collectorName, collectorIdNumber,
					signatureKind, signature));
			return "/refusals/" + id;
		});
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException notBase64) {
			return new byte[0];
		}
	}

	// ---- queue and register -----------------------------------------------------------------------------------

	@GetMapping("/queue")
	String queue(Model model) {
		model.addAttribute("queue", refusals.decisionQueue());
		return "refusal/queue";
	}

	@GetMapping
	String register(@ModelAttribute RegisterQuery query, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("refusals", refusals.register(query.filter()));
		model.addAttribute("options", refusals.registerOptions());
		model.addAttribute("states", RefusalState.values());
		model.addAttribute("decisions", Decision.values());
		return "refusal/register";
	}

	@GetMapping("/register.xlsx")
	ResponseEntity<byte[]> registerWorkbook(@ModelAttribute RegisterQuery query, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("refusal-register.xlsx").build().toString())
			.body(refusals.registerWorkbook(query.filter(), locale));
	}

	@GetMapping("/summary")
	String summary(@RequestParam(required = false) String month, Model model) {
		YearMonth chosen;
		try {
			chosen = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException e) {
			chosen = YearMonth.now(clock);
			model.addAttribute("error", "refusal.page.badMonth");
			model.addAttribute("errorArguments", new Object[0]);
		}
		model.addAttribute("month", chosen);
		model.addAttribute("rows", refusals.monthlySummary(chosen));
		return "refusal/summary";
	}
}
