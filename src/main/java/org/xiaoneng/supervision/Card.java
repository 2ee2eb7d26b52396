package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A card (预警, 黄牌, 红牌): the aggregate at the centre of supervision. Its transitions are the only way its state
 * changes; each checks the rule it serves and registers the event that travels with the change.
 */
class Card {

	private Long id;

	private final Rule rule;

	private final int ruleVersion;

	private final CardSubject subject;

	private final String facts;

	private final Instant raisedAt;

	private final int version;

	private CardColour colour;

	private CardState state;

	private Responsible holderLevel;

	private Long holderStaffId;

	private Instant issuedAt;

	private LocalDate feedbackDue;

	private String feedback;

	private Instant feedbackAt;

	private Instant closedAt;

	private final List<Object> events = new ArrayList<>();

	Card(Long id, Rule rule, int ruleVersion, CardColour colour, CardState state, CardSubject subject,
			Responsible holderLevel, Long holderStaffId, String facts, Instant raisedAt, Instant issuedAt,
			LocalDate feedbackDue, String feedback, Instant feedbackAt, Instant closedAt, int version) {
		this.id = id;
		this.rule = rule;
		this.ruleVersion = ruleVersion;
		this.colour = colour;
		this.state = state;
		this.subject = subject;
		this.holderLevel = holderLevel;
		this.holderStaffId = holderStaffId;
		this.facts = facts;
		this.raisedAt = raisedAt;
		this.issuedAt = issuedAt;
		this.feedbackDue = feedbackDue;
		this.feedback = feedback;
		this.feedbackAt = feedbackAt;
		this.closedAt = closedAt;
		this.version = version;
	}

	/** Raises a card (待发) for the rule and object, held by whoever the rule names as responsible. */
	static Card raise(Rule rule, int ruleVersion, CardSubject subject, Long holderStaffId, String facts, Instant at) {
		return new Card(null, rule, ruleVersion, rule.colour(), CardState.PENDING, subject, rule.responsible(),
				holderStaffId, facts, at, null, null, null, null, null, 0);
	}

	/**
	 * Names who holds a card the deadline sweep issued set-based to nobody: its projection knew no handler, so it passes
	 * to the head, as for every card (see {@link Holders}).
	 */
	void holdBy(Long staffId) {
		requireState(CardState.ISSUED);
		if (holderStaffId != null) {
			throw new CardStateException(id(), state);
		}
		this.holderStaffId = staffId;
	}

	/** Issues it (已发) to its holder, who owes feedback by the day given. */
	CardIssued issue(LocalDate feedbackDue, Instant at) {
		requireState(CardState.PENDING);
		this.state = CardState.ISSUED;
		this.issuedAt = at;
		this.feedbackDue = feedbackDue;
		return register(issued());
	}

	/**
	 * What the deadline sweep tells of a card it issued set-based, in the statement that raised it (decision 0023): the
	 * same facts as {@link #issue}'s event, carried in a batch.
	 */
	CardIssued issued() {
		requireState(CardState.ISSUED);
		return new CardIssued(id(), rule.code(), ruleVersion, colour, subject.type(), subject.id(), subject.unitId(),
				subject.departmentId(), holderStaffId, feedbackDue);
	}

	/** Cancels it (取消) because its cause vanished before it was issued, e.g. the case was completed in time. */
	void cancel(Instant at) {
		requireState(CardState.PENDING);
		this.state = CardState.CANCELLED;
		this.closedAt = at;
	}

	/** The holder's rectification report (整改反馈), only by the holder and by the feedback deadline. */
	void answer(Long byStaffId, String report, LocalDate today, Instant at) {
		requireState(CardState.ISSUED);
		requireHolder(byStaffId);
		if (feedbackDue != null && today.isAfter(feedbackDue)) {
			throw new FeedbackPeriodOverException(feedbackDue);
		}
		this.feedback = WrittenTextRequiredException.require(report, "feedback");
		this.feedbackAt = at;
		this.state = CardState.ANSWERED;
	}

	/** A supervisor accepts the feedback and closes the card (已办结). */
	void close(Instant at) {
		requireState(CardState.ANSWERED);
		this.state = CardState.CLOSED;
		this.closedAt = at;
	}

