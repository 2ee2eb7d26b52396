package org.xiaoneng.refusal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.platform.database.SweepCount;

/**
 * 否定报备制: there is no refusal without a filing. A handler refuses a case (不予受理 before acceptance, 不予许可 or
 * 不予办理 after it) only by filing it here. Within the authority the item gives the handler, the refusal takes effect at
 * once and is reported to the department head; beyond it the filing goes to the leader with that authority (or who
 * acts for them while they are away), who agrees or sends the case back with an instruction within the limit; a major
 * matter is decided collectively. A refusal in effect gives the applicant a written notice with the remedies, may be
 * followed by the return of the materials, and is reviewed by leaders and supervisors. Every change is audited in its
 * transaction; a refused request changes nothing.
 * <p>
 * The facade is the module's API and its transaction boundary: it resolves the caller once and hands the work to the
 * use case named after the action ({@link FilingARefusal}, {@link LeaderDecisions}, {@link Reviewing},
 * {@link ReturningMaterials}, {@link Register}), which asks the {@link Filing} whether the change is allowed.
 */
@Service
@Transactional(readOnly = true)
public class Refusals {

	static final String MODULE = "refusal";

	/** The lock name of this module's sweep and the name its skipped rows are logged under. */
	static final String SWEEP = "refusal.overdue-decisions";

	private final Callers callers;

	private final FilingARefusal filing;

	private final LeaderDecisions decisions;

	private final Reviewing reviewing;

	private final ReturningMaterials returning;

	private final Register register;

	private final FilingReads reads;

	private final OverdueDecisions overdue;

	Refusals(Callers callers, FilingARefusal filing, LeaderDecisions decisions, Reviewing reviewing,
			ReturningMaterials returning, Register register, FilingReads reads, OverdueDecisions overdue) {
		this.callers = callers;
		this.filing = filing;
		this.decisions = decisions;
		this.reviewing = reviewing;
		this.returning = returning;
		this.register = register;
		this.reads = reads;
		this.overdue = overdue;
	}

	// ---- filing -----------------------------------------------------------------------------------------------

	/**
	 * The filing form of a case for the signed-in handler: the applicant, the item's legal basis and materials, and
	 * whether the refusal would lie within the caller's authority or go to a leader.
	 *
	 * @throws CaseNotRefusableException unless the case is received, awaiting correction, accepted or in processing
	 */
	@PreAuthorize("hasAnyRole('HANDLER', 'WINDOW_CLERK', 'DEPT_HEAD', 'LEADER')")
	public FilingDraft draft(long caseId) {
		return filing.draft(RefusedMatter.ofCase(caseId), callers.current());
	}

	/**
	 * The filing form of a case or, with {@code inquiryId}, of a first-inquiry matter that has no case (否定报备制
	 * 四(一): every negative answer is filed), for whoever may act on the matter now; such a matter is refused as
	 * 不予办理 on the service item the visitor asked for.
	 *
	 * @throws FilingIncompleteException unless exactly one of the two is given
	 * @throws org.xiaoneng.common.RuleViolationException unless the inquiry's matter is open, the caller's to act on,
	 * and names its service item
	 */
	@PreAuthorize("hasAnyRole('HANDLER', 'WINDOW_CLERK', 'DEPT_HEAD', 'LEADER')")
	public FilingDraft draft(Long caseId, Long inquiryId) {
		return filing.draft(RefusedMatter.of(caseId, inquiryId), callers.current());
	}

	/**
	 * Files a refusal (否定报备登记表). Within the caller's authority it takes effect now: the case is refused, the
	 * notice issued and the department head told. Beyond it the case waits for the leader with authority (or who acts
	 * for them), who must decide within the limit; a major matter waits for a collective decision.
	 *
	 * @throws FilingIncompleteException without reasons or legal basis
	 * @throws CaseNotRefusableException unless the case is received, awaiting correction, accepted or in processing and no
	 * other filing of it waits for a decision
	 */
	@PreAuthorize("hasAnyRole('HANDLER', 'WINDOW_CLERK', 'DEPT_HEAD', 'LEADER')")
	@Transactional
	public Refusal file(NewRefusal request) {
		return reads.refusal(filing.file(request, callers.current()));
	}

	/** Files as of an earlier moment (the demo's overdue decision); the decision is due from that day. */
	@Transactional
	Refusal fileAsOf(NewRefusal request, Instant now) {
		return reads.refusal(filing.file(request, callers.current(), now));
	}

	// ---- decision ---------------------------------------------------------------------------------------------

	/**
	 * The leader with authority (or who acts for them) decides a filing beyond the handler's authority: agreed, the
	 * refusal takes effect; disagreed, the case returns to processing with the instruction.
	 *
	 * @throws RefusalAlreadyDecidedException when the filing has been decided
	 * @throws OwnFilingDecisionException when the caller filed it
	 * @throws DecisionAuthorityMissingException when the caller is not the leader with authority nor acts for them
	 * @throws InstructionRequiredException when disagreeing without an instruction
	 */
	@Transactional
	public Refusal decide(RefusalId refusalId, Decision decision, String opinion) {
		decisions.decide(refusalId, decision, opinion, null, callers.current());
		return reads.refusal(refusalId);
	}

