package org.xiaoneng.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;

/**
 * 电子监察 for pages and the API: the rule catalogue and its settings per unit, the card lists, a card with its appeals
 * and presses, and the actions people take on cards. Every action checks the caller at its entry: holders act on
 * their own cards, supervisors review, decide appeals, press and tune; anyone else's card is not found.
 */
@Service
public class Supervision {

	private final Callers callers;

	private final Cards cards;

	private final CardQueries queries;

	private final RuleBook rules;

	private final Appeals appeals;

	private final Presses presses;

	private final Rectifying answering;

	private final Appealing appealing;

	private final CardReview reviewing;

	private final Pressing pressing;

	private final Tuning tuning;

	private final WorkingDayCalendar calendar;

	private final MessageSource messages;

	Supervision(Callers callers, Cards cards, CardQueries queries, RuleBook rules, Appeals appeals, Presses presses,
			Rectifying answering, Appealing appealing, CardReview reviewing, Pressing pressing, Tuning tuning,
			WorkingDayCalendar calendar, MessageSource messages) {
		this.callers = callers;
		this.cards = cards;
		this.queries = queries;
		this.rules = rules;
		this.appeals = appeals;
		this.presses = presses;
		this.answering = answering;
		this.appealing = appealing;
		this.reviewing = reviewing;
		this.pressing = pressing;
		this.tuning = tuning;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** The rule catalogue as it applies in the unit: every built-in rule with the unit's current settings. */
	@Transactional(readOnly = true)
	public List<RuleView> rules(long unitId) {
		Caller caller = callers.current();
		// a deputy leader oversees departments, not the unit, yet is held to the unit's rules and may read them
		boolean ownUnit = caller.hasRole("LEADER")
				&& caller.staff().map(staff -> staff.unitId() == unitId).orElse(false);
		if (!caller.scope().wholeRegion() && !caller.scope().unitIds().contains(unitId) && !ownUnit) {
			throw new UnitNotVisibleException(unitId);
		}
		return rules.all(unitId).stream().map(this::view).toList();
	}

	/** Switches a rule on or off in a unit and tunes its numbers (supervisors only), as the rule's next version. */
	public RuleView tune(long unitId, Rule rule, boolean enabled, Integer threshold, Integer daysLeft,
			int feedbackDays) {
		return view(tuning.tune(unitId, rule, enabled, threshold, daysLeft, feedbackDays));
	}

	/** A page of the cards the caller may see, newest first. */
	@Transactional(readOnly = true)
	public CardPage cards(CardFilter filter, int page, int size) {
		return queries.page(callers.current(), filter, page, size);
	}

	/** A card the caller may see. */
	@Transactional(readOnly = true)
	public CardView card(long id) {
		Card card = cards.find(id).orElseThrow(() -> new CardNotFoundException(id));
		CardAccess.requireReadable(callers.current(), card);
		return queries.view(card);
	}

	/** The appeals of a card the caller may see, oldest first. */
	@Transactional(readOnly = true)
	public List<AppealView> appealsOf(long cardId) {
		card(cardId);
		return appeals.ofCard(cardId).stream().map(this::view).toList();
	}

	/** The presses of a card the caller may see, oldest first. */
	@Transactional(readOnly = true)
	public List<PressView> pressesOf(long cardId) {
		card(cardId);
		return presses.ofCard(cardId);
	}

	/** The last day its holder may appeal the card, or {@code null} before it is issued. */
	@Transactional(readOnly = true)
	public LocalDate lastDayOfAppeal(long cardId) {
		Card card = cards.find(cardId).orElseThrow(() -> new CardNotFoundException(cardId));
		CardAccess.requireReadable(callers.current(), card);
		return card.issuedAt() == null ? null : appealing.lastDayOfAppeal(card);
	}

	/** The open appeals in the supervisor's scope, oldest first (supervisors only). */
	@Transactional(readOnly = true)
	public List<AppealView> openAppeals() {
		Caller caller = callers.current();
		CardAccess.requireSupervisor(caller);
		return appeals.open().stream().filter(appeal -> {
			Card card = cards.find(appeal.cardId()).orElseThrow();
			return CardAccess.mayRead(caller, card.subject(), card.holderStaffId());
		}).map(this::view).toList();
	}

	/** 整改反馈: the holder's rectification report, by the feedback deadline. */
	public CardView answer(long cardId, String report) {
		return queries.view(answering.answer(cardId, report));
	}

	/** 申诉: the holder appeals within the appeal period, with reasons. */
	public AppealView appeal(long cardId, String reasons) {
		long id = appealing.appeal(cardId, reasons);
		return appealsOf(cardId).stream().filter(appeal -> appeal.id() == id).findFirst().orElseThrow();
	}

	/** A supervisor revokes, upholds or escalates the card appealed, with a written reason. */
	public CardView decideAppeal(long appealId, AppealDecision decision, String reason) {
		return queries.view(appealing.decide(appealId, decision, reason));
	}

	/** A supervisor issues a pending card after review. */
	public CardView issue(long cardId) {
		return queries.view(reviewing.issue(cardId));
	}

	/** A supervisor cancels a pending card whose cause did not hold up. */
	public CardView cancel(long cardId) {
		return queries.view(reviewing.cancel(cardId));
	}

	/** A supervisor accepts the feedback and closes the card. */
	public CardView close(long cardId) {
		return queries.view(reviewing.close(cardId));
	}

	/** 督办 a card with a written instruction and a deadline. */
	public PressView pressCard(long cardId, String instruction, LocalDate dueOn) {
		return pressing.pressCard(cardId, instruction, dueOn);
	}

	/** 督办 a case with a written instruction and a deadline. */
	public PressView pressCase(long caseId, String instruction, LocalDate dueOn) {
		return pressing.pressCase(caseId, instruction, dueOn);
	}

	/** Today, for forms that default a deadline. */
	public LocalDate today() {
		return calendar.today();
	}

	private RuleView view(RuleTerms terms) {
		Rule rule = terms.rule();
		String prefix = "supervision.rule." + rule.code();
		return new RuleView(rule.code(), text(prefix + ".name"), text(prefix + ".source"), text(prefix + ".trigger"),
				rule.colour(), rule.responsible(), rule.reviewFirst(), rule.signalledBy() != null, rule.threshold(),
				rule.daysLeft(), terms);
	}

	private AppealView view(Appeal appeal) {
		return new AppealView(appeal.id(), appeal.cardId(), appeal.appellantStaffId(),
				queries.nameOf(appeal.appellantStaffId()), appeal.reasons(), appeal.filedAt(), appeal.state(),
				appeal.decidedBy(), appeal.decidedAt(), appeal.decisionReason());
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
