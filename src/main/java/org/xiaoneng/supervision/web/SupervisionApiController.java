package org.xiaoneng.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.supervision.AppealDecision;
import org.xiaoneng.supervision.AppealView;
import org.xiaoneng.supervision.CardActions;
import org.xiaoneng.supervision.CardColour;
import org.xiaoneng.supervision.CardFilter;
import org.xiaoneng.supervision.CardOrder;
import org.xiaoneng.supervision.CardState;
import org.xiaoneng.supervision.CardView;
import org.xiaoneng.supervision.PressView;
import org.xiaoneng.supervision.Rule;
import org.xiaoneng.supervision.RuleView;
import org.xiaoneng.supervision.Supervision;
import org.xiaoneng.supervision.SupervisionRules;

/**
 * 电子监察 for integrations: the rule catalogue and its settings per unit, card lists with paging and filters, a card
 * with its appeals and presses, feedback, appeals and their decisions, presses. The facade checks who may do what.
 */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Supervision", description = "电子监察: rules, cards (预警/黄牌/红牌), feedback, appeals, presses")
@PreAuthorize("isAuthenticated()")
class SupervisionApiController {

	private final Supervision supervision;

	private final CardActions actions;

	private final SupervisionRules ruleCatalogue;

	SupervisionApiController(Supervision supervision, CardActions actions, SupervisionRules ruleCatalogue) {
		this.supervision = supervision;
		this.actions = actions;
		this.ruleCatalogue = ruleCatalogue;
	}

	/** A rule's settings in a unit; the numbers a rule does not have are ignored. */
	record RuleSettingsRequest(@NotNull Rule rule, long unitId, boolean enabled, Integer threshold, Integer daysLeft,
			@NotNull Integer feedbackDays) {
	}

	/** A rectification report (整改反馈). */
	record FeedbackRequest(@Size(max = 4000) String report) {
	}

	/** An appeal's reasons. */
	record AppealRequest(@Size(max = 4000) String reasons) {
	}

	/** A supervisor's decision on an appeal with its written reason. */
	record DecisionRequest(@NotNull AppealDecision decision, @Size(max = 4000) String reason) {
	}

	/** A press (督办): the written instruction and its deadline. */
	record PressRequest(@Size(max = 4000) String instruction, LocalDate dueOn) {
	}

	@Operation(summary = "The rule catalogue (监察规则) as it applies in a unit, each rule with its current version")
	@GetMapping("/rules")
	List<RuleView> rules(@RequestParam long unitId) {
		return ruleCatalogue.rules(new UnitId(unitId));
	}

	@Operation(summary = "Switches a rule on or off in a unit and tunes its numbers within range (supervisors)")
	@PostMapping("/rules/settings")
	RuleView tune(@Valid @RequestBody RuleSettingsRequest request) {
		return ruleCatalogue.tune(new UnitId(request.unitId()), request.rule(), request.enabled(), request.threshold(), request.daysLeft(),
				request.feedbackDays());
	}

	@Operation(summary = "A page of the cards the caller may see, filtered",
			description = "Sorted newest first, by feedback due (soonest first, cards without one last) or by colour"
					+ " (red first). Paged by keyset: pass the page's next (or previous) as cursor; a cursor belongs to"
					+ " one sort; total counts the page only (totalExact false when there is more).")
	@GetMapping("/cards")
	KeysetPage<CardView> cards(@RequestParam(required = false) CardState state, @RequestParam(required = false) CardColour colour,
			@RequestParam(required = false) Rule rule, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departmentId, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) CardOrder sort, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "20") int size) {
		return supervision.cards(new CardFilter(state, colour, rule, unitId, departmentId, mine), sort, cursor, size);
	}

	@GetMapping("/cards/{id}")
	CardView card(@PathVariable long id) {
		return supervision.card(id);
	}

	@Operation(summary = "The holder's rectification report (整改反馈), by the feedback deadline")
	@PostMapping("/cards/{id}/feedback")
	CardView feedback(@PathVariable long id, @Valid @RequestBody FeedbackRequest request) {
		return actions.answer(id, request.report());
	}

	@Operation(summary = "The holder appeals the card (申诉) within the appeal period")
	@PostMapping("/cards/{id}/appeals")
	@ResponseStatus(HttpStatus.CREATED)
	AppealView appeal(@PathVariable long id, @Valid @RequestBody AppealRequest request) {
		return actions.appeal(id, request.reasons());
	}

	@GetMapping("/cards/{id}/appeals")
	List<AppealView> appeals(@PathVariable long id) {
		return supervision.appealsOf(id);
	}

	@Operation(summary = "A supervisor issues a card pending review")
	@PostMapping("/cards/{id}/issue")
	CardView issue(@PathVariable long id) {
		return actions.issue(id);
	}

	@Operation(summary = "A supervisor cancels a card pending review")
	@PostMapping("/cards/{id}/cancel")
	CardView cancel(@PathVariable long id) {
		return actions.cancel(id);
	}

	@Operation(summary = "A supervisor accepts the feedback and closes the card (已办结)")
	@PostMapping("/cards/{id}/close")
	CardView close(@PathVariable long id) {
		return actions.close(id);
	}

	@Operation(summary = "A supervisor presses the card (督办) with a written instruction and a deadline")
	@PostMapping("/cards/{id}/presses")
	@ResponseStatus(HttpStatus.CREATED)
	PressView pressCard(@PathVariable long id, @Valid @RequestBody PressRequest request) {
		return actions.pressCard(id, request.instruction(), request.dueOn());
	}

	@GetMapping("/cards/{id}/presses")
	List<PressView> presses(@PathVariable long id) {
		return supervision.pressesOf(id);
	}

	@Operation(summary = "A supervisor presses a case (督办) with a written instruction and a deadline")
	@PostMapping("/cases/{id}/presses")
	@ResponseStatus(HttpStatus.CREATED)
	PressView pressCase(@PathVariable long id, @Valid @RequestBody PressRequest request) {
		return actions.pressCase(id, request.instruction(), request.dueOn());
	}

	@Operation(summary = "The open appeals in the supervisor's scope, oldest first")
	@GetMapping("/appeals")
	List<AppealView> openAppeals() {
		return supervision.openAppeals();
	}

	@Operation(summary = "A supervisor revokes, upholds or escalates the appealed card with a written reason")
	@PostMapping("/appeals/{id}/decision")
	CardView decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
		return actions.decideAppeal(id, request.decision(), request.reason());
	}
}