	/**
	 * The leader with authority records the collective decision (集体研究) on a major matter: who took part and when.
	 *
	 * @throws RefusalStateException unless the filing waits for a collective decision
	 */
	@Transactional
	public Refusal decideCollectively(RefusalId refusalId, CollectiveDecision collective) {
		decisions.decide(refusalId, collective.decision(), collective.instruction(), collective, callers.current());
		return reads.refusal(refusalId);
	}

	// ---- review -----------------------------------------------------------------------------------------------

	/**
	 * A leader or supervisor reviews a refusal in effect. Found wrong, the case reopens and the finding is recorded
	 * (published for accountability); found right, the review is recorded.
	 *
	 * @throws RefusalStateException unless the refusal is in effect
	 * @throws ReviewFindingRequiredException when found wrong without a finding
	 */
	@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR')")
	@Transactional
	public Refusal review(RefusalId refusalId, boolean wrong, String finding) {
		reviewing.review(refusalId, wrong, finding, callers.current());
		return reads.refusal(refusalId);
	}

	// ---- return of materials ----------------------------------------------------------------------------------

	/**
	 * Returns materials of a refused case on request: the collector's ID number must be the applicant's or a
	 * registered agent's, and they sign (on screen or on a slip that is scanned). The record goes with the case.
	 *
	 * @throws RefusalStateException unless the refusal is in effect
	 * @throws MaterialsAlreadyReturnedException when the materials have been returned
	 * @throws MaterialReturnIncompleteException without materials, collector or a readable signature
	 * @throws IdentityMismatchException when the ID number is neither the applicant's nor an agent's
	 */
	@PreAuthorize("hasAnyRole('HANDLER', 'WINDOW_CLERK', 'DEPT_HEAD', 'LEADER')")
	@Transactional
	public MaterialReturn returnMaterials(RefusalId refusalId, NewMaterialReturn request) {
		return returning.returnMaterials(refusalId, request, callers.current());
	}

	// ---- queries ----------------------------------------------------------------------------------------------

	/** @throws RefusalNotFoundException when there is no such filing or it lies outside the caller's data scope */
	public Refusal refusal(RefusalId id) {
		return reads.refusal(id);
	}

	/** The filing, if the caller may see it (data scope) or must decide it. */
	public Refusal visibleOrMine(RefusalId id) {
		return reads.visibleOrMine(id, callers.current());
	}

	/** The materials received with the refused case: what can be returned. */
	public List<String> receivedMaterials(RefusalId refusalId) {
		return reads.receivedMaterials(refusalId, callers.current());
	}

	/** The filings of a case in the caller's scope, oldest first. */
	public List<Refusal> ofCase(long caseId) {
		return reads.ofCase(caseId);
	}

	/** The return of materials of a filing the caller may see, if made. */
	public Optional<MaterialReturn> materialReturnOf(RefusalId refusalId) {
		return reads.materialReturnOf(refusalId, callers.current());
	}

	/** The returns of materials of a case in the caller's scope. */
	public List<MaterialReturn> materialReturnsOfCase(long caseId) {
		return reads.materialReturnsOfCase(caseId);
	}

	/** The collector's signature (PNG/JPEG, or the scanned slip) of a filing's return, with its media type. */
	public Optional<Signature> signatureOf(RefusalId refusalId) {
		return reads.signatureOf(refusalId, callers.current());
	}

	/**
	 * A signature or scanned slip with its media type.
	 *
	 * @param mediaType image/png, image/jpeg or application/pdf
	 * @param bytes the file
	 */
	public record Signature(String mediaType, byte[] bytes) {
	}

	/** The notice's PDF of a refusal in effect (the register's copy). */
	public Optional<byte[]> noticePdf(RefusalId refusalId) {
		return reads.noticePdf(refusalId, callers.current());
	}

	/**
	 * The caller's decision queue: the filings waiting for their decision, as the leader with authority or while
	 * acting for an absent one, soonest due first, with their deadline status.
	 */
	public List<PendingDecision> decisionQueue() {
		return reads.decisionQueue(callers.current());
	}

	/** Whether the caller may decide the filing now (for the pages' buttons). */
	public boolean mayDecide(RefusalId refusalId) {
		return reads.mayDecide(refusalId, callers.current());
	}

	/** The refusal register (否定报备登记册): the filings the caller may see that match the filter, newest first. */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public List<Refusal> register(RegisterFilter filter) {
		return register.register(filter, callers.current().scope());
	}

	/** What the caller's register can be filtered by: the units, departments, items and handlers of its filings. */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public RegisterOptions registerOptions() {
		return register.options(callers.current().scope());
	}

	/** The register as an Excel workbook, headed in the caller's language. */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public byte[] registerWorkbook(RegisterFilter filter, Locale locale) {
		return register.workbook(filter, locale, callers.current().scope());
	}

	/**
	 * The month's figures per department the caller may see: filings, the share beyond the handlers' authority and
	 * the share of those decided that the leaders overruled.
	 */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public List<DepartmentSummary> monthlySummary(YearMonth month) {
		return register.monthlySummary(month, callers.current().scope());
	}

	// ---- time-driven ------------------------------------------------------------------------------------------

	/**
	 * Reports each leader decision not taken by the end of its last day, once per filing ({@link LeaderDecisionOverdue}),
	 * and tells the leader, a page of filings in one transaction; counts them.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount reportOverdueDecisions() {
		return overdue.report();
	}
}
