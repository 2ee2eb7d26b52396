package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xiaoneng.calendar.DeadlineStatus;

/**
 * A case (办件) with its steps and pauses. Its transitions are the only way its state changes: each guards its own
 * preconditions, so that a refused request changes nothing, and registers the event it causes, which the repository
 * publishes when it saves the case. Who may ask for a transition (scope, step holders) is {@link CaseAccess}'s rule.
 */
final class Case {

	/** 行政许可法 第四十四条: certificates are delivered within 10 days (working days, 第八十二条) of the decision. */
	static final int DELIVERY_WORKING_DAYS = 10;

	/** The states in which a case's clock runs towards its deadline (a paused case's clock stands still). */
	static final Set<CaseState> CLOCK_RUNNING = EnumSet.of(CaseState.ACCEPTED, CaseState.PROCESSING,
			CaseState.REFUSAL_PENDING);

	private Long id;

	private final CaseIntake intake;

	private String caseNumber;

	private CaseState state;

	private CaseState stateBefore;

	private NoticePeriod notice;

	private Schedule schedule;

	private Assignment current;

	private Outcome outcome;

	private final List<Step> steps;

	private final List<Pause> pauses;

	private final List<Object> events = new ArrayList<>();

	Case(Long id, CaseIntake intake, String caseNumber, CaseState state, CaseState stateBefore, NoticePeriod notice,
			Schedule schedule, Assignment current, Outcome outcome, List<Step> steps,
			List<Pause> pauses) {
		this.id = id;
		this.intake = intake;
		this.caseNumber = caseNumber;
		this.state = state;
		this.stateBefore = stateBefore;
		this.notice = notice;
		this.schedule = schedule;
		this.current = current;
		this.outcome = outcome;
		this.steps = new ArrayList<>(steps);
		this.pauses = new ArrayList<>(pauses);
	}

	/** A submission received (接件): its materials are checked next, a one-time notice due within 5 working days. */
	static Case receive(CaseIntake intake, CaseCalendar calendar) {
		return new Case(null, intake, null, CaseState.RECEIVED, null,
				NoticePeriod.from(intake.receivedOn(), intake.unitId(), calendar), Schedule.NOT_ACCEPTED,
				Assignment.NONE, Outcome.OPEN, List.of(), List.of());
	}

	/** The new case got its id when it was first stored: only now can it announce that it was received. */
	void identify(long storedId) {
		if (id != null) {
			throw new IllegalStateException("case " + id + " is stored already");
		}
		id = storedId;
		register(new CaseReceived(storedId, intake.unitId(), intake.itemId(), intake.receivedOn()));
	}

	// ---- one-time notice (一次性告知制) ------------------------------------------------------------------------

	/** A notice may still be issued: the case waits for its check and the 5 days have not passed. */
	void requireNoticePeriod(LocalDate today) {
		requireState(CaseState.RECEIVED);
		notice.requireOpenOn(today);
	}

	/** Issues the one-time notice of round {@code earlierRounds + 1}, as {@link NoticePeriod} allows. */
	CorrectionNoticeIssued issueCorrectionNotice(int earlierRounds, String reason, List<NoticeDefect> defects,
			LocalDate today) {
		requireNoticePeriod(today);
		NoticePeriod.requireListable(earlierRounds, reason, defects);
		int round = earlierRounds + 1;
		state = CaseState.AWAITING_CORRECTION;
		return register(new CorrectionNoticeIssued(id, intake.unitId(), round, round > 1, today));
	}

	/** The applicant supplied what the notice asked for: the case is checked again, with 5 new days for a notice. */
	void supplyCorrection(LocalDate today, CaseCalendar calendar) {
		requireState(CaseState.AWAITING_CORRECTION);
		state = CaseState.RECEIVED;
		notice = NoticePeriod.from(today, intake.unitId(), calendar);
	}

	// ---- acceptance and steps (限时办结制) -------------------------------------------------------------------------

