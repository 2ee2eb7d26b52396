package org.xiaoneng.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.xiaoneng.common.RefusalId;

/**
 * A refusal filing as a thing with rules: filed, decided by the leader (or collectively), put into effect, reviewed,
 * reported overdue. Its transitions are the only way its state changes; each checks that it is allowed and registers
 * the event it causes, which the use case publishes once the change is stored. Who may decide is not its business
 * ({@link DecisionAuthority} answers that); that nobody decides their own filing is.
 */
class Filing {

	private final RefusalId id;

	private final RefusedMatter matter;

	private final long unitId;

	private final long departmentId;

	private final RefusalKind kind;

	private final long handlerStaffId;

	private final Long deciderStaffId;

	private final boolean withinAuthority;

	private final boolean major;

	private final LocalDate decisionDue;

	private RefusalState state;

	private Reviewed review;

	private boolean overdueReported;

	private Decided decided;

	private final List<Object> events = new ArrayList<>();

	Filing(RefusalId id, RefusedMatter matter, long unitId, long departmentId, RefusalKind kind, long handlerStaffId,
			Long deciderStaffId, boolean withinAuthority, boolean major, LocalDate decisionDue, RefusalState state,
			Reviewed review, boolean overdueReported) {
		this.id = id;
		this.matter = matter;
		this.unitId = unitId;
		this.departmentId = departmentId;
		this.kind = kind;
		this.handlerStaffId = handlerStaffId;
		this.deciderStaffId = deciderStaffId;
		this.withinAuthority = withinAuthority;
		this.major = major;
		this.decisionDue = decisionDue;
		this.state = state;
		this.review = review;
		this.overdueReported = overdueReported;
	}

	/** The filing as stored. */
	static Filing of(Refusal refusal) {
		return new Filing(refusal.id(), refusal.matter(), refusal.unitId(), refusal.departmentId(), refusal.kind(),
				refusal.handler().staffId(), refusal.deciderStaffId(), refusal.withinAuthority(), refusal.major(),
				refusal.decisionDue(), refusal.state(),
				refusal.review() == null ? null : new Reviewed(refusal.review().reviewedBy(), refusal.review().reviewedAt(),
						refusal.review().wrong(), refusal.review().finding()),
				refusal.overdueReportedAt() != null);
	}

	/**
	 * Where a new filing starts: in effect within the handler's authority; beyond it, waiting for the leader, or for
	 * the collective decision (集体研究) when the matter is major.
	 */
	static RefusalState stateOnFiling(boolean withinAuthority, boolean major) {
		return withinAuthority ? RefusalState.IN_EFFECT
				: major ? RefusalState.AWAITING_COLLECTIVE_DECISION : RefusalState.AWAITING_LEADER;
	}

	/** A filing beyond the handler's authority announces that it waits for the leader ({@link RefusalFiled}). */
	void filed() {
		if (state.awaitingDecision()) {
			events.add(new RefusalFiled(id, matter, unitId, departmentId, handlerStaffId, deciderStaffId, decisionDue,
					major));
		}
	}

	/**
	 * That the filing waits for this kind of decision: a major matter only for the meeting's, any other only for one
	 * leader's.
	 *
	 * @throws RefusalStateException when it waits for the other kind
	 * @throws RefusalAlreadyDecidedException when it waits for none
	 */
	void requireAwaiting(boolean collectively) {
		RefusalState otherKind = collectively ? RefusalState.AWAITING_LEADER : RefusalState.AWAITING_COLLECTIVE_DECISION;
		if (state == otherKind) {
			throw new RefusalStateException();
		}
		if (!state.awaitingDecision()) {
			throw new RefusalAlreadyDecidedException();
		}
	}

	/** @throws OwnFilingDecisionException when the decider is the one who filed: nobody decides their own refusal */
	void requireNotFiledBy(long staffId) {
		if (staffId == handlerStaffId) {
			throw new OwnFilingDecisionException();
		}
	}

