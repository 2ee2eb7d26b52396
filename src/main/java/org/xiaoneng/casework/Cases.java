package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.ServedPerson;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.platform.database.SweepCount;

/**
 * 办件: a submission is received, checked against its item's materials with at most one written notice of everything
 * missing (一次性告知制), accepted with a receipt and a deadline from the unit's calendar, worked step by step by whoever
 * acts for each post, paused and extended in writing, completed and delivered (限时办结制). A refused state is only
 * reached through a refusal filing that took effect (否定报备制, {@link org.xiaoneng.casework.refusal.CaseRefusals}).
 * Every change is audited in its transaction, publishes its event, and a refused request changes nothing.
 * <p>
 * The facade holds the transaction boundary; each command is a use case named as the action ({@link Intake},
 * {@link Acceptance}, {@link StepRouting}, {@link Pauses}, {@link Extensions}, {@link Closing}, {@link CaseClock}) that
 * loads the {@link Case}, asks it, and saves it. The package-private overloads with a caller and a moment are for the
 * demo loader, which records past work as the staff who would have done it.
 */
@Service
@Transactional(readOnly = true)
public class Cases {

	static final String MODULE = "casework";

	/** The lock name of the casework sweep and the name its skipped rows are logged under. */
	static final String SWEEP = "casework.sweep";

	private final CaseViews views;

	private final Intake intake;

	private final Acceptance acceptance;

	private final StepRouting steps;

	private final Pauses pauses;

	private final Extensions extensions;

	private final Closing closing;

	private final CaseClock clock;

	Cases(CaseViews views, Intake intake, Acceptance acceptance, StepRouting steps, Pauses pauses,
			Extensions extensions, Closing closing, CaseClock clock) {
		this.views = views;
		this.intake = intake;
		this.acceptance = acceptance;
		this.steps = steps;
		this.pauses = pauses;
		this.extensions = extensions;
		this.closing = closing;
		this.clock = clock;
	}

	// ---- reading ------------------------------------------------------------------------------------------------

	/**
	 * The case file, for other modules' rules after their own scope check (a refusal filing, a return of materials).
	 *
	 * @throws CaseNotFoundException when unknown
	 */
	public CaseFile caseFile(long caseId) {
		return views.file(caseId);
	}

	/**
	 * The case file when the caller may see the case, e.g. to file a refusal of it (否定报备制).
	 *
	 * @throws CaseNotFoundException when unknown or outside the caller's scope
	 */
	public CaseFile caseFileInScope(long caseId) {
		return views.file(views.inScope(caseId));
	}

	/**
	 * Whether the ID number (any type; compared exactly after trimming and upper-casing) is the applicant's or a
	 * registered agent's, e.g. before materials are returned (否定报备制).
	 */
	public boolean identityMatches(long caseId, String idNumber) {
		return views.identityMatches(caseId, idNumber);
	}

	/**
	 * Everything the case page shows, for staff with the case in scope.
	 *
	 * @throws CaseNotFoundException when unknown or outside the caller's scope; a read, so it leaves the request's
	 *         transaction as it found it: a step's work stays done when its worker may not read the case afterwards
	 */
	@Transactional(readOnly = true, noRollbackFor = CaseNotFoundException.class)
	public CaseDetails details(long caseId) {
		return views.details(caseId);
	}

	/**
	 * What the caller may do on the case now, so that the case page offers only that: work its open step, ask for an
	 * extension. Read after {@link #details}, which checks the caller's scope.
	 */
	public CaseActions actions(long caseId) {
		return new CaseActions(steps.mayWorkOpenStep(caseId), extensions.mayAsk(caseId));
	}

	/** The case page's facts within a given scope: for the demo loader, which works as the system. */
	CaseDetails details(long caseId, DataScope scope) {
		return views.details(caseId, scope);
	}

	/**
	 * The applicant's identity in full, for staff with the case in scope; each view is written to the audit log
	 * (个人信息保护法 第五十一条).
	 */
	@Transactional
	public FullIdentity fullIdentity(long caseId) {
		return views.fullIdentity(caseId);
	}

	/**
	 * A document of the case as its stored PDF, for staff with the case in scope; a notice issued here is rendered
	 * and kept on its first download.
	 */
	@Transactional
	public StoredPdf document(long caseId, long documentId) {
		views.inScope(caseId);
		return views.storedPdf(caseId, documentId);
	}

	/**
	 * A stored PDF of a case.
	 *
	 * @param title the document's title
	 * @param number its number
	 * @param pdf the bytes
	 * @param forApplicant whether the applicant may download it
	 */
	public record StoredPdf(String title, String number, byte[] pdf, boolean forApplicant) {
	}

	/**
	 * The applicants of the cases received from {@code from} to {@code to}, of one unit or, with {@code unitId} null,
	 * of all: for the evaluation's public survey (群众评议), after its own check that the caller runs it. Their
	 * phones stay encrypted.
	 */
	public List<ServedPerson> applicants(Long unitId, LocalDate from, LocalDate to) {
		return views.applicants(unitId, from, to);
	}

