package org.xiaoneng.refusal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.calendar.DeadlineWarning;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.refusal.CaseRefusals;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.PersonalDataMasks;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.substitution.Acting;
import org.xiaoneng.substitution.ActingLeader;
import org.xiaoneng.substitution.Substitutes;

/**
 * 否定报备制: there is no refusal without a filing. A handler refuses a case (不予受理 before acceptance, 不予许可 or
 * 不予办理 after it) only by filing it here. Within the authority the item gives the handler, the refusal takes effect at
 * once and is reported to the department head; beyond it the filing goes to the leader with that authority (or who
 * acts for them while they are away), who agrees or sends the case back with an instruction within the limit; a major
 * matter is decided collectively. A refusal in effect gives the applicant a written notice with the remedies, may be
 * followed by the return of the materials, and is reviewed by leaders and supervisors. Every change is audited in its
 * transaction; a refused request changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Refusals {

	static final String MODULE = "refusal";

	/** The lock name of this module's sweep and the name its skipped rows are logged under. */
	static final String SWEEP = "refusal.overdue-decisions";

	private static final Set<CaseState> REFUSABLE = EnumSet.of(CaseState.RECEIVED, CaseState.AWAITING_CORRECTION,
			CaseState.ACCEPTED, CaseState.PROCESSING);

	private static final Set<CaseState> BEFORE_ACCEPTANCE = EnumSet.of(CaseState.RECEIVED,
			CaseState.AWAITING_CORRECTION);

	private static final int MAX_SIGNATURE_BYTES = 5 * 1024 * 1024;

	private final Cases cases;

	private final CaseRefusals caseRefusals;

	private final ServiceCatalog catalog;

	private final Organization organization;

	private final Substitutes substitutes;

	private final WorkingDayCalendar calendar;

	private final Filings filings;

	private final MaterialReturns returns;

	private final RefusalNotices notices;

	private final Notifications notifications;

	private final Documents documents;

	private final MessageSource messages;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Callers callers;

	private final RefusalSettings settings;

	private final Sweeps sweeps;

	Refusals(Callers callers, Cases cases, CaseRefusals caseRefusals, ServiceCatalog catalog, Organization organization, Substitutes substitutes,
			WorkingDayCalendar calendar, Filings filings, MaterialReturns returns, RefusalNotices notices,
			Notifications notifications, Documents documents, MessageSource messages, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock, RefusalSettings settings, Sweeps sweeps) {
		this.sweeps = sweeps;
		this.cases = cases;
		this.caseRefusals = caseRefusals;
		this.catalog = catalog;
		this.organization = organization;
		this.substitutes = substitutes;
		this.calendar = calendar;
		this.filings = filings;
		this.returns = returns;
		this.notices = notices;
		this.notifications = notifications;
		this.documents = documents;
		this.messages = messages;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
		this.callers = callers;
		this.settings = settings;
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
		StaffMember filer = me();
		CaseFile caseFile = refusableCase(caseId);
		ServiceItem item = catalog.version(caseFile.itemId(), caseFile.itemVersion());
		boolean within = withinAuthority(filer, item.refusalAuthority(), caseFile.departmentId());
		String deciderName = within ? null
				: decider(caseFile.departmentId(), item.refusalAuthority(), filer).staff().name();
		return new FilingDraft(caseId, reference(caseFile), kind(caseFile, item), item.name(), applicant(caseFile),
				caseFile.materials().stream().map(m -> m.name()).toList(), item.legalBasis(),
				item.materials().stream().map(Material::name).toList(), item.refusalAuthority(), within, deciderName,
				handler(filer, null));
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
		return fileAsOf(request, clock.instant());
	}

	/** Files as of an earlier moment (the demo's overdue decision); the decision is due from that day. */
	@Transactional
	Refusal fileAsOf(NewRefusal request, Instant now) {
		if (request.reasons() == null || request.reasons().isBlank()) {
			throw new FilingIncompleteException("refusal.error.reasonsRequired");
		}
		List<LegalBasis> basis = request.legalBasis().stream().filter(p -> !p.blank()).map(NewRefusal.Provision::basis)
			.toList();
		if (basis.isEmpty() || basis.stream().anyMatch(b -> b.law().isBlank() || b.article().isBlank())) {
			throw new FilingIncompleteException("refusal.error.legalBasisRequired");
		}
		if (request.circumstances() == null || request.circumstances().isBlank()) {
			throw new FilingIncompleteException("refusal.error.circumstancesRequired");
		}
		StaffMember filer = me();
		CaseFile caseFile = refusableCase(request.caseId());
		if (filings.ofCase(caseFile.id()).stream().anyMatch(f -> f.state().awaitingDecision())) {
			throw new CaseNotRefusableException();
		}
		ServiceItem item = catalog.version(caseFile.itemId(), caseFile.itemVersion());
		boolean within = withinAuthority(filer, item.refusalAuthority(), caseFile.departmentId());
		Decider decider = within ? null : decider(caseFile.departmentId(), item.refusalAuthority(), filer);
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		LocalDate due = within ? null
				: calendar.deadline(unitCode(caseFile.unitId()), today, settings.decisionWorkingDays()).date();
		RefusalState state = within ? RefusalState.IN_EFFECT
				: request.major() ? RefusalState.AWAITING_COLLECTIVE_DECISION : RefusalState.AWAITING_LEADER;
		long id = filings.insert(new Filings.NewFiling(caseFile.id(), reference(caseFile), kind(caseFile, item),
				state, caseFile.unitId(), caseFile.departmentId(), item.id(), item.version(), item.name(),
				applicant(caseFile), request.circumstances().strip(), request.reasons().strip(), basis,
				request.materialsConcerned() == null ? "" : request.materialsConcerned().strip(),
				handler(filer, request.handlerPhone()), filer.staffNumber(), item.refusalAuthority(), within,
				request.major(), decider == null ? null : decider.staff().id(),
				decider == null || decider.actingFor() == null ? null : decider.actingFor().id(), due, callerName(),
				now, today));
		auditLog.record(new AuditEntry(MODULE, "refusal.filed", String.valueOf(id), null,
				"case=" + caseFile.id() + ", authority=" + item.refusalAuthority() + ", within=" + within
						+ (decider == null ? "" : ", decider=" + decider.staff().staffNumber())));
		if (within) {
			takeEffect(id);
			reportToHead(refusal(id), filer);
		}
		else {
			caseRefusals.refusalFiled(new CaseId(caseFile.id()), new RefusalId(id));
			Refusal filed = refusal(id);
			events.publishEvent(new RefusalFiled(id, caseFile.id(), caseFile.unitId(), caseFile.departmentId(),
					filer.id(), decider.staff().id(), due, request.major()));
			tell(decider.staff(), "refusal.inbox.filed.subject", "refusal.inbox.filed.body", filed,
					filed.itemName(), filer.name(), due.toString());
		}
		return refusal(id);
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
	public Refusal decide(long refusalId, Decision decision, String opinion) {
		Refusal refusal = visibleOrMine(refusalId);
		if (refusal.state() == RefusalState.AWAITING_COLLECTIVE_DECISION) {
			// a major matter is decided by the meeting, recorded through decideCollectively
			throw new RefusalStateException();
		}
		StaffMember leader = requireDecider(refusal);
		String text = opinion == null ? "" : opinion.strip();
		recordDecision(refusal, leader, decision, text, null, null);
		return refusal(refusalId);
	}

	/**
	 * The leader with authority records the collective decision (集体研究) on a major matter: who took part and when.
	 *
	 * @throws RefusalStateException unless the filing waits for a collective decision
	 */
	@Transactional
	public Refusal decideCollectively(long refusalId, CollectiveDecision collective) {
		Refusal refusal = visibleOrMine(refusalId);
		if (refusal.state() == RefusalState.AWAITING_LEADER) {
			throw new RefusalStateException();
		}
		StaffMember leader = requireDecider(refusal);
		if (collective.participants() == null || collective.participants().isBlank()
				|| collective.decidedOn() == null) {
			throw new FilingIncompleteException("refusal.error.collectiveIncomplete");
		}
		if (collective.decidedOn().isAfter(LocalDate.now(clock))) {
			throw new FilingIncompleteException("refusal.error.collectiveInFuture");
		}
		String text = collective.instruction() == null ? "" : collective.instruction().strip();
		recordDecision(refusal, leader, collective.decision(), text, collective.participants().strip(),
				collective.decidedOn());
		return refusal(refusalId);
	}

	private StaffMember requireDecider(Refusal refusal) {
		if (!refusal.state().awaitingDecision()) {
			throw new RefusalAlreadyDecidedException();
		}
		StaffMember caller = me();
		if (caller.id() == refusal.handler().staffId()) {
			throw new OwnFilingDecisionException();
		}
		if (!mayDecide(refusal, caller)) {
			throw new DecisionAuthorityMissingException();
		}
		return caller;
	}

	private void recordDecision(Refusal refusal, StaffMember leader, Decision decision, String opinion,
			String participants, LocalDate collectiveOn) {
		if (decision == null || (decision == Decision.DISAGREED && opinion.isBlank())) {
			throw new InstructionRequiredException();
		}
		boolean agreed = decision == Decision.AGREED;
		if (!filings.decide(refusal.id(), decision, agreed ? RefusalState.IN_EFFECT : RefusalState.OVERRULED,
				leader.id(), leader.name(), clock.instant(), opinion.isBlank() ? null : opinion, participants,
				collectiveOn)) {
			throw new RefusalAlreadyDecidedException();
		}
		auditLog.record(new AuditEntry(MODULE, "refusal." + (agreed ? "approved" : "overruled"),
				String.valueOf(refusal.id()), refusal.state().name(),
				decision + (participants == null ? "" : ", collective on " + collectiveOn)));
		StaffMember handler = organization.staffMember(refusal.handler().staffId());
		if (agreed) {
			events.publishEvent(new RefusalApproved(refusal.id(), refusal.caseId(), leader.id(), participants != null));
			takeEffect(refusal.id());
			tell(handler, "refusal.inbox.approved.subject", "refusal.inbox.approved.body", refusal,
					refusal.itemName(), leader.name());
		}
		else {
			caseRefusals.refusalOverruled(new CaseId(refusal.caseId()), new RefusalId(refusal.id()), opinion);
			events.publishEvent(new RefusalOverruled(refusal.id(), refusal.caseId(), refusal.unitId(),
					refusal.departmentId(), handler.id(), leader.id(), opinion));
			tell(handler, "refusal.inbox.overruled.subject", "refusal.inbox.overruled.body", refusal,
					refusal.itemName(), leader.name(), opinion);
		}
	}

	/**
	 * Puts the refusal into effect: numbers and prints the notice, keeps a copy for the register, archives one with
	 * the case and sends the applicant theirs; the case is refused.
	 */
	private void takeEffect(long id) {
		Refusal refusal = refusal(id);
		Unit unit = organization.unit(refusal.unitId());
		LocalDate today = LocalDate.now(clock);
		String number = notices.number(unit.shortName(), refusal.kind(), today.getYear(),
				filings.nextNoticeSequence(unit.id(), today.getYear()));
		String title = notices.title(refusal.kind());
		byte[] pdf = notices.notice(refusal, number, unit.name(), today);
		filings.insertNotice(id, number, title, today, pdf);
		auditLog.record(new AuditEntry(MODULE, "refusal.took-effect", String.valueOf(id), null, number));
		caseRefusals.refusalTookEffect(new CaseId(refusal.caseId()), new RefusalId(id));
		caseRefusals.archiveDocument(new CaseId(refusal.caseId()), title, number, pdf, true);
		caseRefusals.notifyApplicant(new CaseId(refusal.caseId()), title, notices.applicantMessage(refusal, number),
				"refusal:" + id + ":notice");
		events.publishEvent(new RefusalTookEffect(id, refusal.caseId(), refusal.unitId(), refusal.departmentId(),
				refusal.kind(), refusal.withinAuthority(), number));
	}

	/** A refusal within the handler's authority is reported to the department head (when that is someone else). */
	private void reportToHead(Refusal refusal, StaffMember filer) {
		organization.authorityOver(refusal.departmentId(), DecisionLevel.DEPARTMENT_HEAD)
			.filter(head -> head.id() != filer.id())
			.ifPresent(head -> tell(head, "refusal.inbox.reported.subject", "refusal.inbox.reported.body", refusal,
					refusal.itemName(), filer.name(), refusal.noticeNumber()));
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
	public Refusal review(long refusalId, boolean wrong, String finding) {
		// only a leader or supervisor whose scope covers the refusal's unit reviews it; to others it does not exist
		if (!filings.visible(refusalId, callers.current().scope())) {
			throw new RefusalNotFoundException(refusalId);
		}
		Refusal refusal = refusal(refusalId);
		if (refusal.state() != RefusalState.IN_EFFECT || refusal.review() != null) {
			throw new RefusalStateException();
		}
		String text = finding == null ? "" : finding.strip();
		if (wrong && text.isEmpty()) {
			throw new ReviewFindingRequiredException();
		}
		filings.review(refusalId, wrong ? RefusalState.FOUND_WRONG : RefusalState.IN_EFFECT, callerName(),
				clock.instant(), wrong, text.isEmpty() ? null : text);
		auditLog.record(new AuditEntry(MODULE, "refusal.reviewed", String.valueOf(refusalId), null,
				wrong ? "wrong" : "right"));
		if (wrong) {
			caseRefusals.refusalFoundWrong(new CaseId(refusal.caseId()), new RefusalId(refusalId), text);
			events.publishEvent(new RefusalFoundWrong(refusalId, refusal.caseId(), refusal.unitId(),
					refusal.departmentId(), refusal.handler().staffId(), refusal.withinAuthority() ? null
							: refusal.deciderStaffId(), callerName(), text));
		}
		return refusal(refusalId);
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
	public MaterialReturn returnMaterials(long refusalId, NewMaterialReturn request) {
		Refusal refusal = visibleOrMine(refusalId);
		StaffMember staff = me();
		if (refusal.state() != RefusalState.IN_EFFECT) {
			throw new RefusalStateException();
		}
		if (returns.ofFiling(refusalId).isPresent()) {
			throw new MaterialsAlreadyReturnedException();
		}
		if (request.materials().isEmpty()) {
			throw new MaterialReturnIncompleteException("refusal.error.materialsRequired");
		}
		if (request.collectorName() == null || request.collectorName().isBlank()) {
			throw new MaterialReturnIncompleteException("refusal.error.collectorRequired");
		}
		if (request.collectorIdNumber() == null || request.collectorIdNumber().isBlank()) {
			throw new MaterialReturnIncompleteException("refusal.error.collectorIdRequired");
		}
		if (request.signatureKind() == null) {
			throw new MaterialReturnIncompleteException("refusal.error.signatureRequired");
		}
		List<String> received = cases.caseFile(refusal.caseId()).materials().stream().map(m -> m.name()).toList();
		if (!received.containsAll(request.materials())) {
			throw new MaterialReturnIncompleteException("refusal.error.materialNotReceived");
		}
		String mediaType = signatureMediaType(request.signatureKind(), request.signature());
		if (!cases.identityMatches(refusal.caseId(), request.collectorIdNumber())) {
			throw new IdentityMismatchException();
		}
		LocalDate today = LocalDate.now(clock);
		long id = returns.insert(refusalId, refusal.caseId(), request, maskId(request.collectorIdNumber()), mediaType,
				today, staff.id(), staff.name(), clock.instant());
		auditLog.record(new AuditEntry(MODULE, "materials.returned", String.valueOf(refusalId), null,
				"return=" + id + ", materials=" + request.materials().size()));
		MaterialReturn recorded = returns.ofFiling(refusalId).orElseThrow();
		Unit unit = organization.unit(refusal.unitId());
		caseRefusals.archiveDocument(new CaseId(refusal.caseId()), notices.returnTitle(), refusal.noticeNumber() + "-R",
				notices.returnRecord(refusal, recorded, unit.name()), false);
		return recorded;
	}

	/** Only pictures (PNG, JPEG) or a scanned PDF slip, recognised by their first bytes, and at most 5 MB. */
	private static String signatureMediaType(SignatureKind kind, byte[] bytes) {
		if (bytes == null || bytes.length == 0 || bytes.length > MAX_SIGNATURE_BYTES) {
			throw new MaterialReturnIncompleteException("refusal.error.signatureRequired");
		}
		if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
			return "image/png";
		}
		if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (kind == SignatureKind.SCANNED && startsWith(bytes, '%', 'P', 'D', 'F')) {
			return "application/pdf";
		}
		throw new MaterialReturnIncompleteException("refusal.error.signatureRequired");
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	// ---- queries ----------------------------------------------------------------------------------------------

	/** @throws RefusalNotFoundException when there is no such filing or it lies outside the caller's data scope */
	public Refusal refusal(long id) {
		Refusal refusal = filings.find(id).orElseThrow(() -> new RefusalNotFoundException(id));
		String deciderName = refusal.deciderStaffId() == null ? null
				: organization.staffMember(refusal.deciderStaffId()).name();
		return refusal.withDeciderName(deciderName).withAddress(filings.applicantAddress(id).orElse(null));
	}

	/** The filing, if the caller may see it (data scope) or must decide it. */
	public Refusal visibleOrMine(long id) {
		Refusal refusal = refusal(id);
		Caller caller = callers.current();
		if (filings.visible(id, caller.scope())) {
			return refusal;
		}
		Optional<StaffMember> me = caller.staff();
		if (me.isPresent() && refusal.state().awaitingDecision() && mayDecide(refusal, me.get())) {
			return refusal;
		}
		throw new RefusalNotFoundException(id);
	}

	/** The materials received with the refused case: what can be returned. */
	public List<String> receivedMaterials(long refusalId) {
		return cases.caseFile(visibleOrMine(refusalId).caseId()).materials().stream().map(m -> m.name()).toList();
	}

	/** Now, by the platform's clock. */
	public Instant now() {
		return clock.instant();
	}

	/** Today in the platform's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The filings of a case in the caller's scope, oldest first. */
	public List<Refusal> ofCase(long caseId) {
		cases.caseFileInScope(caseId);
		return filings.ofCase(caseId).stream().map(r -> refusal(r.id())).toList();
	}

	/** The return of materials of a filing the caller may see, if made. */
	public Optional<MaterialReturn> materialReturnOf(long refusalId) {
		visibleOrMine(refusalId);
		return returns.ofFiling(refusalId);
	}

	/** The returns of materials of a case in the caller's scope. */
	public List<MaterialReturn> materialReturnsOfCase(long caseId) {
		cases.caseFileInScope(caseId);
		return returns.ofCase(caseId);
	}

	/** The collector's signature (PNG/JPEG, or the scanned slip) of a filing's return, with its media type. */
	public Optional<Signature> signatureOf(long refusalId) {
		visibleOrMine(refusalId);
		return returns.signature(refusalId).map(s -> new Signature(s.mediaType(), s.bytes()));
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
	public Optional<byte[]> noticePdf(long refusalId) {
		visibleOrMine(refusalId);
		return filings.noticePdf(refusalId);
	}

	/**
	 * The caller's decision queue: the filings waiting for their decision, as the leader with authority or while
	 * acting for an absent one, soonest due first, with their deadline status.
	 */
	public List<PendingDecision> decisionQueue() {
		Optional<StaffMember> me = callerStaff();
		if (me.isEmpty()) {
			return List.of();
		}
		List<PendingDecision> queue = new ArrayList<>();
		for (Refusal refusal : filings.awaitingDecision()) {
			if (refusal.handler().staffId() == me.get().id() || !mayDecide(refusal, me.get())) {
				continue;
			}
			Refusal full = refusal(refusal.id());
			DeadlineStatus status = calendar.status(unitCode(full.unitId()), full.filedAt().atZone(clock.getZone())
				.toLocalDate(), full.decisionDue(), DeadlineWarning.DEFAULT);
			String actingFor = full.deciderStaffId() != null && full.deciderStaffId() != me.get().id()
					? organization.staffMember(full.deciderStaffId()).name()
					: full.actingForStaffId() != null && full.actingForStaffId() != me.get().id()
							? organization.staffMember(full.actingForStaffId()).name() : null;
			queue.add(new PendingDecision(full, status, actingFor));
		}
		return queue;
	}

	/** Whether the caller may decide the filing now (for the pages' buttons). */
	public boolean mayDecide(long refusalId) {
		Refusal refusal = refusal(refusalId);
		Optional<StaffMember> me = callerStaff();
		return refusal.state().awaitingDecision() && me.isPresent() && me.get().id() != refusal.handler().staffId()
				&& mayDecide(refusal, me.get());
	}

	/** The refusal register (否定报备登记册): the filings the caller may see that match the filter, newest first. */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public List<Refusal> register(RegisterFilter filter) {
		Map<Long, String> names = new HashMap<>();
		return filings.register(filter, scope()).stream().map(r -> r.deciderStaffId() == null ? r
				: r.withDeciderName(names.computeIfAbsent(r.deciderStaffId(), id -> organization.staffMember(id).name())))
			.toList();
	}

	/** What the caller's register can be filtered by: the units, departments, items and handlers of its filings. */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public RegisterOptions registerOptions() {
		DataScope scope = scope();
		Map<Long, String> units = new TreeMap<>();
		Map<Long, String> departments = new TreeMap<>();
		for (long[] pair : filings.unitsAndDepartments(scope)) {
			Unit unit = organization.unit(pair[0]);
			units.put(unit.id(), unit.name());
			departments.put(pair[1], unit.shortName() + " " + organization.department(pair[1]).name());
		}
		return new RegisterOptions(options(units), options(departments),
				filings.distinctNamed("item_id", "item_name", scope),
				filings.distinctNamed("handler_staff_id", "handler_name", scope));
	}

	private static List<RegisterOptions.Option> options(Map<Long, String> named) {
		return named.entrySet().stream().map(e -> new RegisterOptions.Option(e.getKey(), e.getValue())).toList();
	}

	/** The register as an Excel workbook, headed in the caller's language. */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public byte[] registerWorkbook(RegisterFilter filter, Locale locale) {
		List<String> headers = List.of("id", "filedOn", "case", "kind", "item", "applicant", "handler",
				"authority", "within", "state", "decision", "decidedBy", "due", "notice", "reasons", "basis")
			.stream()
			.map(column -> messages.getMessage("refusal.register.column." + column, null, locale))
			.toList();
		List<List<Object>> rows = register(filter).stream().map(r -> List.<Object>of(r.id(),
				r.filedAt().atZone(clock.getZone()).toLocalDate(), r.caseReference(),
				text("refusal.kind." + r.kind(), locale), r.itemName(), r.applicant().name(), r.handler().name(),
				text("refusal.authority." + r.requiredAuthority(), locale),
				text("refusal.within." + r.withinAuthority(), locale), text("refusal.state." + r.state(), locale),
				r.decision() == null ? "" : text("refusal.decision." + r.decision(), locale),
				r.decidedByName() == null ? "" : r.decidedByName(),
				r.decisionDue() == null ? "" : r.decisionDue(), r.noticeNumber() == null ? "" : r.noticeNumber(),
				r.reasons(), String.join("；", r.legalBasis().stream().map(b -> b.law() + b.article()).toList())))
			.toList();
		return documents.excel(messages.getMessage("refusal.register.sheet", null, locale), headers, rows);
	}

	/**
	 * The month's figures per department the caller may see: filings, the share beyond the handlers' authority and
	 * the share of those decided that the leaders overruled.
	 */
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
	public List<DepartmentSummary> monthlySummary(YearMonth month) {
		return filings.countsByDepartment(month.atDay(1), month.atEndOfMonth(), scope()).stream().map(count -> {
			Unit unit = organization.unit(count.unitId());
			String name = unit.shortName() + " " + organization.department(count.departmentId()).name();
			return new DepartmentSummary(count.unitId(), count.departmentId(), name, count.filings(), count.beyond(),
					count.overruled(), percent(count.beyond(), count.filings()),
					percent(count.overruled(), count.decided()));
		}).toList();
	}

	private static BigDecimal percent(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	// ---- time-driven ------------------------------------------------------------------------------------------

	/**
	 * Reports each leader decision not taken by the end of its last day, once per filing ({@link LeaderDecisionOverdue}),
	 * and tells the leader, each filing on its own; counts them.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount reportOverdueDecisions() {
		Instant now = clock.instant();
		return sweeps.each(SWEEP, filings.overdueUnreported(LocalDate.now(clock)), Refusal::id, refusal -> {
			if (!filings.markOverdueReported(refusal.id(), now)) {
				return false;
			}
			auditLog.recordAs("system", AuditEntry.of(MODULE, "decision.overdue", String.valueOf(refusal.id())));
			events.publishEvent(new LeaderDecisionOverdue(refusal.id(), refusal.caseId(), refusal.unitId(),
					refusal.departmentId(), refusal.deciderStaffId(), refusal.decisionDue()));
			tell(organization.staffMember(refusal.deciderStaffId()), "refusal.inbox.overdue.subject",
					"refusal.inbox.overdue.body", refusal, refusal.itemName(), refusal.decisionDue().toString());
			return true;
		});
	}

	// ---- authority --------------------------------------------------------------------------------------------

	/** Who decides: the staff member, and the absent leader they act for (or {@code null}). */
	private record Decider(StaffMember staff, StaffMember actingFor) {
	}

	private static DecisionLevel level(RefusalAuthority authority) {
		return switch (authority) {
			case HANDLER -> null;
			case DEPARTMENT_HEAD -> DecisionLevel.DEPARTMENT_HEAD;
			case DEPUTY_LEADER -> DecisionLevel.DEPUTY_LEADER;
			case PRINCIPAL_LEADER -> DecisionLevel.PRINCIPAL_LEADER;
		};
	}

	/**
	 * Within authority: any handler for items a handler may refuse; otherwise the filer themselves holds the authority
	 * the item requires (or a higher one) over the case's department.
	 */
	private boolean withinAuthority(StaffMember filer, RefusalAuthority required, long departmentId) {
		DecisionLevel level = level(required);
		if (level == null) {
			return true;
		}
		for (DecisionLevel at : DecisionLevel.values()) {
			if (at.compareTo(level) >= 0 && organization.authorityOver(departmentId, at)
				.filter(holder -> holder.id() == filer.id())
				.isPresent()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The leader with the required authority over the department, or who acts for them while they are away; nobody
	 * decides their own refusal, so when that would be the filer the filing goes one level up.
	 */
	private Decider decider(long departmentId, RefusalAuthority required, StaffMember filer) {
		DecisionLevel level = level(required);
		for (DecisionLevel at : DecisionLevel.values()) {
			if (level == null || at.compareTo(level) < 0) {
				continue;
			}
			Optional<StaffMember> leader = organization.authorityOver(departmentId, at);
			if (leader.isEmpty() || leader.get().id() == filer.id()) {
				continue;
			}
			StaffMember acting = actingFor(leader.get());
			if (acting.id() != filer.id()) {
				return new Decider(acting, acting.id() == leader.get().id() ? null : leader.get());
			}
		}
		throw new DecisionAuthorityMissingException();
	}

	/** The leader, or while they are away their acting leader (or whoever acts for their post). */
	private StaffMember actingFor(StaffMember leader) {
		Instant now = clock.instant();
		boolean away = substitutes.isAway(leader.id(), now);
		if (!away) {
			return leader;
		}
		Optional<Long> acting = substitutes.actingLeaderOf(leader.id()).map(ActingLeader::actingStaffId);
		if (acting.isEmpty()) {
			acting = leader.postIds()
				.stream()
				.map(postId -> substitutes.whoActsFor(postId, now))
				.filter(Acting::onBehalf)
				.map(Acting::staffId)
				.filter(id -> id != null)
				.findFirst();
		}
		return acting.map(organization::staffMember).orElse(leader);
	}

	/**
	 * The decider named at filing, the leader with authority now, or whoever acts for that leader now (the decider
	 * may have gone away since, or the absent leader come back).
	 */
	private boolean mayDecide(Refusal refusal, StaffMember caller) {
		if (refusal.deciderStaffId() != null && refusal.deciderStaffId() == caller.id()) {
			return true;
		}
		if (refusal.actingForStaffId() != null && refusal.actingForStaffId() == caller.id()) {
			return true;
		}
		StaffMember filer = organization.staffMember(refusal.handler().staffId());
		try {
			Decider now = decider(refusal.departmentId(), refusal.requiredAuthority(), filer);
			return now.staff().id() == caller.id() || (now.actingFor() != null && now.actingFor().id() == caller.id());
		}
		catch (DecisionAuthorityMissingException nobody) {
			return false;
		}
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	/** A refusal is filed only on a case in the filer's scope; another's answers as a missing case. */
	private CaseFile refusableCase(long caseId) {
		CaseFile caseFile = cases.caseFileInScope(caseId);
		if (!REFUSABLE.contains(caseFile.state())) {
			throw new CaseNotRefusableException();
		}
		return caseFile;
	}

	private static RefusalKind kind(CaseFile caseFile, ServiceItem item) {
		if (BEFORE_ACCEPTANCE.contains(caseFile.state())) {
			return RefusalKind.NOT_ACCEPTED;
		}
		return item.type() == ItemType.ADMINISTRATIVE_LICENSE ? RefusalKind.NOT_PERMITTED : RefusalKind.NOT_PROVIDED;
	}

	private static String reference(CaseFile caseFile) {
		return caseFile.caseNumber() != null ? caseFile.caseNumber() : caseFile.queryCode();
	}

	private static Refusal.ApplicantParticulars applicant(CaseFile caseFile) {
		var a = caseFile.applicant();
		return new Refusal.ApplicantParticulars(a.name(), a.organisation(), a.maskedIdNumber(), a.maskedPhone(),
				a.address());
	}

	/** The handler's particulars from their staff record; a phone given on the form is kept masked only. */
	private Refusal.HandlerParticulars handler(StaffMember filer, String phone) {
		String post = filer.postIds().isEmpty() ? filer.position()
				: organization.post(filer.postIds().get(0)).name();
		String maskedPhone = phone == null || phone.isBlank() ? filer.maskedPhone()
				: PersonalDataMasks.phone(phone.strip());
		return new Refusal.HandlerParticulars(filer.id(), filer.name(), organization.unit(filer.unitId()).name(),
				post == null ? "" : post, maskedPhone);
	}

	/** An ID number with its middle hidden (110105********002X), as the case shows it. */
	private static String maskId(String idNumber) {
		String id = idNumber.strip();
		if (id.length() <= 8) {
			return "*".repeat(id.length());
		}
		int keepStart = id.length() >= 15 ? 6 : 2;
		return id.substring(0, keepStart) + "*".repeat(id.length() - keepStart - 4) + id.substring(id.length() - 4);
	}

	private String unitCode(long unitId) {
		return organization.unit(unitId).creditCode();
	}

	private DataScope scope() {
		return callers.current().scope();
	}

	/** An in-app message to a staff member with an account, in Chinese (the platform's default language). */
	private void tell(StaffMember staff, String subjectKey, String bodyKey, Refusal refusal, Object... arguments) {
		if (staff.username() == null) {
			return;
		}
		notifications.send(Notification.inApp(staff.username(), text(subjectKey, Locale.SIMPLIFIED_CHINESE),
				messages.getMessage(bodyKey, arguments, Locale.SIMPLIFIED_CHINESE), "/refusals/" + refusal.id()));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private StaffMember me() {
		return callerStaff().orElseThrow(FilerNotStaffException::new);
	}

	private Optional<StaffMember> callerStaff() {
		return callers.current().staff();
	}

	private String callerName() {
		return callers.current().name();
	}
}
