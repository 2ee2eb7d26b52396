package org.xiaoneng.substitution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.SystemUse;
import org.xiaoneng.common.WorkItem;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.database.SweepCount;

/**
 * 同岗替代制 (the A/B post system of the administrative-efficiency rules): every post has a holder (A 角) and a
 * substitute (B 角); an absence is approved by the absentee's head (the leader, for heads), handed over to the
 * substitute before it starts when it lasts a working day or more, and never leaves a window or handling post with
 * nobody acting. {@link #whoActsFor(PostId, Instant)} is the question every module asks before routing work. Every
 * change is audited in its transaction; a refused request changes nothing.
 * <p>
 * The facade is the module's API and its transaction boundary: it resolves the caller once and hands the work to the
 * use case named after the action ({@link Coverage}, {@link AbsenceRequests}, {@link Approvals}, {@link WorkHandover},
 * {@link AbsenceSchedule}), which asks the {@link AbsenceRecord} whether the change is allowed and the
 * {@link CoverageRules} whether the posts stay covered.
 */
@Service
@Transactional(readOnly = true)
public class Substitutes {

	static final String MODULE = "substitution";

	/** The lock name of this module's sweep and the name its skipped rows are logged under. */
	static final String SWEEP = "substitution.absences";

	private final Callers callers;

	private final Coverage coverage;

	private final AbsenceRequests requests;

	private final Approvals approvals;

	private final WorkHandover handover;

	private final AbsenceReads reads;

	private final AbsenceSchedule schedule;

	private final Clock clock;

	Substitutes(Callers callers, Coverage coverage, AbsenceRequests requests, Approvals approvals, WorkHandover handover,
			AbsenceReads reads, AbsenceSchedule schedule, Clock clock) {
		this.callers = callers;
		this.coverage = coverage;
		this.requests = requests;
		this.approvals = approvals;
		this.handover = handover;
		this.reads = reads;
		this.schedule = schedule;
		this.clock = clock;
	}

	// ---- who acts ---------------------------------------------------------------------------------------------

	/**
	 * Who acts for the post at that moment: the person of an acting period (the substitute during an approved
	 * absence, or a designated third person), else the holder. One indexed look-up plus the holder when nobody else
	 * acts.
	 */
	public Acting whoActsFor(PostId postId, Instant at) {
		return coverage.whoActsFor(postId.value(), at);
	}

	/**
	 * Who acts for each post of the department at the opening of that day's office hours (值班看板), for its own staff
	 * and those whose scope covers it.
	 */
	public List<DutyRow> dutyBoard(DepartmentId departmentId, LocalDate day) {
		return coverage.dutyBoard(departmentId.value(), day, callers.current());
	}

	/**
	 * The open work of everyone this person acts for right now (代岗): the absentee's items, which their work list
	 * shows marked as done on someone's behalf.
	 */
	public List<ActingWork> actingWorkOf(StaffId staffId) {
		return coverage.actingWorkOf(staffId.value());
	}

	/**
	 * The posts this person acts for right now (代岗), each with its holder, without their work: for a list that
	 * selects that work in its own query (issue 20: an absentee may hold thousands of open items), matching holder
	 * and post together, since a holder of two posts covered on one keeps the other's work (decision 0055).
	 */
	@SystemUse
	public List<ActedFor> actedForNow(StaffId staffId) {
		return coverage.postsActedFor(staffId.value());
	}

	// ---- substitutes (B 角) -----------------------------------------------------------------------------------

	/**
	 * Names the substitute of a post: a person (of any department: the caller's approval is what makes it so) or the
	 * holder of another post. The caller must be an administrator, a leader, or the head over the post's department.
	 *
	 * @throws SubstituteIsHolderException when the substitute is the post itself or one of its holders
	 */
	@Transactional
	public Assignment assignSubstitute(PostId postId, Long substituteStaffId, Long substitutePostId) {
		return coverage.assignSubstitute(postId.value(), substituteStaffId, substitutePostId, callers.current());
	}

	public Optional<Assignment> assignmentOf(PostId postId) {
		return coverage.assignmentOf(postId.value());
	}

	/**
	 * {@link #whoActsFor} for a caller who may see the post's holders (issue 13, finding 7: who acts for a post names
	 * its people).
	 *
	 * @throws org.xiaoneng.common.RuleViolationException not found, when the post lies outside the caller's scope
	 */
	public Acting visibleActingFor(PostId postId, Instant at) {
		coverage.requireHoldersVisible(postId.value());
		return whoActsFor(postId, at);
	}

	/** {@link #assignmentOf} for a caller who may see the post's holders, as {@link #visibleActingFor}. */
	public Optional<Assignment> visibleAssignmentOf(PostId postId) {
		coverage.requireHoldersVisible(postId.value());
		return assignmentOf(postId);
	}

	/** The person who stands in for the post now: the named substitute, or the first holder of the substitute post. */
	public Optional<Long> substituteOf(PostId postId) {
		return coverage.substituteOf(postId.value());
	}

	/** The posts of the department that have no substitute on record (they are shown to the head and ADMIN). */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public List<Post> postsWithoutSubstitute(DepartmentId departmentId) {
		return coverage.postsWithoutSubstitute(departmentId.value(), callers.current());
	}