	/**
	 * Accepts the case under its number: the promised and statutory deadlines count from the day of acceptance (which
	 * does not count), see {@link Schedule#start}; its steps are laid out, none assigned yet. Deemed accepted (行政许可法
	 * 第三十二条: no notice within 5 days) it is accepted on the day its materials were complete.
	 *
	 * @param statutoryDays the statutory limit, {@code null} when the law sets none
	 */
	CaseAccepted accept(String number, LocalDate acceptedOn, Instant at, String by, boolean deemed, int promisedDays,
			Integer statutoryDays, boolean naturalDays, List<Step> procedure, CaseCalendar calendar) {
		requireState(CaseState.RECEIVED);
		if (procedure.isEmpty()) {
			throw new CaseRuleException("casework.item.noProcedure");
		}
		if (deemed) {
			register(new NoticeDeadlineMissed(id, intake.unitId(), notice.lastSuppliedOn()));
		}
		caseNumber = number;
		schedule = Schedule.start(acceptedOn, at, by, deemed, promisedDays, statutoryDays, naturalDays, intake.unitId(),
				calendar);
		steps.addAll(procedure);
		state = CaseState.ACCEPTED;
		return register(new CaseAccepted(id, intake.unitId(), number, acceptedOn, schedule.deadline(), deemed));
	}

	/**
	 * Routes a step to whoever acts for its post now; a step from another department must be signed for by the end
	 * of the working day (内部科室当天签办不过夜).
	 */
	void assign(Step step, Long staffId, String staffNumber, boolean onBehalf, Instant at, LocalDate on,
			long fromDepartment, CaseCalendar calendar) {
		LocalDate due = calendar.deadline(intake.unitId(), on, step.budgetDays());
		LocalDate signBy = step.departmentId() != fromDepartment ? calendar.deadline(intake.unitId(), on, 0) : null;
		step.assign(staffId, staffNumber, onBehalf, at, on, due, signBy);
		current = new Assignment(step.number(), step.postId(), step.departmentId(), staffId, staffNumber);
		register(new StepAssigned(id, intake.unitId(), step.number(), step.departmentId(), staffId, on, due));
	}

