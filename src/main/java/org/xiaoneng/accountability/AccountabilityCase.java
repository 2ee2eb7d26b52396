package org.xiaoneng.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.xiaoneng.common.StaffId;
import org.xiaoneng.conduct.ConductCitation;
import org.xiaoneng.organization.DecisionLevel;

/**
 * An accountability case (效能问责): the aggregate at the centre of the module. It is opened from a source, investigated,
 * heard (the subject's statement, 申辩) and decided, or closed without accountability; each transition checks the rule
 * it serves and registers the event that travels with the change.
 */
class AccountabilityCase {

	/**
	 * What the investigation found.
	 *
	 * @param failureType what the subject failed at
	 * @param conduct the conduct rule (十不准) breached, or {@code null}
	 * @param severity 较轻, 较重 or 严重
	 * @param aggravations obstruction, false testimony, retaliation found
	 * @param record the investigation record (调查情况)
	 * @param evidence the evidence relied on, or {@code null}
	 */
	record Findings(FailureType failureType, ConductCitation conduct, Severity severity,
			Set<Aggravation> aggravations, String record, String evidence) {

		Findings {
			aggravations = aggravations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(aggravations));
		}
	}

	/**
	 * The decision (问责决定) and its effects on the subject's year.
	 *
	 * @param sanctions lightest first
	 * @param deciderStaffId the leader who decided
	 * @param deciderLevel the level they decided at
	 * @param decidedOn the day
	 * @param reason the reasons given
	 * @param effects whether the subject may be rated 优秀 and the bonus deduction
	 */
	record Decision(List<Sanction> sanctions, long deciderStaffId, DecisionLevel deciderLevel, LocalDate decidedOn,
			String reason, SanctionLadder.Effects effects) {

		Decision {
			sanctions = List.copyOf(sanctions);
		}
	}

	private Long id;

	private final CaseSource source;

	private final Long sourceId;

	private final String sourceLabel;

	private final Subject subject;

	private final int year;

	private final String facts;

	private final boolean repeatInYear;

	private final String openedBy;

	private final Instant openedAt;

	private final int version;

	private FailureType failureType;

	private ConductCitation cited;

	private CaseState state;

	private Findings findings;

	private LocalDate statementDue;

	private String statement;

	private Instant statedAt;

	private Decision decision;

	private String closingReason;

	private Instant closedAt;

	private final List<Object> events = new ArrayList<>();

	AccountabilityCase(Long id, CaseSource source, Long sourceId, String sourceLabel, Subject subject, int year,
			FailureType failureType, ConductCitation cited, String facts, boolean repeatInYear, String openedBy,
			Instant openedAt, CaseState state, Findings findings, LocalDate statementDue, String statement, Instant statedAt,
			Decision decision, String closingReason, Instant closedAt, int version) {
		this.id = id;
		this.source = source;
		this.sourceId = sourceId;
		this.sourceLabel = sourceLabel;
		this.subject = subject;
		this.year = year;
		this.failureType = failureType;
		this.cited = cited;
		this.facts = facts;
		this.repeatInYear = repeatInYear;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
		this.state = state;
		this.findings = findings;
		this.statementDue = statementDue;
		this.statement = statement;
		this.statedAt = statedAt;
		this.decision = decision;
		this.closingReason = closingReason;
		this.closedAt = closedAt;
		this.version = version;
	}

	/**
	 * Opens a case (立案) about the subject; a person's second or later case of the year is marked 从重 at once.
	 *
	 * @param cited the conduct rule its source cites (a complaint's, a finding's), or {@code null}
	 * @param priorCasesInYear the subject's cases of the year that still count (neither exempted nor withdrawn)
	 */
	static AccountabilityCase open(CaseSource source, Long sourceId, String sourceLabel, Subject subject,
			FailureType failureType, ConductCitation cited, String facts, int priorCasesInYear, LocalDate today,
			String openedBy, Instant at) {
		return new AccountabilityCase(null, source, sourceId, sourceLabel, subject, today.getYear(), failureType, cited,
				AccountabilityTextRequiredException.require(facts, "facts"), subject.person() && priorCasesInYear > 0,
				openedBy, at, CaseState.OPEN, null, null, null, null, null, null, null, 0);
	}

	/** The event of its opening, once it has its id. */
	AccountabilityCaseOpened opened() {
		return register(new AccountabilityCaseOpened(caseId(), source, subject.unitId(), subject.departmentId(),
				staffId(), year, failureType, aggravated()));
	}

	/**
	 * Records the investigation (调查) and asks the subject for a statement by the day given: a case is not decided
	 * before the subject has been heard.
	 */
	void investigate(Findings found, LocalDate due) {
		requireState(CaseState.OPEN);
		if (found.severity() == null || found.failureType() == null) {
			throw new ChoiceRequiredException(found.severity() == null ? "severity"
					: "failureType");
		}
		this.findings = new Findings(found.failureType(), found.conduct(), found.severity(),
				found.aggravations(), AccountabilityTextRequiredException.require(found.record(), "investigation"),
				AccountabilityTextRequiredException.optional(found.evidence(), "evidence"));
		this.failureType = found.failureType();
		this.cited = found.conduct();
		this.statementDue = due;
		this.state = CaseState.AWAITING_STATEMENT;
	}

	/**
	 * The subject's statement (申辩), by whoever answers for the subject and by its deadline.
	 *
	 * @param respondentStaffId the subject, or for a department its head
	 */
	void makeStatement(Long byStaffId, Long respondentStaffId, String text, LocalDate today, Instant at) {
		requireState(CaseState.AWAITING_STATEMENT);
		if (byStaffId == null || !byStaffId.equals(respondentStaffId)) {
			throw new NotTheRespondentException();
		}
		if (today.isAfter(statementDue)) {
			throw new StatementPeriodOverException(statementDue);
		}
		this.statement = AccountabilityTextRequiredException.require(text, "statement");
		this.statedAt = at;
		this.state = CaseState.STATED;
	}

	/**
	 * The decision (问责决定): only once the subject has made a statement or the statement period has passed; sanctions
	 * that combine, heavy enough for the severity (and 从重), within the decider's authority over the subject, who is
	 * not the decider.
	 *
	 * @param deciderLevel the highest level the decider holds over the subject, or {@code null} for none
	 */
	AccountabilityDecided decide(Set<Sanction> sanctions, long deciderStaffId, DecisionLevel deciderLevel, String reason,
			LocalDate today, SanctionLadder ladder, Instant at) {
		requireState(CaseState.AWAITING_STATEMENT, CaseState.STATED);
		if (state == CaseState.AWAITING_STATEMENT && !today.isAfter(statementDue)) {
			throw new StatementPeriodOpenException(statementDue);
		}
		if (subject.person() && subject.staffId() == deciderStaffId) {
			throw new OwnCaseException();
		}
		String reasons = AccountabilityTextRequiredException.require(reason, "decision");
		List<Sanction> ordered = ladder.requireCombination(sanctions, subject);
		ladder.requireHeavyEnough(ordered, findings.severity(), aggravated(), subject);
		ladder.requireAuthority(ordered, subject, deciderLevel);
		SanctionLadder.Effects effects = subject.person() ? ladder.effects(ordered)
				: new SanctionLadder.Effects(false, 0);
		this.decision = new Decision(ordered, deciderStaffId, deciderLevel, today, reasons, effects);
		this.state = CaseState.DECIDED;
		this.closedAt = at;
		return register(new AccountabilityDecided(caseId(), subject.unitId(), subject.departmentId(), staffId(), year,
				failureType, findings.severity(), aggravated(), ordered, effects.notEligibleForExcellent(),
				effects.bonusDeductionPercent(), today));
	}

	/** Closes the case without accountability for force majeure (不可抗力), with its reason. */
	AccountabilityCaseClosed exempt(String reason, Instant at) {
		return close(CaseState.EXEMPTED, reason, at);
	}

	/** Withdraws the case because its source no longer stands (the red card was revoked on appeal). */
	AccountabilityCaseClosed withdraw(String reason, Instant at) {
		return close(CaseState.WITHDRAWN, reason, at);
	}

	/** Whether it is decided 从重: the person's second case of the year, or obstruction, false testimony, retaliation. */
	boolean aggravated() {
		return repeatInYear || (findings != null && !findings.aggravations().isEmpty());
	}

	private AccountabilityCaseClosed close(CaseState outcome, String reason, Instant at) {
		if (!state.open()) {
			throw new CaseStateException(idOrZero(), state);
		}
		this.closingReason = AccountabilityTextRequiredException.require(reason, "closingReason");
		this.state = outcome;
		this.closedAt = at;
		return register(new AccountabilityCaseClosed(caseId(), subject.unitId(), staffId(), year, outcome));
	}

	/** The events registered since it was loaded, handed out once for publishing. */
	List<Object> drainEvents() {
		List<Object> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	private void requireState(CaseState... allowed) {
		for (CaseState candidate : allowed) {
			if (state == candidate) {
				return;
			}
		}
		throw new CaseStateException(idOrZero(), state);
	}

	private <E> E register(E event) {
		events.add(event);
		return event;
	}

	private StaffId staffId() {
		return subject.staffId() == null ? null : new StaffId(subject.staffId());
	}

	private AccountabilityCaseId caseId() {
		if (id == null) {
			throw new IllegalStateException("a case is saved before its events are published");
		}
		return new AccountabilityCaseId(id);
	}

	private long idOrZero() {
		return id == null ? 0 : id;
	}

	/** The id the database gave it when it was first saved. */
	void saved(long newId) {
		if (id != null) {
			throw new IllegalStateException("case " + id + " was saved already");
		}
		this.id = newId;
	}

	Long idOrNull() {
		return id;
	}

	CaseSource source() {
		return source;
	}

	Long sourceId() {
		return sourceId;
	}

	String sourceLabel() {
		return sourceLabel;
	}

	Subject subject() {
		return subject;
	}

	int year() {
		return year;
	}

	FailureType failureType() {
		return failureType;
	}

	/** The conduct rule the case cites: the investigation's once investigated, before that its source's, or none. */
	ConductCitation cited() {
		return cited;
	}

	String facts() {
		return facts;
	}

	boolean repeatInYear() {
		return repeatInYear;
	}

	String openedBy() {
		return openedBy;
	}

	Instant openedAt() {
		return openedAt;
	}

	CaseState state() {
		return state;
	}

	Findings findings() {
		return findings;
	}

	LocalDate statementDue() {
		return statementDue;
	}

	String statement() {
		return statement;
	}

	Instant statedAt() {
		return statedAt;
	}

	Decision decision() {
		return decision;
	}

	String closingReason() {
		return closingReason;
	}

	Instant closedAt() {
		return closedAt;
	}

	int version() {
		return version;
	}
}