	/**
	 * The leader's decision (or, with {@code collective}, the meeting's): agreed, the refusal is in effect
	 * ({@link RefusalApproved}); disagreed, it is overruled with the instruction ({@link RefusalOverruled}).
	 *
	 * @param collective the meeting's participants and day, or {@code null} for one leader's decision
	 * @param today the day it is recorded, after which no meeting can have been held
	 * @throws FilingIncompleteException when a collective decision lacks its participants or day, or lies ahead
	 * @throws InstructionRequiredException without a decision, or disagreeing without an instruction
	 */
	void decide(long leaderStaffId, String leaderName, Decision decision, String opinion, CollectiveDecision collective,
			Instant at, LocalDate today) {
		requireAwaiting(collective != null);
		requireNotFiledBy(leaderStaffId);
		String participants = null;
		LocalDate decidedOn = null;
		if (collective != null) {
			if (collective.participants() == null || collective.participants().isBlank()
					|| collective.decidedOn() == null) {
				throw new FilingIncompleteException("refusal.error.collectiveIncomplete");
			}
			if (collective.decidedOn().isAfter(today)) {
				throw new FilingIncompleteException("refusal.error.collectiveInFuture");
			}
			participants = collective.participants().strip();
			decidedOn = collective.decidedOn();
		}
		String text = opinion == null ? "" : opinion.strip();
		if (decision == null || (decision == Decision.DISAGREED && text.isBlank())) {
			throw new InstructionRequiredException();
		}
		boolean agreed = decision == Decision.AGREED;
		RefusalState before = state;
		state = agreed ? RefusalState.IN_EFFECT : RefusalState.OVERRULED;
		decided = new Decided(before, decision, leaderStaffId, leaderName, at, text.isBlank() ? null : text,
				participants, decidedOn);
		events.add(agreed ? new RefusalApproved(id, matter, leaderStaffId, collective != null)
				: new RefusalOverruled(id, matter, unitId, departmentId, handlerStaffId, leaderStaffId, text));
	}

	/**
	 * The refusal took effect with its notice ({@link RefusalTookEffect}): within authority at filing, or once agreed.
	 *
	 * @throws RefusalStateException unless it is in effect
	 */
	void tookEffect(String noticeNumber) {
		requireInEffect();
		events.add(new RefusalTookEffect(id, matter, unitId, departmentId, kind, withinAuthority, noticeNumber));
	}

	/**
	 * A leader's or supervisor's review, once: found wrong, the refusal no longer stands ({@link RefusalFoundWrong},
	 * for accountability); found right, it stays in effect.
	 *
	 * @throws RefusalStateException unless it is in effect and not reviewed yet
	 * @throws ReviewFindingRequiredException when found wrong without a finding
	 */
	void review(boolean wrong, String finding, String reviewedBy, Instant at) {
		if (state != RefusalState.IN_EFFECT || review != null) {
			throw new RefusalStateException();
		}
		String text = finding == null ? "" : finding.strip();
		if (wrong && text.isEmpty()) {
			throw new ReviewFindingRequiredException();
		}
		review = new Reviewed(reviewedBy, at, wrong, text.isEmpty() ? null : text);
		if (wrong) {
			state = RefusalState.FOUND_WRONG;
			events.add(new RefusalFoundWrong(id, matter, unitId, departmentId, handlerStaffId,
					withinAuthority ? null : deciderStaffId, reviewedBy, text));
		}
	}

	/**
	 * A decision not taken by the end of its last day is reported once ({@link LeaderDecisionOverdue}).
	 *
	 * @throws RefusalStateException when no decision is awaited, it is not overdue on that day, or was reported
	 */
	void reportOverdue(LocalDate today) {
		if (!state.awaitingDecision() || decisionDue == null || !decisionDue.isBefore(today) || overdueReported) {
			throw new RefusalStateException();
		}
		overdueReported = true;
		events.add(new LeaderDecisionOverdue(id, matter, unitId, departmentId, deciderStaffId, decisionDue));
	}

	/** @throws RefusalStateException unless the refusal is in effect (materials go back only then) */
	void requireInEffect() {
		if (state != RefusalState.IN_EFFECT) {
			throw new RefusalStateException();
		}
	}

	RefusalId id() {
		return id;
	}

	RefusedMatter matter() {
		return matter;
	}

	RefusalState state() {
		return state;
	}

	/** The decision as recorded by {@link #decide}, or {@code null}. */
	Decided decided() {
		return decided;
	}

	/** The review, or {@code null} before there is one. */
	Reviewed reviewed() {
		return review;
	}

	/** The events registered since the filing was loaded, in order; handing them out clears them. */
	List<Object> releaseEvents() {
		List<Object> released = List.copyOf(events);
		events.clear();
		return released;
	}

	/**
	 * A decision to store.
	 *
	 * @param before the state it was taken in
	 * @param opinion the opinion or instruction, or {@code null}
	 * @param participants who took part in a collective decision, or {@code null}
	 * @param collectiveOn the meeting's day, or {@code null}
	 */
	record Decided(RefusalState before, Decision decision, long staffId, String staffName, Instant at, String opinion,
			String participants, LocalDate collectiveOn) {
	}

	/**
	 * A review to store.
	 *
	 * @param finding what was found, or {@code null}
	 */
	record Reviewed(String by, Instant at, boolean wrong, String finding) {
	}
}