	/**
	 * The feedback deadline passed without a report: published once per deadline, then the card goes one level up
	 * with a new deadline (see {@link #escalate}).
	 */
	FeedbackOverdue feedbackMissed(LocalDate today, Long nextHolderStaffId, LocalDate nextDue) {
		requireState(CardState.ISSUED);
		if (feedbackDue == null || !today.isAfter(feedbackDue)) {
			throw new CardStateException(id(), state);
		}
		FeedbackOverdue missed = register(new FeedbackOverdue(id(), rule.code(), subject.unitId(),
				subject.departmentId(), holderStaffId, feedbackDue));
		escalate(nextHolderStaffId, nextDue);
		return missed;
	}

	/**
	 * Goes one level up: a warning or yellow card rises one colour with the same holder; a red card passes to the
	 * next level (department head, then overseeing leader), whose staff id the caller resolved from
	 * {@link #nextLevel()}. At the top there is nobody above: the card stays red with the leader, without a new
	 * deadline, and the missed deadline has been published for accountability.
	 */
	CardEscalated escalate(Long nextHolderStaffId, LocalDate nextDue) {
		if (!state.live()) {
			throw new CardStateException(id(), state);
		}
		if (colour != CardColour.RED) {
			colour = colour.next();
		}
		else if (holderLevel != Responsible.OVERSEEING_LEADER) {
			holderLevel = holderLevel.next();
			holderStaffId = nextHolderStaffId;
		}
		else {
			nextDue = null;
		}
		feedbackDue = nextDue;
		if (state == CardState.ANSWERED) {
			// escalated on appeal after feedback: the report stands, the new holder answers for the new level
			state = CardState.ISSUED;
		}
		return register(new CardEscalated(id(), rule.code(), colour, holderLevel, subject.unitId(),
				subject.departmentId(), holderStaffId, feedbackDue));
	}

	/** Who would hold the card after {@link #escalate}: the same level unless a red card moves up. */
	Responsible nextLevel() {
		return colour == CardColour.RED ? holderLevel.next() : holderLevel;
	}

	/**
	 * Lets an appeal (申诉) through only from the holder, while the card binds, up to the last day of the appeal period.
	 */
	void requireAppealable(Long byStaffId, LocalDate today, LocalDate lastDay) {
		if (!state.live()) {
			throw new CardStateException(id(), state);
		}
		requireHolder(byStaffId);
		if (today.isAfter(lastDay)) {
			throw new AppealPeriodOverException(lastDay);
		}
	}

	/** Revoked on appeal (撤销): it no longer counts. */
	CardRevoked revoke(String decidedBy, Instant at) {
		if (!state.live()) {
			throw new CardStateException(id(), state);
		}
		this.state = CardState.REVOKED;
		this.closedAt = at;
		return register(new CardRevoked(id(), rule.code(), colour, subject.unitId(), subject.departmentId(),
				holderStaffId, decidedBy));
	}

	/** Upheld on appeal (维持): it stands as issued. */
	CardUpheld uphold(String decidedBy) {
		if (!state.live()) {
			throw new CardStateException(id(), state);
		}
		return register(new CardUpheld(id(), rule.code(), colour, subject.unitId(), subject.departmentId(),
				holderStaffId, decidedBy));
	}

	/** The events registered since it was loaded, handed out once for publishing. */
	List<Object> drainEvents() {
		List<Object> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	private void requireState(CardState expected) {
		if (state != expected) {
			throw new CardStateException(id(), state);
		}
	}

	private void requireHolder(Long staffId) {
		if (holderStaffId == null || !holderStaffId.equals(staffId)) {
			throw new NotTheHolderException();
		}
	}

	private <E> E register(E event) {
		events.add(event);
		return event;
	}

	private long id() {
		if (id == null) {
			throw new IllegalStateException("a card is saved before it is issued");
		}
		return id;
	}

	Long idOrNull() {
		return id;
	}

	/** The id the database gave it when it was first saved. */
	void saved(long newId) {
		if (id != null) {
			throw new IllegalStateException("card " + id + " was saved already");
		}
		this.id = newId;
	}

	Rule rule() {
		return rule;
	}

	int ruleVersion() {
		return ruleVersion;
	}

	CardColour colour() {
		return colour;
	}

	CardState state() {
		return state;
	}

	CardSubject subject() {
		return subject;
	}

	Responsible holderLevel() {
		return holderLevel;
	}

	Long holderStaffId() {
		return holderStaffId;
	}

	String facts() {
		return facts;
	}

	Instant raisedAt() {
		return raisedAt;
	}

	Instant issuedAt() {
		return issuedAt;
	}

	LocalDate feedbackDue() {
		return feedbackDue;
	}

	String feedback() {
		return feedback;
	}

	Instant feedbackAt() {
		return feedbackAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	int version() {
		return version;
	}
}
