package org.xiaoneng.disclosure.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.disclosure.AnswerType;
import org.xiaoneng.disclosure.Applicant;
import org.xiaoneng.disclosure.ChallengeKind;
import org.xiaoneng.disclosure.ChallengeOutcome;
import org.xiaoneng.disclosure.DisclosureReports;
import org.xiaoneng.disclosure.DisclosureRequests;
import org.xiaoneng.disclosure.InformationRequestId;
import org.xiaoneng.disclosure.NewRequest;
import org.xiaoneng.disclosure.RequestChannel;
import org.xiaoneng.disclosure.RequestNoticeKind;
import org.xiaoneng.disclosure.RequestView;

/**
 * The disclosure editor's pages of 依申请公开: the unit's requests with their dates, the window's registration form,
 * a request's page with the step the regulation allows next (confirm, correction, consultation, extension by a
 * head or leader, answer) and its notices as PDFs; and the annual report's tables with their Excel workbook. A
 * refused step comes back with its message and changes nothing.
 */
@Controller
@RequestMapping("/disclosure")
class RequestPages {

	private final DisclosureRequests requests;

	private final DisclosureReports reports;

	private final Clock clock;

	RequestPages(DisclosureRequests requests, DisclosureReports reports, Clock clock) {
		this.requests = requests;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/requests")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String list(Model model) {
		model.addAttribute("requests", requests.myUnitRequests());
		model.addAttribute("channels", List.of(RequestChannel.WINDOW, RequestChannel.MAIL));
		model.addAttribute("kinds", Applicant.Kind.values());
		model.addAttribute("today", today());
		return "disclosure/requests";
	}

	@PostMapping("/requests")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String register(@RequestParam(required = false) RequestChannel channel,
			@RequestParam(required = false) Applicant.Kind kind, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String identity, @RequestParam(defaultValue = "") String contact,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String formWanted,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			RedirectAttributes redirect) {
		return attempt(redirect, "/disclosure/requests",
				() -> page(requests.register(new NewRequest(channel, new Applicant(kind, name, identity, contact),
						description, formWanted, receivedOn))));
	}

	@GetMapping("/requests/{id}")
	@PreAuthorize(DisclosureApiController.READERS)
	String request(@PathVariable long id, Model model) {
		RequestView request = requests.request(new InformationRequestId(id));
		model.addAttribute("request", request);
		model.addAttribute("answers", AnswerType.values());
		model.addAttribute("challengeKinds", ChallengeKind.values());
		model.addAttribute("outcomes", ChallengeOutcome.values());
		model.addAttribute("today", today());
		return "disclosure/request";
	}

	@PostMapping("/requests/{id}/confirmation")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> {
			requests.confirm(new InformationRequestId(id));
		});
	}

	@PostMapping("/requests/{id}/correction")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String requestCorrection(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> {
			requests.requestCorrection(new InformationRequestId(id));
		});
	}

	@PostMapping("/requests/{id}/correction/received")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String correctionReceived(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> {
			requests.correctionReceived(new InformationRequestId(id), on);
		});
	}

	@PostMapping("/requests/{id}/correction/lapsed")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String correctionNotReceived(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> {
			requests.correctionNotReceived(new InformationRequestId(id));
		});
	}

	@PostMapping("/requests/{id}/consultation")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String consult(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> {
			requests.consultThirdParty(new InformationRequestId(id));
		});
	}

	@PostMapping("/requests/{id}/consultation/answered")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String thirdPartyAnswered(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> {
			requests.thirdPartyAnswered(new InformationRequestId(id), on);
		});
	}

	@PostMapping("/requests/{id}/extension")
	@PreAuthorize(DisclosureRequestApiController.HEADS)
	String extend(@PathVariable long id, @RequestParam(defaultValue = "0") int workingDays,
			RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> {
			requests.extend(new InformationRequestId(id), workingDays);
		});
	}

	@PostMapping("/requests/{id}/answer")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String answer(@PathVariable long id, @RequestParam(required = false) AnswerType type,
			@RequestParam(defaultValue = "0") int pages, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> {
			requests.answer(new InformationRequestId(id), type, pages);
		});
	}

	@PostMapping("/requests/{id}/challenges")
	@PreAuthorize(DisclosureApiController.EDITOR)
	String challenge(@PathVariable long id, @RequestParam(required = false) ChallengeKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
			@RequestParam(required = false) ChallengeOutcome outcome, RedirectAttributes redirect) {
		return attempt(redirect, page(id), () -> {
			reports.recordChallenge(new InformationRequestId(id), kind, filedOn, outcome);
		});
	}

	@GetMapping(value = "/requests/{id}/notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize(DisclosureApiController.READERS)
	ResponseEntity<byte[]> notice(@PathVariable long id, @RequestParam RequestNoticeKind kind) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.body(requests.notice(new InformationRequestId(id), kind));
	}

	@GetMapping("/annual-report")
	@PreAuthorize(DisclosureReportApiController.REPORT_READERS)
	String annualReport(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
			Model model) {
		int shown = year != null ? year : today().getYear() - 1;
		model.addAttribute("report", unitId == null ? reports.myUnitAnnualReport(shown)
				: reports.annualReport(unitId, shown));
		return "disclosure/annual-report";
	}

	@GetMapping("/annual-report.xlsx")
	@PreAuthorize(DisclosureReportApiController.REPORT_READERS)
	ResponseEntity<byte[]> annualReportWorkbook(@RequestParam int year, @RequestParam(required = false) Long unitId,
			Locale locale) {
		return DisclosureReportApiController.workbook(reports, year, unitId, locale);
	}

	private static String page(RequestView request) {
		return page(request.id().value());
	}

	private static String page(long id) {
		return "/disclosure/requests/" + id;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
	}
}