	/** The open step of that number, of a case being worked. */
	Step openStep(int number) {
		requireState(CaseState.ACCEPTED, CaseState.PROCESSING);
		Step step = steps.stream()
			.filter(s -> s.number() == number)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(id + "#" + number));
		if (!step.open()) {
			throw new CaseRuleException("casework.step.notOpen", step.name());
		}
		return step;
	}

	/** Signs for (签收) a step handed over from another department. */
	StepSigned signStep(int number, Instant at, LocalDate today, String by) {
		Step step = openStep(number);
		if (!step.awaitsSignature()) {
			throw new CaseRuleException("casework.step.nothingToSign");
		}
		step.sign(at, by);
		state = CaseState.PROCESSING;
		return register(new StepSigned(id, intake.unitId(), number, step.signedInTime(today)));
	}

	/**
	 * Completes the open step with its opinion (signing for it, when that was still owed); returns the next step to
	 * route, if any.
	 */
	Optional<Step> completeStep(int number, String opinion, Instant at, LocalDate today, Long staffId, String by) {
		Step step = openStep(number);
		if (opinion == null || opinion.isBlank()) {
			throw new SubmissionInvalidException("casework.step.opinionMissing");
		}
		if (step.awaitsSignature()) {
			register(new StepSigned(id, intake.unitId(), number, step.signedInTime(today)));
		}
		step.complete(at, today, by, opinion.strip());
		state = CaseState.PROCESSING;
		register(new StepCompleted(id, intake.unitId(), number, staffId, step.onBehalf(), today));
		Optional<Step> next = steps.stream().filter(s -> s.number() > number).findFirst();
		if (next.isEmpty()) {
			current = current.withoutStep();
		}
		return next;
	}

	/** The step being worked, or the last one once all are done; a case not yet accepted has none. */
	Step currentStep() {
		if (steps.isEmpty()) {
			// not yet accepted: nobody works a step of it, so nothing that needs a worker can be done to it now
			throw new CaseStateException(state);
		}
		return steps.stream().filter(Step::open).findFirst().orElse(steps.get(steps.size() - 1));
	}

	// ---- the clock --------------------------------------------------------------------------------------------

	/** Pauses the clock, for a correction after acceptance or a special procedure (行政许可法 第四十五条). */
	CaseSuspended suspend(PauseKind kind, String procedure, String reason, Integer plannedDays, LocalDate today,
			String by) {
		requireState(CaseState.ACCEPTED, CaseState.PROCESSING);
		if (kind == null || reason == null || reason.isBlank()) {
			throw new SubmissionInvalidException("casework.pause.reasonMissing");
		}
		if (plannedDays != null && plannedDays < 0) {
			throw new SubmissionInvalidException("casework.pause.plannedInvalid");
		}
		pauses.add(new Pause(null, kind, procedure, reason.strip(), plannedDays, today, by, null, null));
		stateBefore = state;
		state = CaseState.SUSPENDED;
		return register(new CaseSuspended(id, intake.unitId(), kind, procedure, today));
	}

	/**
	 * The clock runs again. The day the pause began was already running and the day it ends runs again: the working
	 * days between are paused, and the deadline moves by them.
	 */
	CaseResumed resume(LocalDate today, CaseCalendar calendar) {
		requireState(CaseState.SUSPENDED);
		Pause pause = pauses.stream().filter(Pause::running).findFirst().orElseThrow(() -> new CaseStateException(state));
		LocalDate lastPaused = today.minusDays(1);
		int days = lastPaused.isAfter(pause.startedOn())
				? calendar.workingDaysBetween(intake.unitId(), pause.startedOn(), lastPaused) : 0;
		pause.end(today, days);
		schedule = schedule.movedBy(days, 0, intake.unitId(), calendar);
		state = stateBefore == null ? CaseState.PROCESSING : stateBefore;
		stateBefore = null;
		return register(new CaseResumed(id, intake.unitId(), today, days, schedule.deadline()));
	}

	/** An extension (延期) may be asked for: before the deadline in force, and as {@link Schedule} requires. */
	void requireExtensionMayBeAsked(int workingDays, String reason, LocalDate today,
			Collection<CaseExtension> earlier, int maximum) {
		requireState(CaseState.ACCEPTED, CaseState.PROCESSING, CaseState.SUSPENDED);
		if (schedule.lateOn(today)) {
			throw new CaseRuleException("casework.extension.afterDeadline", schedule.deadline());
		}
		schedule.requireExtensionMayBeAsked(workingDays, reason, earlier, maximum);
	}

	/**
	 * An extension approved on the day, before the deadline in force passed: it moves that deadline; the promised and
	 * statutory ones stay.
	 */
	ExtensionApproved extend(int workingDays, LocalDate today, CaseCalendar calendar) {
		schedule.requireApprovableOn(today);
		schedule = schedule.movedBy(0, workingDays, intake.unitId(), calendar);
		return register(new ExtensionApproved(id, intake.unitId(), workingDays, schedule.deadline()));
	}

	/**
	 * Records the deadline's status when it got worse, publishing yellow and red once each (normal straight to red
	 * turns yellow too), and moves on the day it next worsens; returns whether the status changed.
	 */
	boolean markDeadline(DeadlineStatus status, CaseCalendar calendar) {
		DeadlineStatus before = schedule.status();
		if (!CLOCK_RUNNING.contains(state) || schedule.deadline() == null) {
			return false;
		}
		// a status that stands when its day came (a calendar changed since) only has its next day worked out again
		boolean worse = status.compareTo(before) > 0;
		schedule = schedule.marked(worse ? status : schedule.deadlineStatus(), intake.unitId(), calendar);
		if (!worse) {
			return false;
		}
		if (status == DeadlineStatus.YELLOW || before == DeadlineStatus.NORMAL) {
			register(new DeadlineTurnedYellow(id, intake.unitId(), intake.departmentId(), current.staffId(),
					schedule.deadline()));
		}
		if (status == DeadlineStatus.RED) {
			register(new DeadlineTurnedRed(id, intake.unitId(), intake.departmentId(), current.staffId(),
					schedule.deadline()));
		}
		return true;
	}

	// ---- closing ----------------------------------------------------------------------------------------------

	/** The last step of a case whose steps are all done, the one whose worker completes it. */
	Step lastStepDone() {
		requireState(CaseState.ACCEPTED, CaseState.PROCESSING);
		Optional<Step> open = steps.stream().filter(s -> s.completedOn() == null).findFirst();
		if (open.isPresent()) {
			throw new CaseRuleException("casework.complete.stepOpen", open.get().name());
		}
		return steps.get(steps.size() - 1);
	}

	/** Completes the case granted (准予) with its certificate. A refusal (不予) only comes through {@link #refuse}. */
	CaseCompleted complete(String certificateName, String certificateNumber, LocalDate today, CaseCalendar calendar) {
		lastStepDone();
		if (certificateName == null || certificateName.isBlank() || certificateNumber == null
				|| certificateNumber.isBlank()) {
			throw new SubmissionInvalidException("casework.complete.certificateMissing");
		}
		outcome = Outcome.granted(certificateName.strip(), certificateNumber.strip(), today);
		state = CaseState.COMPLETED;
		return completed(CaseResult.GRANTED, today, calendar);
	}

	/** Records delivery (送达); a certificate later than 10 working days after the decision is late. */
	CaseDelivered deliver(DeliveryMethod method, LocalDate deliveredOn, LocalDate today, CaseCalendar calendar) {
		requireState(CaseState.COMPLETED);
		if (method == null || deliveredOn == null || deliveredOn.isBefore(outcome.decidedOn())
				|| deliveredOn.isAfter(today)) {
			throw new SubmissionInvalidException("casework.deliver.dateInvalid", outcome.decidedOn());
		}
		boolean late = outcome.result() == CaseResult.GRANTED && deliveredOn
			.isAfter(calendar.deadline(intake.unitId(), outcome.decidedOn(), DELIVERY_WORKING_DAYS));
		outcome = outcome.delivered(method, deliveredOn, late);
		state = CaseState.DELIVERED;
		return register(new CaseDelivered(id, intake.unitId(), method, deliveredOn, late));
	}

	/** The applicant withdraws (撤回) an open case; a running pause ends without moving anything. */
	CaseWithdrawn withdraw(String reason, LocalDate today) {
		if (state.closed() || state == CaseState.REFUSAL_PENDING) {
			throw new CaseStateException(state);
		}
		if (reason == null || reason.isBlank()) {
			throw new SubmissionInvalidException("casework.withdraw.reasonMissing");
		}
		pauses.stream().filter(Pause::running).forEach(p -> p.end(today, 0));
		outcome = outcome.withdrawn(today);
		state = CaseState.WITHDRAWN;
		current = current.withoutStep();
		return register(new CaseWithdrawn(id, intake.unitId(), today));
	}

	// ---- refusal (否定报备制) -----------------------------------------------------------------------------------

	/** A refusal filed beyond the handler's authority: the case waits for the leader. */
	void awaitRefusalDecision() {
		requireState(CaseState.RECEIVED, CaseState.AWAITING_CORRECTION, CaseState.ACCEPTED, CaseState.PROCESSING);
		stateBefore = state;
		state = CaseState.REFUSAL_PENDING;
	}

	/** The leader disagreed: the case returns to its state before the filing. */
	void resumeAfterOverruledRefusal() {
		requireState(CaseState.REFUSAL_PENDING);
		state = stateBefore;
		stateBefore = null;
	}

	/**
	 * A refusal filing took effect (its filing confirmed by the refusal module): before acceptance the case is not
	 * accepted, after it completed refused, ending any pause and the open step.
	 */
	RefusalEnd refuse(LocalDate today, CaseCalendar calendar) {
		if (state == CaseState.NOT_ACCEPTED || outcome.result() == CaseResult.REFUSED) {
			return RefusalEnd.ALREADY;
		}
		CaseState base = state == CaseState.REFUSAL_PENDING ? stateBefore : state;
		if (base == CaseState.RECEIVED || base == CaseState.AWAITING_CORRECTION) {
			state = CaseState.NOT_ACCEPTED;
			stateBefore = base;
			outcome = outcome.notAccepted(today);
			return RefusalEnd.NOT_ACCEPTED;
		}
		if (base != CaseState.ACCEPTED && base != CaseState.PROCESSING && base != CaseState.SUSPENDED) {
			throw new CaseStateException(state);
		}
		pauses.stream().filter(Pause::running).forEach(p -> p.end(today, 0));
		state = CaseState.COMPLETED;
		stateBefore = base;
		outcome = outcome.refused(today);
		current = current.withoutStep();
		completed(CaseResult.REFUSED, today, calendar);
		return RefusalEnd.COMPLETED_REFUSED;
	}

	/** A reviewer found the refusal wrong: the case reopens in its state before the refusal, or PROCESSING. */
	void reopenAfterWrongRefusal() {
		if (state != CaseState.NOT_ACCEPTED && outcome.result() != CaseResult.REFUSED) {
			throw new CaseStateException(state);
		}
		state = stateBefore == null || stateBefore == CaseState.SUSPENDED ? CaseState.PROCESSING : stateBefore;
		stateBefore = null;
		outcome = outcome.undecided();
	}

	private CaseCompleted completed(CaseResult result, LocalDate today, CaseCalendar calendar) {
		Schedule s = schedule;
		return register(new CaseCompleted(id, intake.unitId(), intake.departmentId(), result, today,
				s.promisedDeadline(), s.withinPromise(today), s.workingDaysUsed(today, intake.unitId(), calendar),
				s.deadline(), s.statutoryDeadline(), s.withinStatutoryLimit(today)));
	}

	// ---- the rest -----------------------------------------------------------------------------------------------

	/** Fails unless the case is in one of the states; a use case asks early so that a bad request changes nothing. */
	void requireState(CaseState... allowed) {
		for (CaseState allowedState : allowed) {
			if (state == allowedState) {
				return;
			}
		}
		throw new CaseStateException(state);
	}

	private <T> T register(T event) {
		events.add(event);
		return event;
	}

	/** The events registered since the last save, handed to the repository once. */
	List<Object> releaseEvents() {
		List<Object> released = List.copyOf(events);
		events.clear();
		return released;
	}

	long id() {
		return id;
	}

	CaseIntake intake() {
		return intake;
	}

	ApplicantOnFile applicant() {
		return intake.applicant();
	}

	long unitId() {
		return intake.unitId();
	}

	long departmentId() {
		return intake.departmentId();
	}

	long itemId() {
		return intake.itemId();
	}

	int itemVersion() {
		return intake.itemVersion();
	}

	String itemName() {
		return intake.itemName();
	}

	String queryCode() {
		return intake.queryCode();
	}

	String caseNumber() {
		return caseNumber;
	}

	CaseState state() {
		return state;
	}

	CaseState stateBefore() {
		return stateBefore;
	}

	NoticePeriod notice() {
		return notice;
	}

	Schedule schedule() {
		return schedule;
	}

	LocalDate acceptedOn() {
		return schedule.acceptedOn();
	}

	LocalDate deadline() {
		return schedule.deadline();
	}

	Assignment current() {
		return current;
	}

	Outcome outcome() {
		return outcome;
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}

	List<Pause> pauses() {
		return List.copyOf(pauses);
	}
}