	/** The extension requests the caller decides, as the leader with authority or their acting leader. */
	public List<CaseExtension> extensionsAwaitingMe() {
		return extensions.awaitingMe();
	}

	/**
	 * A page of cases matching the query, within the caller's data scope, in the order asked for (soonest deadline
	 * first when {@code null}), after or before the cursor's case (the first page when {@code null}). The caller's own
	 * list includes the work of those they act for now (代岗). An ID number is matched exactly through its keyed hash.
	 * @throws org.xiaoneng.common.BadCursorException when the cursor is not one of this order
	 */
	public KeysetPage<CaseSummary> search(CaseQuery query, CaseOrder order, String cursor, int size) {
		return views.search(query, order, cursor, size);
	}

	/**
	 * Every case the query selects within the caller's data scope, as {@link #search} reads them page by page, in the
	 * order asked for: the register's export.
	 * @throws org.xiaoneng.common.ExportTooLargeException when there are more than an export holds
	 */
	public List<CaseSummary> register(CaseQuery query, CaseOrder order) {
		return views.all(query, order);
	}

	// ---- intake -------------------------------------------------------------------------------------------------

	/**
	 * Registers a submission (接件) for an item in force, fixing the item's version on the case. With an idempotency
	 * key already used, returns the case of the first request and creates nothing.
	 *
	 * @throws ItemNotInForceException when the item is not published and in force
	 * @throws IdentityNumberInvalidException when an ID number or its check character is wrong
	 * @throws MaterialNotOfItemException when a material names a number the item does not have
	 */
	@Transactional
	public CaseFile submit(NewSubmission submission, String idempotencyKey) {
		return views.file(intake.submit(submission, idempotencyKey));
	}

	@Transactional
	CaseFile submit(NewSubmission submission, String idempotencyKey, Caller caller, Instant at) {
		return views.file(intake.submit(submission, idempotencyKey, caller, at));
	}

	/**
	 * Issues the one-time notice (一次性告知书/补正材料通知书) listing everything missing or irregular; the case waits in
	 * 补正中. A second notice for the same submission is only for problems of newly supplied material, with a reason,
	 * and counts as a breach of the one-time rule.
	 */
	@Transactional
	public CaseDocument issueCorrectionNotice(long caseId, List<MaterialDefect> defects, String reason) {
		return intake.issueCorrectionNotice(caseId, defects, reason);
	}

	@Transactional
	CaseDocument issueCorrectionNotice(long caseId, List<MaterialDefect> defects, String reason, Caller caller,
			Instant at) {
		return intake.issueCorrectionNotice(caseId, defects, reason, caller, at);
	}

	/** The applicant supplied what the notice asked for: the materials join the case, which is checked again. */
	@Transactional
	public CaseFile supplyCorrection(long caseId, List<ReceivedMaterial> supplied) {
		intake.supplyCorrection(caseId, supplied);
		return views.file(caseId);
	}

	@Transactional
	CaseFile supplyCorrection(long caseId, List<ReceivedMaterial> supplied, Caller caller, Instant at) {
		intake.supplyCorrection(caseId, supplied, caller, at);
		return views.file(caseId);
	}

	// ---- acceptance ---------------------------------------------------------------------------------------------

	/**
	 * Accepts the case: numbers it per unit and year, fixes the promised deadline from the unit's calendar (the day of
	 * acceptance does not count), assigns the first step to whoever acts for its post, and issues the receipt.
	 *
	 * @throws CaseStateException when it is not waiting for acceptance (e.g. accepted already)
	 */
	@Transactional
	public CaseFile accept(long caseId) {
		return views.file(acceptance.accept(caseId));
	}

	@Transactional
	CaseFile accept(long caseId, Caller caller, Instant at, LocalDate acceptedOn, boolean deemed) {
		return views.file(acceptance.accept(caseId, caller, at, acceptedOn, deemed));
	}

	// ---- steps --------------------------------------------------------------------------------------------------

	/**
	 * Signs for (签收) a step handed over from another department, by whoever holds it or acts for its post; late when
	 * after the end of its working day (内部科室当天签办不过夜).
	 */
	@Transactional
	public void signStep(long caseId, int number) {
		steps.signStep(caseId, number);
	}

	@Transactional
	void signStep(long caseId, int number, Caller caller, Instant at) {
		steps.signStep(caseId, number, caller, at);
	}

	/** Completes the open step with its opinion and routes the next one to whoever acts for its post. */
	@Transactional
	public void completeStep(long caseId, int number, String opinion) {
		steps.completeStep(caseId, number, opinion);
	}

	@Transactional
	void completeStep(long caseId, int number, String opinion, Caller caller, Instant at) {
		steps.completeStep(caseId, number, opinion, caller, at);
	}

	// ---- the clock ----------------------------------------------------------------------------------------------

	/**
	 * Pauses the clock for a correction after acceptance (补正) or a special procedure that the law excludes from the
	 * limit (行政许可法 第四十五条), telling the applicant in writing.
	 */
	@Transactional
	public CaseDocument suspend(long caseId, PauseKind kind, String procedureName, String reason,
			Integer plannedDays) {
		return pauses.suspend(caseId, kind, procedureName, reason, plannedDays);
	}

