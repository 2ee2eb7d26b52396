package org.xiaoneng.supervision.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.supervision.AppealDecision;
import org.xiaoneng.supervision.CardActions;
import org.xiaoneng.supervision.CardColour;
import org.xiaoneng.supervision.CardFilter;
import org.xiaoneng.supervision.CardOrder;
import org.xiaoneng.supervision.CardState;
import org.xiaoneng.supervision.CardView;
import org.xiaoneng.supervision.Rule;
import org.xiaoneng.supervision.Supervision;
import org.xiaoneng.supervision.SupervisionRules;

/**
 * The pages of 电子监察: the holder's cards with feedback and appeal, the cards of a head's, leader's or supervisor's
 * scope (the supervisor's review queue is its pending filter), one card with its appeals and presses, the open
 * appeals, and the rule catalogue with its settings per unit. A refused request comes back with its message and
 * changes nothing.
 */
@Controller
@RequestMapping("/supervision")
@PreAuthorize("isAuthenticated()")
class SupervisionPages {

	private static final int PAGE_SIZE = 20;

	private final Supervision supervision;

	private final CardActions actions;

	private final SupervisionRules ruleCatalogue;

	private final Callers callers;

	private final Organization organization;

	private final CardRegisterWorkbook workbook;

	SupervisionPages(Supervision supervision, CardActions actions, SupervisionRules ruleCatalogue, Callers callers,
			Organization organization, CardRegisterWorkbook workbook) {
		this.workbook = workbook;
		this.supervision = supervision;
		this.actions = actions;
		this.ruleCatalogue = ruleCatalogue;
		this.callers = callers;
		this.organization = organization;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return Clocks.BUSINESS_ZONE;
	}

	@GetMapping("/cards/mine")
	String mine(@RequestParam(required = false) CardOrder sort, @RequestParam(required = false) String cursor,
			Model model) {
		CardOrder order = sort == null ? CardOrder.RAISED : sort;
		model.addAttribute("cards", supervision.cards(CardFilter.MINE, order, cursor, PAGE_SIZE));
		model.addAttribute("sort", order);
		model.addAttribute("mine", true);
		return "supervision/cards";
	}

	@GetMapping("/cards")
	String cards(@RequestParam(required = false) CardState state, @RequestParam(required = false) CardColour colour,
			@RequestParam(required = false) Rule rule, @RequestParam(required = false) CardOrder sort,
			@RequestParam(required = false) String cursor, Model model) {
		CardOrder order = sort == null ? CardOrder.RAISED : sort;
		model.addAttribute("cards",
				supervision.cards(new CardFilter(state, colour, rule, null, null, false), order, cursor, PAGE_SIZE));
		model.addAttribute("sort", order);
		model.addAttribute("mine", false);
		model.addAttribute("state", state);
		model.addAttribute("colour", colour);
		model.addAttribute("rule", rule);
		model.addAttribute("states", CardState.values());
		model.addAttribute("colours", CardColour.values());
		model.addAttribute("rules", Rule.values());
		return "supervision/cards";
	}

	/** The card register as Excel: every card the list's filters select that the caller may see, in its order. */
	@GetMapping("/cards/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) CardState state,
			@RequestParam(required = false) CardColour colour, @RequestParam(required = false) Rule rule,
			@RequestParam(required = false) CardOrder sort, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("card-register.xlsx").build().toString())
			.body(workbook.of(supervision.cardRegister(new CardFilter(state, colour, rule, null, null, false), sort),
					locale));
	}

	@GetMapping("/cards/{id}")
	String card(@PathVariable long id, Model model) {
		CardView card = supervision.card(id);
		var caller = callers.current();
		model.addAttribute("card", card);
		model.addAttribute("appeals", supervision.appealsOf(id));
		model.addAttribute("presses", supervision.pressesOf(id));
		model.addAttribute("holder", caller.is(card.holderStaffId()));
		model.addAttribute("supervisor", caller.hasRole("SUPERVISOR"));
		model.addAttribute("lastDayOfAppeal", supervision.lastDayOfAppeal(id));
		model.addAttribute("today", supervision.today());
		return "supervision/card";
	}

	@PostMapping("/cards/{id}/feedback")
	String feedback(@PathVariable long id, @RequestParam(defaultValue = "") String report, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> actions.answer(id, report));
	}

	@PostMapping("/cards/{id}/appeal")
	String appeal(@PathVariable long id, @RequestParam(defaultValue = "") String reasons, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> actions.appeal(id, reasons));
	}

	@PostMapping("/cards/{id}/issue")
	String issue(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> actions.issue(id));
	}

	@PostMapping("/cards/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> actions.cancel(id));
	}

	@PostMapping("/cards/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> actions.close(id));
	}

	@PostMapping("/cards/{id}/press")
	String press(@PathVariable long id, @RequestParam(defaultValue = "") String instruction,
			@RequestParam(defaultValue = "") String dueOn, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> actions.pressCard(id, instruction, day(dueOn)));
	}

	@GetMapping("/appeals")
	String appeals(Model model) {
		model.addAttribute("appeals", supervision.openAppeals());
		model.addAttribute("decisions", AppealDecision.values());
		return "supervision/appeals";
	}

	@PostMapping("/appeals/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) AppealDecision decision,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return attempt(redirect, "/supervision/appeals", () -> {
			actions.decideAppeal(id, decision == null ? AppealDecision.UPHOLD : decision, reason);
			return "/supervision/appeals";
		});
	}

	@GetMapping("/rules")
	String rules(@RequestParam(required = false) Long unitId, Model model) {
		var caller = callers.current();
		long unit = unitId != null ? unitId
				: caller.staff().map(staff -> staff.unitId()).orElseGet(() -> caller.scope().wholeRegion()
						? organization.units().stream().findFirst().map(u -> u.id()).orElse(0L)
						: firstUnit(caller.scope().unitIds()));
		model.addAttribute("unitId", unit);
		model.addAttribute("rules", unit == 0 ? List.of() : ruleCatalogue.rules(new UnitId(unit)));
		model.addAttribute("supervisor", caller.hasRole("SUPERVISOR"));
		model.addAttribute("units", caller.scope().wholeRegion() ? organization.units() : List.of());
		return "supervision/rules";
	}

	@PostMapping("/rules")
	String tune(@RequestParam long unitId, @RequestParam Rule rule,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) Integer threshold,
			@RequestParam(required = false) Integer daysLeft, @RequestParam(defaultValue = "0") int feedbackDays,
			RedirectAttributes redirect) {
		String back = "/supervision/rules?unitId=" + unitId;
		return attempt(redirect, back, () -> {
			ruleCatalogue.tune(new UnitId(unitId), rule, enabled, threshold, daysLeft, feedbackDays);
			return back;
		});
	}

	private static String back(long id) {
		return "/supervision/cards/" + id;
	}

	private static long firstUnit(java.util.Set<Long> units) {
		return units.stream().findFirst().orElse(0L);
	}

	/** A date typed into a form, or {@code null} when it is not one: the press then says a deadline is needed. */
	private static LocalDate day(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
