package org.xiaoneng.substitution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.WorkItem;
import org.xiaoneng.common.WorkItemSource;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * 同岗替代制 (the A/B post system of the administrative-efficiency rules): every post has a holder (A 角) and a
 * substitute (B 角); an absence is approved by the absentee's head (the leader, for heads), handed over to the
 * substitute before it starts when it lasts a working day or more, and never leaves a window or handling post with
 * nobody acting. {@link #whoActsFor(long, Instant)} is the question every module asks before routing work. Every
 * change is audited in its transaction; a refused request changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Substitutes {

	static final String MODULE = "substitution";

	/** The lock name of this module's sweep and the name its skipped rows are logged under. */
	static final String SWEEP = "substitution.absences";

	private static final Set<PostKind> MUST_STAY_COVERED = Set.of(PostKind.WINDOW, PostKind.HANDLING);

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final Assignments assignments;

	private final Absences absences;

	private final ActingPeriods actingPeriods;

	private final List<WorkItemSource> workSources;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Callers callers;

	private final SubstitutionSettings settings;

	private final Sweeps sweeps;

	Substitutes(Callers callers, Organization organization, WorkingDayCalendar calendar, Assignments assignments,
			Absences absences,
			ActingPeriods actingPeriods, List<WorkItemSource> workSources, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock, SubstitutionSettings settings, Sweeps sweeps) {
		this.sweeps = sweeps;
		this.organization = organization;
		this.calendar = calendar;
		this.assignments = assignments;
		this.absences = absences;
		this.actingPeriods = actingPeriods;
		this.workSources = workSources;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
		this.callers = callers;
		this.settings = settings;
	}

	// ---- who acts ---------------------------------------------------------------------------------------------

	/**
	 * Who acts for the post at that moment: the person of an acting period (the substitute during an approved
	 * absence, or a designated third person), else the holder. One indexed look-up plus the holder when nobody else
	 * acts.
	 */
	public Acting whoActsFor(long postId, Instant at) {
		Optional<ActingPeriods.Period> period = actingPeriods.at(postId, at);
		if (period.isPresent()) {
			ActingPeriods.Period p = period.get();
			return new Acting(postId, p.actingStaffId(), p.reason(), p.absenceId());
		}
		Long holder = organization.holdersOf(postId).stream().map(StaffMember::id).findFirst().orElse(null);
		return new Acting(postId, holder, ActingReason.HOLDER, null);
	}

	/**
	 * Who acts for each post of the department at the opening of that day's office hours (值班看板), for callers who
	 * may see the department (see {@link #requireBoardOf(long)}).
	 */
	public List<DutyRow> dutyBoard(long departmentId, LocalDate day) {
		requireBoardOf(departmentId);
		Instant at = day.atTime(settings.officeOpens()).atZone(zone()).toInstant();
		return organization.postsOf(departmentId).stream().map(post -> {
			Acting acting = whoActsFor(post.id(), at);
			String name = acting.staffId() == null ? null : organization.staffMember(acting.staffId()).name();
			return new DutyRow(post.id(), post.name(), acting, name);
		}).toList();
	}

	/**
	 * The open work of everyone this person acts for right now (代岗): the absentee's items, which their work list
	 * shows marked as done on someone's behalf.
	 */
	public List<ActingWork> actingWorkOf(long staffId) {
		Instant now = clock.instant();
		List<ActingWork> work = new ArrayList<>();
		for (ActingPeriods.Period period : actingPeriods.actedBy(staffId, now, now.plusMillis(1))) {
			Acting holder = holderOf(period.postId());
			if (holder.staffId() == null) {
				continue;
			}
			String number = organization.staffMember(holder.staffId()).staffNumber();
			WorkItemSource.openItemsOf(number, workSources)
				.forEach(item -> work.add(new ActingWork(item, holder.staffId(), period.postId())));
		}
		return work;
	}

	private Acting holderOf(long postId) {
		Long holder = organization.holdersOf(postId).stream().map(StaffMember::id).findFirst().orElse(null);
		return new Acting(postId, holder, ActingReason.HOLDER, null);
	}

	// ---- substitutes (B 角) -----------------------------------------------------------------------------------

	/**
	 * Names the substitute of a post: a person (of any department: the caller's approval is what makes it so) or the
	 * holder of another post. The caller must be an administrator, a leader, or the head over the post's department.
	 *
	 * @throws SubstituteIsHolderException when the substitute is the post itself or one of its holders
	 */
	@Transactional
	public Assignment assignSubstitute(long postId, Long substituteStaffId, Long substitutePostId) {
		Post post = organization.post(postId);
		requireHeadOrAbove(post.departmentId());
		if ((substituteStaffId == null) == (substitutePostId == null)) {
			throw new SubstituteIsHolderException();
		}
		if (substitutePostId != null) {
			organization.post(substitutePostId);
			if (substitutePostId == postId) {
				throw new SubstituteIsHolderException();
			}
		}
		else {
			organization.staffMember(substituteStaffId);
			if (organization.holdersOf(postId).stream().anyMatch(holder -> holder.id() == substituteStaffId)) {
				throw new SubstituteIsHolderException();
			}
		}
		Optional<Assignment> before = assignments.find(postId);
		Assignment assignment = new Assignment(postId, substituteStaffId, substitutePostId, callerName(),
				clock.instant());
		assignments.save(assignment);
		auditLog.record(new AuditEntry(MODULE, "substitute.assigned", String.valueOf(postId),
				before.map(Substitutes::describe).orElse(null), describe(assignment)));
		return assignment;
	}

	public Optional<Assignment> assignmentOf(long postId) {
		return assignments.find(postId);
	}

	/**
	 * {@link #whoActsFor} for a caller who may see the post's holders (issue 13, finding 7: who acts for a post names
	 * its people).
	 *
	 * @throws org.xiaoneng.common.RuleViolationException not found, when the post lies outside the caller's scope
	 */
	public Acting visibleActingFor(long postId, Instant at) {
		organization.visibleHoldersOf(postId);
		return whoActsFor(postId, at);
	}

	/** {@link #assignmentOf} for a caller who may see the post's holders, as {@link #visibleActingFor}. */
	public Optional<Assignment> visibleAssignmentOf(long postId) {
		organization.visibleHoldersOf(postId);
		return assignmentOf(postId);
	}

	/** The person who stands in for the post now: the named substitute, or the first holder of the substitute post. */
	public Optional<Long> substituteOf(long postId) {
		return assignments.find(postId).flatMap(assignment -> assignment.substituteStaffId() != null
				? Optional.of(assignment.substituteStaffId())
				: organization.holdersOf(assignment.substitutePostId()).stream().map(StaffMember::id).findFirst());
	}

	/** The posts of the department that have no substitute on record (they are shown to the head and ADMIN). */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public List<Post> postsWithoutSubstitute(long departmentId) {
		requireBoardOf(departmentId);
		List<Post> posts = organization.postsOf(departmentId);
		Set<Long> assigned = Set.copyOf(assignments.assignedAmong(posts.stream().map(Post::id).toList()));
		return posts.stream().filter(post -> !assigned.contains(post.id())).toList();
	}

	/**
	 * Names who acts for a leader: the principal leader (or an administrator) names the acting leader of a deputy,
	 * and an administrator names the deputy who acts for the principal.
	 */
	@Transactional
	public ActingLeader nameActingLeader(long leaderStaffId, long actingStaffId) {
		StaffMember leader = organization.staffMember(leaderStaffId);
		StaffMember acting = organization.staffMember(actingStaffId);
		if (leaderStaffId == actingStaffId) {
			throw new SubstituteIsHolderException();
		}
		Long principal = organization.leadership(leader.unitId()).principalLeaderId();
		boolean principalNamesForDeputy = principal != null && principal != leaderStaffId
				&& callerStaff().filter(caller -> caller.id() == principal).isPresent();
		if (!callerIs("ADMIN") && !principalNamesForDeputy) {
			throw new ApprovalAuthorityMissingException();
		}
		Optional<ActingLeader> before = assignments.actingLeader(leaderStaffId);
		ActingLeader named = new ActingLeader(leaderStaffId, acting.id(), callerName(), clock.instant());
		assignments.saveActingLeader(named);
		auditLog.record(new AuditEntry(MODULE, "acting-leader.named", String.valueOf(leaderStaffId),
				before.map(b -> "acting=" + b.actingStaffId()).orElse(null), "acting=" + acting.id()));
		return named;
	}

	public Optional<ActingLeader> actingLeaderOf(long leaderStaffId) {
		return assignments.actingLeader(leaderStaffId);
	}

	// ---- absences ---------------------------------------------------------------------------------------------

	/** The open work of the staff member from every module: what a handover of theirs would list now. */
	public List<WorkItem> handoverPreview(long staffId) {
		return WorkItemSource.openItemsOf(organization.staffMember(staffId).staffNumber(), workSources);
	}

	/**
	 * Asks for an absence, by the absentee or their head. When it covers the office hours of a working day or more,
	 * the absentee's open work becomes its handover list for the substitute to acknowledge.
	 *
	 * @throws AbsencePeriodReversedException when it does not end after it starts
	 * @throws AbsencesOverlapException when the absentee is already away during part of it
	 * @throws PostWouldBeUncoveredException when a window or handling post would have nobody acting
	 */
	@Transactional
	public Absence requestAbsence(NewAbsence request) {
		StaffMember absentee = validated(request);
		if (callerStaff().filter(caller -> caller.id() == absentee.id()).isEmpty()) {
			requireApprover(absentee);
		}
		requireCovered(absentee, request.from(), request.to());
		boolean handover = lastsAWorkingDay(absentee, request.from(), request.to());
		long id = absences.insert(request, absentee.departmentId(), AbsenceStatus.REQUESTED, handover,
				mainSubstitute(absentee).orElse(null), callerName(), clock.instant());
		if (handover) {
			absences.insertHandover(id, handoverPreview(absentee.id()));
		}
		auditLog.record(new AuditEntry(MODULE, "absence.requested", String.valueOf(id), null, describe(request)));
		return existing(id);
	}

	/**
	 * Registers an absence that is approved at once, by the absentee's head (e.g. sick leave reported afterwards).
	 * It is not refused when it leaves a post uncovered; when it starts, {@link PostLeftUncovered} is published for
	 * each such post, so that a leader designates someone.
	 */
	@Transactional
	public Absence registerAbsence(NewAbsence request) {
		StaffMember absentee = validated(request);
		requireApprover(absentee);
		long id = absences.insert(request, absentee.departmentId(), AbsenceStatus.REQUESTED, false,
				mainSubstitute(absentee).orElse(null), callerName(), clock.instant());
		auditLog.record(new AuditEntry(MODULE, "absence.registered", String.valueOf(id), null, describe(request)));
		approveChecked(existing(id), absentee);
		return existing(id);
	}

	/** The absentee notes how to carry on with one item of their handover list. */
	@Transactional
	public List<HandoverItem> noteHandover(long absenceId, int position, String note) {
		Absence absence = absence(absenceId);
		if (callerStaff().filter(caller -> caller.id() == absence.staffId()).isEmpty()) {
			throw new ApprovalAuthorityMissingException();
		}
		if (absence.acknowledged() || absence.status() != AbsenceStatus.REQUESTED) {
			throw new AbsenceStatusException();
		}
		if (!absences.note(absenceId, position, note == null || note.isBlank() ? null : note.strip())) {
			throw new SubstitutionRecordNotFoundException("handoverItem", position);
		}
		auditLog.record(new AuditEntry(MODULE, "handover.noted", absenceId + "#" + position, null, null));
		return absences.handover(absenceId);
	}

	/**
	 * The substitute acknowledges the handover list; publishes {@link HandoverAcknowledged}.
	 *
	 * @throws NotTheSubstituteException when the caller is not the substitute named on the absence
	 */
	@Transactional
	public Absence acknowledgeHandover(long absenceId) {
		Absence absence = absence(absenceId);
		requireSubstitute(absence);
		if (absence.acknowledged() || absence.status() == AbsenceStatus.ENDED) {
			throw new AbsenceStatusException();
		}
		Instant now = clock.instant();
		absences.acknowledge(absenceId, now);
		auditLog.record(AuditEntry.of(MODULE, "handover.acknowledged", String.valueOf(absenceId)));
		events.publishEvent(new HandoverAcknowledged(absenceId, absence.staffId(), absence.substituteStaffId(), now));
		return existing(absenceId);
	}

	/**
	 * The head (the leader, for heads) approves the absence; the substitutes' acting periods go on record.
	 *
	 * @throws ApprovalAuthorityMissingException when the caller has no authority over the absentee
	 * @throws HandoverPendingException when a needed handover has not been acknowledged yet
	 */
	@Transactional
	public Absence approve(long absenceId) {
		Absence absence = absence(absenceId);
		StaffMember absentee = organization.staffMember(absence.staffId());
		requireApprover(absentee);
		if (absence.status() != AbsenceStatus.REQUESTED) {
			throw new AbsenceStatusException();
		}
		if (absence.handoverRequired() && !absence.acknowledged()) {
			throw new HandoverPendingException();
		}
		approveChecked(absence, absentee);
		return existing(absenceId);
	}

	/** The substitute reports what was done while the holder was away (交回). */
	@Transactional
	public Absence recordReturn(long absenceId, String report) {
		Absence absence = absence(absenceId);
		requireSubstitute(absence);
		if (absence.status() == AbsenceStatus.REQUESTED) {
			throw new AbsenceStatusException();
		}
		String text = report == null ? "" : report.strip();
		absences.recordReturn(absenceId, text, clock.instant());
		auditLog.record(new AuditEntry(MODULE, "absence.returned", String.valueOf(absenceId), null,
				text.length() + " characters"));
		return existing(absenceId);
	}

	/**
	 * A leader with authority over the post's department designates a third person to act for the post for a
	 * period (holder and substitute both away), with the reason on record.
	 */
	@Transactional
	public void designate(long postId, Instant from, Instant to, long staffId, String reason) {
		Post post = organization.post(postId);
		if (!callerIs("ADMIN") && !hasAuthority(post.departmentId(), DecisionLevel.DEPUTY_LEADER)) {
			throw new ApprovalAuthorityMissingException();
		}
		if (!to.isAfter(from)) {
			throw new AbsencePeriodReversedException();
		}
		organization.staffMember(staffId);
		if (!actingPeriods.overlapping(postId, from, to).isEmpty()) {
			throw new AbsencesOverlapException();
		}
		actingPeriods.insert(postId, from, to, staffId, ActingReason.DESIGNATED, null, reason.strip(), callerName());
		auditLog.record(new AuditEntry(MODULE, "acting.designated", String.valueOf(postId), null,
				"staff=" + staffId + ", " + from + ".." + to + ", reason=" + reason.strip()));
	}

	/**
	 * An absence with its reason, for those who may read it (see {@link #mayRead(Absence)}).
	 *
	 * @throws SubstitutionRecordNotFoundException when there is no such absence or the caller may not read it
	 */
	public Absence absence(long id) {
		return Optional.of(existing(id))
			.filter(this::mayRead)
			.orElseThrow(() -> new SubstitutionRecordNotFoundException("absence", id));
	}

	private Absence existing(long id) {
		return absences.find(id).orElseThrow(() -> new SubstitutionRecordNotFoundException("absence", id));
	}

	/** The handover list of an absence the caller may read. */
	public List<HandoverItem> handoverOf(long absenceId) {
		absence(absenceId);
		return absences.handover(absenceId);
	}

	/** The absences of a staff member, with their reasons, for those who may read them. */
	public List<Absence> absencesOf(long staffId) {
		return absences.of(staffId).stream().filter(this::mayRead).toList();
	}

	/** Whether the staff member is away at that moment (an approved or started absence); no reasons given. */
	public boolean isAway(long staffId, Instant at) {
		return absences.of(staffId)
			.stream()
			.anyMatch(absence -> (absence.status() == AbsenceStatus.APPROVED
					|| absence.status() == AbsenceStatus.STARTED) && !absence.from().isAfter(at)
					&& absence.to().isAfter(at));
	}

	/** The absences for which this person is the substitute (their inbox of handovers), as far as the caller may read. */
	public List<Absence> handoversFor(long staffId) {
		return absences.substitutedBy(staffId).stream().filter(this::mayRead).toList();
	}

	/** The requested absences the caller has the authority to approve. */
	public List<Absence> awaitingMyApproval() {
		return absences.withStatus(AbsenceStatus.REQUESTED)
			.stream()
			.filter(absence -> isApprover(organization.staffMember(absence.staffId())))
			.toList();
	}

	/**
	 * The caller as a staff member at work.
	 *
	 * @throws StaffNotLinkedException when the caller's account is not linked to one
	 */
	public StaffMember me() {
		return callerStaff().orElseThrow(StaffNotLinkedException::new);
	}

	/** Now, by the platform's clock. */
	public Instant now() {
		return clock.instant();
	}

	/** Today in the platform's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	// ---- time-driven ------------------------------------------------------------------------------------------

	/**
	 * Starts the approved absences whose time has come and ends the started ones whose time is over, publishing
	 * {@link AbsenceStarted} and {@link AbsenceEnded}, each absence on its own; counts them.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount sweep() {
		Instant now = clock.instant();
		// each absence in its own transaction, and only the run that moves its status announces it
		SweepCount started = sweeps.each(SWEEP,
				absences.withStatus(AbsenceStatus.APPROVED).stream().filter(a -> !a.from().isAfter(now)).toList(),
				Absence::id, absence -> {
					if (!absences.changeStatus(absence.id(), AbsenceStatus.APPROVED, AbsenceStatus.STARTED)) {
						return false;
					}
					auditLog.recordAs("system", AuditEntry.of(MODULE, "absence.started", String.valueOf(absence.id())));
					events.publishEvent(
							new AbsenceStarted(absence.id(), absence.staffId(), absence.substituteStaffId(), now));
					publishUncovered(absence);
					return true;
				});
		SweepCount ended = sweeps.each(SWEEP,
				absences.withStatus(AbsenceStatus.STARTED).stream().filter(a -> !a.to().isAfter(now)).toList(),
				Absence::id, absence -> {
					if (!absences.changeStatus(absence.id(), AbsenceStatus.STARTED, AbsenceStatus.ENDED)) {
						return false;
					}
					auditLog.recordAs("system", AuditEntry.of(MODULE, "absence.ended", String.valueOf(absence.id())));
					events.publishEvent(
							new AbsenceEnded(absence.id(), absence.staffId(), absence.substituteStaffId(), now));
					return true;
				});
		return started.plus(ended);
	}

	/** Each window or handling post of a starting absence that nobody acts for (no acting period) is reported. */
	private void publishUncovered(Absence absence) {
		for (Long postId : organization.staffMember(absence.staffId()).postIds()) {
			if (MUST_STAY_COVERED.contains(organization.post(postId).kind())
					&& actingPeriods.at(postId, absence.from()).isEmpty()) {
				events.publishEvent(new PostLeftUncovered(postId, absence.id(), absence.from(), absence.to()));
			}
		}
	}

	// ---- rules ------------------------------------------------------------------------------------------------

	private StaffMember validated(NewAbsence request) {
		Objects.requireNonNull(request.kind(), "kind");
		if (!request.to().isAfter(request.from())) {
			throw new AbsencePeriodReversedException();
		}
		StaffMember absentee = organization.staffMember(request.staffId());
		absences.overlapping(Set.of(absentee.id()), request.from(), request.to()).stream().findFirst().ifPresent(
				other -> {
					throw new AbsencesOverlapException(format(other.from()), format(other.to()));
				});
		return absentee;
	}

	/**
	 * A and B are never away together: each window or handling post of the absentee needs a substitute at work (or a
	 * designated third person), and the absentee must not be the one acting for someone else then.
	 */
	private void requireCovered(StaffMember absentee, Instant from, Instant to) {
		String unitCode = organization.unit(absentee.unitId()).creditCode();
		// Only office hours of working days must be covered: two absences that meet at night or on a weekend are fine.
		if (!inOfficeHours(unitCode, from, to)) {
			return;
		}
		Set<Long> actedFor = new LinkedHashSet<>();
		actingPeriods.actedBy(absentee.id(), from, to)
			.stream()
			.filter(period -> overlapInOfficeHours(unitCode, from, to, period.from(), period.to()))
			.forEach(period -> actedFor.add(period.postId()));
		for (Absence other : absences.substitutedBy(absentee.id(), from, to)
			.stream()
			.filter(other -> overlapInOfficeHours(unitCode, from, to, other.from(), other.to()))
			.toList()) {
			organization.staffMember(other.staffId())
				.postIds()
				.stream()
				.filter(postId -> substituteOf(postId).filter(id -> id == absentee.id()).isPresent())
				.forEach(actedFor::add);
		}
		for (Long postId : actedFor) {
			Post post = organization.post(postId);
			if (MUST_STAY_COVERED.contains(post.kind()) && !designatedThroughout(postId, from, to)) {
				throw new PostWouldBeUncoveredException(post.name(), absentee.name());
			}
		}

		for (Long postId : absentee.postIds()) {
			Post post = organization.post(postId);
			if (!MUST_STAY_COVERED.contains(post.kind()) || designatedThroughout(postId, from, to)) {
				continue;
			}
			Optional<Long> substitute = substituteOf(postId).filter(id -> id != absentee.id());
			if (substitute.isEmpty()) {
				throw new PostWouldBeUncoveredException(post.name(), "—");
			}
			if (absences.overlapping(Set.of(substitute.get()), from, to)
				.stream()
				.anyMatch(other -> overlapInOfficeHours(unitCode, from, to, other.from(), other.to()))) {
				throw new PostWouldBeUncoveredException(post.name(),
						organization.staffMember(substitute.get()).name());
			}
		}
	}

	private boolean designatedThroughout(long postId, Instant from, Instant to) {
		return actingPeriods.overlapping(postId, from, to)
			.stream()
			.anyMatch(period -> period.reason() == ActingReason.DESIGNATED && !period.from().isAfter(from)
					&& !period.to().isBefore(to));
	}

	/** Writes the acting periods of the absentee's posts and marks the absence approved. */
	private void approveChecked(Absence absence, StaffMember absentee) {
		for (Long postId : absentee.postIds()) {
			if (!actingPeriods.overlapping(postId, absence.from(), absence.to()).isEmpty()) {
				continue;
			}
			Optional<Long> substitute = substituteOf(postId).filter(id -> id != absentee.id())
				.filter(id -> absences.overlapping(Set.of(id), absence.from(), absence.to())
					.stream()
					.noneMatch(other -> other.id() != absence.id()));
			substitute.ifPresent(id -> actingPeriods.insert(postId, absence.from(), absence.to(), id,
					ActingReason.SUBSTITUTE, absence.id(), null, null));
		}
		absences.approve(absence.id(), callerName(), clock.instant());
		auditLog.record(AuditEntry.of(MODULE, "absence.approved", String.valueOf(absence.id())));
	}

	private boolean overlapInOfficeHours(String unitCode, Instant from, Instant to, Instant otherFrom,
			Instant otherTo) {
		Instant start = from.isAfter(otherFrom) ? from : otherFrom;
		Instant end = to.isBefore(otherTo) ? to : otherTo;
		return start.isBefore(end) && inOfficeHours(unitCode, start, end);
	}

	/** Whether [from, to) reaches into the office hours of at least one working day of the unit. */
	private boolean inOfficeHours(String unitCode, Instant from, Instant to) {
		LocalDate last = to.atZone(zone()).toLocalDate();
		for (LocalDate day = from.atZone(zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			Instant opens = day.atTime(settings.officeOpens()).atZone(zone()).toInstant();
			Instant closes = day.atTime(settings.officeCloses()).atZone(zone()).toInstant();
			if (from.isBefore(closes) && to.isAfter(opens) && calendar.day(unitCode, day).workingDay()) {
				return true;
			}
		}
		return false;
	}

	/** Whether it covers the office hours of at least one working day of the absentee's unit. */
	private boolean lastsAWorkingDay(StaffMember absentee, Instant from, Instant to) {
		String unitCode = organization.unit(absentee.unitId()).creditCode();
		LocalDate last = to.atZone(zone()).toLocalDate();
		for (LocalDate day = from.atZone(zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			Instant opens = day.atTime(settings.officeOpens()).atZone(zone()).toInstant();
			Instant closes = day.atTime(settings.officeCloses()).atZone(zone()).toInstant();
			if (!from.isAfter(opens) && !to.isBefore(closes) && calendar.day(unitCode, day).workingDay()) {
				return true;
			}
		}
		return false;
	}

	/** The substitute of the absentee's first window or handling post, else of their first post. */
	private Optional<Long> mainSubstitute(StaffMember absentee) {
		List<Long> ordered = new ArrayList<>();
		absentee.postIds().stream().filter(id -> MUST_STAY_COVERED.contains(organization.post(id).kind())).forEach(ordered::add);
		ordered.addAll(absentee.postIds());
		return ordered.stream()
			.map(this::substituteOf)
			.flatMap(Optional::stream)
			.filter(id -> id != absentee.id())
			.findFirst();
	}

	private void requireSubstitute(Absence absence) {
		Optional<StaffMember> caller = callerStaff();
		if (absence.substituteStaffId() == null || caller.isEmpty()
				|| caller.get().id() != absence.substituteStaffId()) {
			throw new NotTheSubstituteException();
		}
	}

	private void requireApprover(StaffMember absentee) {
		if (!isApprover(absentee)) {
			throw new ApprovalAuthorityMissingException();
		}
	}

	/** The head of the absentee's department approves; a head's (or a higher leader's) absence goes up a level. */
	private boolean isApprover(StaffMember absentee) {
		Optional<StaffMember> caller = callerStaff();
		if (caller.isEmpty() || caller.get().id() == absentee.id()) {
			return false;
		}
		for (DecisionLevel level : DecisionLevel.values()) {
			Optional<StaffMember> authority = organization.authorityOver(absentee.departmentId(), level);
			if (authority.isPresent() && authority.get().id() != absentee.id()) {
				return authority.get().id() == caller.get().id();
			}
		}
		return false;
	}

	private void requireHeadOrAbove(long departmentId) {
		if (callerIs("ADMIN") || hasAuthority(departmentId, DecisionLevel.DEPARTMENT_HEAD)
				|| hasAuthority(departmentId, DecisionLevel.DEPUTY_LEADER)
				|| hasAuthority(departmentId, DecisionLevel.PRINCIPAL_LEADER)) {
			return;
		}
		throw new ApprovalAuthorityMissingException();
	}

	private boolean hasAuthority(long departmentId, DecisionLevel level) {
		Optional<StaffMember> caller = callerStaff();
		return caller.isPresent() && organization.authorityOver(departmentId, level)
			.filter(authority -> authority.id() == caller.get().id())
			.isPresent();
	}

	/**
	 * Absences and their reasons are personal: readable by the absent person, their substitute (who takes the
	 * handover), heads and leaders whose scope covers the absentee's department or who approve the absence,
	 * administrators (who run the
	 * organisation) and supervisors (who read the whole region) — not by colleagues, nor by the security
	 * administrator, the auditor or the disclosure editor.
	 */
	private boolean mayRead(Absence absence) {
		Caller caller = callers.current();
		if (caller.isSystem() || caller.hasRole("ADMIN") || caller.hasRole("SUPERVISOR") || caller.is(absence.staffId())
				|| caller.is(absence.substituteStaffId())) {
			return true;
		}
		StaffMember absentee = organization.staffMember(absence.staffId());
		return caller.leadsOver(absentee.unitId(), absentee.departmentId()) || isApprover(absentee);
	}

	/**
	 * The duty board and the posts without a substitute of a department: for its own staff and those whose scope
	 * covers it; to anyone else the department does not exist.
	 */
	private void requireBoardOf(long departmentId) {
		Department department = organization.department(departmentId);
		Caller caller = callers.current();
		boolean own = caller.staff().filter(me -> me.departmentId() == departmentId).isPresent();
		if (!own && !caller.sees(department.unitId(), departmentId)) {
			throw new SubstitutionRecordNotFoundException("department", departmentId);
		}
	}

	private Optional<StaffMember> callerStaff() {
		return callers.current().staff();
	}

	private boolean callerIs(String role) {
		return callers.current().hasRole(role);
	}

	private String callerName() {
		return callers.current().name();
	}

	private ZoneId zone() {
		return clock.getZone();
	}

	private String format(Instant instant) {
		return instant.atZone(zone()).toLocalDateTime().toString().replace('T', ' ');
	}

	private static String describe(Assignment assignment) {
		return assignment.substituteStaffId() != null ? "staff=" + assignment.substituteStaffId()
				: "post=" + assignment.substitutePostId();
	}

	private static String describe(NewAbsence request) {
		return "staff=" + request.staffId() + ", kind=" + request.kind() + ", " + request.from() + ".." + request.to();
	}
}