	@Transactional
	CaseDocument suspend(long caseId, PauseKind kind, String procedureName, String reason, Integer plannedDays,
			Caller caller, Instant at) {
		return pauses.suspend(caseId, kind, procedureName, reason, plannedDays, caller, at);
	}

	/** The clock runs again; the deadline moves by the working days the pause lasted. */
	@Transactional
	public CaseFile resume(long caseId) {
		return views.file(pauses.resume(caseId));
	}

	@Transactional
	CaseFile resume(long caseId, Caller caller, Instant at) {
		return views.file(pauses.resume(caseId, caller, at));
	}

	/**
	 * The handler asks for an extension (延期) before the deadline; the leader with authority over the department
	 * decides within the unit's limit and before the deadline. The item's maximum (行政许可法 第四十二条: 10 more
	 * working days for a 20-day licence) bounds the sum. A request after the deadline is refused and recorded all the
	 * same ({@link ExtensionAskedLate}).
	 */
	@Transactional
	public CaseExtension requestExtension(long caseId, int workingDays, String reason) {
		return extensions.request(caseId, workingDays, reason);
	}

	@Transactional
	CaseExtension requestExtension(long caseId, int workingDays, String reason, Caller caller, Instant at) {
		return extensions.request(caseId, workingDays, reason, caller, at);
	}

	/** The leader with authority (or their acting leader) approves or rejects; approval tells the applicant. */
	@Transactional
	public CaseExtension decideExtension(long extensionId, ExtensionDecision decision, String note) {
		return extensions.decide(extensionId, decision, note);
	}

	@Transactional
	CaseExtension decideExtension(long extensionId, ExtensionDecision decision, String note, Caller caller,
			Instant at) {
		return extensions.decide(extensionId, decision, note, caller, at);
	}

	// ---- completion ---------------------------------------------------------------------------------------------

	/**
	 * Completes the case granted (准予) with its certificate, after the last step, and tells the applicant. A refusal
	 * (不予) is only possible through the refusal filing.
	 *
	 * @throws CaseRuleException when a step is still open
	 */
	@Transactional
	public CaseFile complete(long caseId, String certificateName, String certificateNumber) {
		return views.file(closing.complete(caseId, certificateName, certificateNumber));
	}

	@Transactional
	CaseFile complete(long caseId, String certificateName, String certificateNumber, Caller caller, Instant at) {
		return views.file(closing.complete(caseId, certificateName, certificateNumber, caller, at));
	}

	/** Records delivery (送达) of the result; a certificate later than 10 working days after the decision is flagged. */
	@Transactional
	public CaseFile deliver(long caseId, DeliveryMethod method, LocalDate deliveredOn) {
		return views.file(closing.deliver(caseId, method, deliveredOn));
	}

	@Transactional
	CaseFile deliver(long caseId, DeliveryMethod method, LocalDate deliveredOn, Caller caller, Instant at) {
		return views.file(closing.deliver(caseId, method, deliveredOn, caller, at));
	}

	/** Records the applicant's withdrawal (撤回) of an open case. */
	@Transactional
	public CaseFile withdraw(long caseId, String reason) {
		return views.file(closing.withdraw(caseId, reason));
	}

	@Transactional
	CaseFile withdraw(long caseId, String reason, Caller caller, Instant at) {
		return views.file(closing.withdraw(caseId, reason, caller, at));
	}

	// ---- time-driven --------------------------------------------------------------------------------------------

	/**
	 * 行政许可法 第三十二条: a submission without a one-time notice within 5 days counts as accepted on the day its
	 * materials were received; records those acceptances. A case the rules refuse (an item without a procedure) is
	 * counted as failed and stops no other.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount acceptWhereNoticePeriodPassed() {
		return clock.acceptWhereNoticePeriodPassed();
	}

	/**
	 * Publishes DeadlineTurnedYellow and DeadlineTurnedRed once per case as the deadlines come near and pass, each
	 * case in its own transaction and under its row lock, so that a second node (or a second run) finds the status
	 * already set and publishes nothing.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount markDeadlineStatuses() {
		return clock.markDeadlineStatuses();
	}

	/**
	 * Flags the steps handed over between departments and not signed for by the end of their working day, once each:
	 * only the run that sets the flag records and publishes it.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount flagUnsignedHandovers() {
		return clock.flagUnsignedHandovers();
	}

	/**
	 * Reports the leaders' extension decisions not taken by their last day, once each: only the run that marks one
	 * reports it, and the leader is told.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount reportOverdueExtensionDecisions() {
		return clock.reportOverdueExtensionDecisions();
	}

	// ---- for the demo loader and the tests ----------------------------------------------------------------------

	Case row(long caseId) {
		return views.get(caseId);
	}

	@Transactional
	StoredPdf storedPdf(long caseId, long documentId) {
		return views.storedPdf(caseId, documentId);
	}

	String accessKey(String queryCode) {
		return views.accessKey(queryCode);
	}
}