	/**
	 * Names who acts for a leader: the principal leader (or an administrator) names the acting leader of a deputy,
	 * and an administrator names the deputy who acts for the principal.
	 */
	@Transactional
	public ActingLeader nameActingLeader(StaffId leaderStaffId, StaffId actingStaffId) {
		return coverage.nameActingLeader(leaderStaffId.value(), actingStaffId.value(), callers.current());
	}

	public Optional<ActingLeader> actingLeaderOf(StaffId leaderStaffId) {
		return coverage.actingLeaderOf(leaderStaffId.value());
	}

	// ---- absences ---------------------------------------------------------------------------------------------

	/** The open work of the staff member from every module: what a handover of theirs would list now. */
	public List<WorkItem> handoverPreview(StaffId staffId) {
		return handover.preview(staffId.value());
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
		return reads.existing(requests.request(request, callers.current()));
	}

	/**
	 * Registers an absence that is approved at once, by the absentee's head (e.g. sick leave reported afterwards).
	 * It is not refused when it leaves a post uncovered; when it starts, {@link PostLeftUncovered} is published for
	 * each such post, so that a leader designates someone.
	 */
	@Transactional
	public Absence registerAbsence(NewAbsence request) {
		return reads.existing(requests.register(request, callers.current()));
	}

	/** The absentee notes how to carry on with one item of their handover list. */
	@Transactional
	public List<HandoverItem> noteHandover(long absenceId, int position, String note) {
		return handover.note(absenceId, position, note, callers.current());
	}

	/**
	 * The substitute acknowledges the handover list; publishes {@link HandoverAcknowledged}.
	 *
	 * @throws NotTheSubstituteException when the caller is not the substitute named on the absence
	 */
	@Transactional
	public Absence acknowledgeHandover(long absenceId) {
		handover.acknowledge(absenceId, callers.current());
		return reads.existing(absenceId);
	}

	/**
	 * The head (the leader, for heads) approves the absence; the substitutes' acting periods go on record and
	 * {@link AbsenceApproved} is published.
	 *
	 * @throws ApprovalAuthorityMissingException when the caller has no authority over the absentee
	 * @throws HandoverPendingException when a needed handover has not been acknowledged yet
	 */
	@Transactional
	public Absence approve(long absenceId) {
		approvals.approve(absenceId, callers.current());
		return reads.existing(absenceId);
	}

	/** The substitute reports what was done while the holder was away (交回). */
	@Transactional
	public Absence recordReturn(long absenceId, String report) {
		handover.recordReturn(absenceId, report, callers.current());
		return reads.existing(absenceId);
	}

	/**
	 * A leader with authority over the post's department designates a third person to act for the post for a
	 * period (holder and substitute both away), with the reason on record.
	 */
	@Transactional
	public void designate(PostId postId, Instant from, Instant to, StaffId staffId, String reason) {
		coverage.designate(postId.value(), from, to, staffId.value(), reason, callers.current());
	}

	/**
	 * An absence with its reason, for those who may read it: the absentee, the substitute, heads and leaders over
	 * them or who approve it, administrators and supervisors.
	 *
	 * @throws SubstitutionRecordNotFoundException when there is no such absence or the caller may not read it
	 */
	public Absence absence(long id) {
		return reads.absence(id, callers.current());
	}

	/** The handover list of an absence the caller may read. */
	public List<HandoverItem> handoverOf(long absenceId) {
		return reads.handoverOf(absenceId, callers.current());
	}

	/** The absences of a staff member, with their reasons, for those who may read them. */
	public List<Absence> absencesOf(StaffId staffId) {
		return reads.absencesOf(staffId.value(), callers.current());
	}

	/** Whether the staff member is away at that moment (an approved or started absence); no reasons given. */
	public boolean isAway(StaffId staffId, Instant at) {
		return reads.isAway(staffId.value(), at);
	}

	/** The absences for which this person is the substitute (their inbox of handovers), as far as the caller may read. */
	public List<Absence> handoversFor(StaffId staffId) {
		return reads.handoversFor(staffId.value(), callers.current());
	}

	/**
	 * What the staff member did on holders' behalf between the two days, each piece with its timeliness, measured as
	 * the holder's own work is (the source text 六(五)); for a caller whose data scope covers them.
	 *
	 * @throws CoveredWorkTooLongException unless the period ends on or after its start and lasts at most a year
	 */
	public CoveredWork coveredWorkOf(StaffId staffId, LocalDate from, LocalDate to) {
		return reads.coveredWorkOf(staffId.value(), from, to);
	}

	/** The requested absences the caller has the authority to approve. */
	public List<Absence> awaitingMyApproval() {
		return approvals.awaitingApprovalBy(callers.current());
	}

	/**
	 * The caller as a staff member at work.
	 *
	 * @throws StaffNotLinkedException when the caller's account is not linked to one
	 */
	public StaffMember me() {
		return callers.current().staff().orElseThrow(StaffNotLinkedException::new);
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
		return schedule.sweep();
	}
}
