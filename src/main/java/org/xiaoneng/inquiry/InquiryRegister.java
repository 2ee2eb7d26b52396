package org.xiaoneng.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.ServedPerson;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.database.SweepCount;

/**
 * 首问负责制: whoever takes a contact first registers it and stays responsible until it is closed (首问到底). The
 * matter is answered on the spot or by a stated day, handed to whoever acts for another post of the unit (a callback
 * task when nobody does), escalated when responsibility is unclear, or referred to a competent authority outside the
 * unit; handed on more than twice without an answer, it is flagged as 推诿. Complaints and reports go to the
 * supervisors, and the identity of whoever made them is read only by a supervisor, each time audited
 * (纪检监察机关处理检举控告工作规则 第四十七条).
 * <p>
 * The module's facade: each command runs in one transaction here, and a refused request changes nothing. The rules
 * live in {@link Inquiry}; the use cases behind this facade ({@link Registration}, {@link PublicIntake},
 * {@link Answering}, {@link Handover}, {@link Complaints}, {@link InquiryClock}, {@link Directory},
 * {@link RegisterReading}) check who may act, load, ask the aggregate, save and audit.
 */
@Service
@Transactional(readOnly = true)
public class InquiryRegister {

	static final String MODULE = "inquiry";

	/** The lock name of this module's sweep and the name its skipped rows are logged under. */
	static final String SWEEP = "inquiry.overdue";

	private final Registration registration;

	private final PublicIntake intake;

	private final Answering answering;

	private final Handover handover;

	private final Complaints complaints;

	private final InquiryClock clock;

	private final Directory directory;

	private final RegisterReading reading;

	InquiryRegister(Registration registration, PublicIntake intake, Answering answering, Handover handover,
			Complaints complaints, InquiryClock clock, Directory directory, RegisterReading reading) {
		this.registration = registration;
		this.intake = intake;
		this.answering = answering;
		this.handover = handover;
		this.complaints = complaints;
		this.clock = clock;
		this.directory = directory;
		this.reading = reading;
	}

	// ---- registering ------------------------------------------------------------------------------------------

	/**
	 * Registers a contact the caller took first, and takes the first outcome path at once (in the same transaction:
	 * when the path is refused, nothing is registered). A complaint or report goes to the supervisors' queue, its
	 * maker's identity to the confidential table.
	 *
	 * @throws InquiryFieldRequiredException without a category or subject, or a complaint or report without content
	 */
	@Transactional
	public RegisterEntry register(NewInquiry request, NextStep next) {
		Inquiry inquiry = registration.register(request);
		if (inquiry.confidential()) {
			return inquiry.entry();
		}
		return take(inquiry.id(), next == null ? new NextStep.Keep() : next);
	}

	/**
	 * A consultation, complaint, report or suggestion from the public portal: no login, at most the limit of the
	 * rate limiter's {@code public-submission} bucket per client address, counted before the transaction opens
	 * (docs/decisions/0048), so it refuses to run inside one.
	 *
	 * @return the status, with the query code to follow it
	 * @throws SubmissionsLimitedException when the client submitted too often
	 */
	@Transactional(propagation = Propagation.NEVER)
	public PublicStatus submit(PublicSubmission submission, String clientAddress) {
		intake.admit(submission, clientAddress);
		return intake.submit(submission);
	}

	/**
	 * What the visitor sees for a query code: category, dates, state and, once closed, the answer. No personal data.
	 *
	 * @throws InquiryNotFoundException when no inquiry has this code
	 */
	public PublicStatus status(String queryCode) {
		return intake.status(queryCode);
	}

	// ---- outcome paths ----------------------------------------------------------------------------------------

	/** Takes an outcome path with a matter the caller must act on. */
	@Transactional
	public RegisterEntry take(InquiryId id, NextStep next) {
		if (next instanceof NextStep.Answer answer) {
			return answer(id, answer.answer());
		}
		if (next instanceof NextStep.Promise promise) {
			return promise(id, promise.by(), promise.note());
		}
		if (next instanceof NextStep.HandOver handOver) {
			return handOver(id, handOver.postId() == null ? null : new PostId(handOver.postId()), handOver.note());
		}
		if (next instanceof NextStep.Escalate escalate) {
			return escalate(id, escalate.level(), escalate.note());
		}
		if (next instanceof NextStep.Refer refer) {
			return refer(id, refer.authorityId(), refer.note());
		}
		return inquiry(id);
	}

	/**
	 * Answers and closes the matter (首问到底: closing needs the answer). The first responder is told in the app when
	 * someone else closes it.
	 *
	 * @throws AnswerRequiredException without an answer
	 */
	@Transactional
	public RegisterEntry answer(InquiryId id, String answer) {
		return answering.answer(known(id), answer);
	}

	/** Own duty, not possible now: the visitor is told what is needed and by when the answer comes. */
	@Transactional
	public RegisterEntry promise(InquiryId id, LocalDate by, String note) {
		return answering.promise(known(id), by, note);
	}

	/**
	 * Hands the matter to another post of the unit, to whoever acts for it now (the substitute while the holder is
	 * away). When nobody acts for it, the matter stays with the first responder (whose record keeps the visitor's
	 * phone) and the post gets a callback task with a time limit. The third hand-over without an answer flags 推诿.
	 *
	 * @throws HandOverToSamePostException when the post is the one the matter sits with
	 */
	@Transactional
	public RegisterEntry handOver(InquiryId id, PostId postId, String note) {
		return handover.handOver(known(id), postId == null ? null : postId.value(), note);
	}

	/** A holder of (or someone acting for) the post that owes a callback takes the matter over. */
	@Transactional
	public RegisterEntry takeCallback(InquiryId id) {
		return handover.takeCallback(known(id));
	}

	/**
	 * Responsibility unclear: the matter goes to the department head (or the leader overseeing the department); the
	 * first responder still owes the visitor the answer and may give it.
	 */
	@Transactional
	public RegisterEntry escalate(InquiryId id, DecisionLevel level, String note) {
		return handover.escalate(known(id), level, note);
	}

	/**
	 * Outside the unit: the visitor is told the competent authority and its phone, chosen from the directory; the
	 * matter closes with that answer.
	 *
	 * @throws AuthorityRequiredException without an authority from the directory
	 */
	@Transactional
	public RegisterEntry refer(InquiryId id, Long authorityId, String note) {
		return answering.refer(known(id), authorityId, note);
	}

	/** The handler confirms they have the matter (within the acknowledge limit). */
	@Transactional
	public RegisterEntry acknowledge(InquiryId id) {
		return answering.acknowledge(known(id));
	}

	/** The handler asks for more working days, with a reason, before the deadline. */
	@Transactional
	public RegisterEntry requestExtension(InquiryId id, int workingDays, String reason) {
		return clock.requestExtension(known(id), workingDays, reason);
	}

	/**
	 * The head of the handling department approves the requested extension; the deadline moves on by the working
	 * days asked for. Only before the deadline.
	 *
	 * @throws ExtensionAfterDeadlineException when the deadline has passed
	 */
	@Transactional
	public RegisterEntry approveExtension(InquiryId id) {
		return clock.approveExtension(known(id));
	}

	/**
	 * 一次性告知: sends the visitor of an application intent the link to the guide of the item (the printable notice of
	 * everything needed) by SMS; once per inquiry.
	 */
	@Transactional
	public RegisterEntry sendGuide(InquiryId id) {
		return answering.sendGuide(known(id));
	}

	/** The items in force that match a keyword (all units), for the application-intent picker. */
	public List<ServiceItem> itemsInForce(String keyword) {
		return answering.itemsInForce(keyword);
	}

	/** The item in force, if it still is. */
	public Optional<ServiceItem> itemInForce(long itemId) {
		return answering.itemInForce(itemId);
	}

	// ---- complaints and reports -------------------------------------------------------------------------------

	/** The supervisors' queue of complaints and reports (open first); supervisors only. */
	public List<RegisterEntry> complaintQueue(boolean openOnly) {
		return complaints.queue(openOnly);
	}

	/**
	 * The identity of whoever made a complaint or report, for a supervisor; every call is audited (without the
	 * identity). Anyone else is told there is no such inquiry.
	 */
	@Transactional
	public Identity identityOf(InquiryId id) {
		return complaints.identityOf(known(id));
	}

	/**
	 * Tells a real-name complainant or reporter that the matter was accepted (by SMS when they left a mobile number);
	 * due within 10 working days by default.
	 */
	@Transactional
	public RegisterEntry notifyAcceptance(InquiryId id) {
		return complaints.notifyAcceptance(known(id));
	}

	/**
	 * A supervisor's verification of a complaint or report: the finding, the findings and the reply to the
	 * complainant; closes it. Substantiated (or partly) publishes {@link ComplaintSubstantiated}.
	 */
	@Transactional
	public RegisterEntry verify(InquiryId id, Verification verification, String findings, String reply) {
		return complaints.verify(known(id), verification, findings, reply);
	}

	// ---- reading ----------------------------------------------------------------------------------------------

	/**
	 * An inquiry the caller may see: a complaint or report only supervisors; another within the caller's data scope,
	 * or one they took first, hold, or owe a callback for.
	 */
	public RegisterEntry inquiry(InquiryId id) {
		return reading.inquiry(known(id));
	}

	/** The visitor of an ordinary inquiry the caller may see; never anything for a complaint or report. */
	public Optional<Visitor> visitorOf(InquiryId id) {
		return reading.visitorOf(known(id));
	}

	/**
	 * The visitors with a phone of the ordinary inquiries received from {@code from} to {@code to} that name a
	 * department, of one unit or, with {@code unitId} null, of all: for the evaluation's public survey (群众评议),
	 * after its own check that the caller runs it. Their phones stay encrypted; complainants are never among them.
	 */
	public List<ServedPerson> visitors(Long unitId, LocalDate from, LocalDate to) {
		return reading.visitors(unitId, from, to);
	}

	/** The masked visitor phones of these ordinary inquiries, for lists. */
	public Map<Long, String> maskedPhones(List<RegisterEntry> shown) {
		return reading.maskedPhones(shown);
	}

	public List<InquiryStep> stepsOf(InquiryId id) {
		return reading.stepsOf(known(id));
	}

	/** The posts a matter was handed to, in order: the chain shown when it is flagged as 推诿. */
	public List<Long> chainOf(InquiryId id) {
		return reading.chainOf(known(id));
	}

	/** A page of what the caller took first (首问), newest first; {@code cursor} from the page before, or null. */
	public KeysetPage<RegisterEntry> takenFirst(String cursor) {
		return reading.takenFirst(cursor);
	}

	/** What the caller must act on now: matters they hold, and callbacks owed by the posts they act for. */
	public List<RegisterEntry> assignedToMe() {
		return reading.assignedToMe();
	}

	/** What the caller took first and someone else holds or held (首问到底): open first, then the closed ones. */
	public KeysetPage<RegisterEntry> following(String cursor) {
		return reading.following(cursor);
	}

	/** The department whose open matters the caller sees first: their own, or a deputy leader's first overseen. */
	public DepartmentId ownDepartment() {
		return new DepartmentId(reading.ownDepartment());
	}

	/** The open matters of a department within the caller's data scope ({@link #ownDepartment()} when null). */
	public List<RegisterEntry> openOfDepartment(DepartmentId departmentId) {
		return reading.openOfDepartment(departmentId == null ? null : departmentId.value());
	}

	/**
	 * A page of the register within the caller's data scope, in the order asked for (newest first when {@code null});
	 * complaints and reports only for supervisors.
	 * @throws org.xiaoneng.common.BadCursorException when the cursor is not one the register gave out in this order
	 */
	public KeysetPage<RegisterEntry> register(RegisterFilter filter, RegisterOrder order, String cursor) {
		return reading.register(filter, order, cursor);
	}

	/** The whole register under the filter within the caller's data scope, newest first: the export. */
	public List<RegisterEntry> registerAll(RegisterFilter filter) {
		return reading.registerAll(filter);
	}

	/** Normal, yellow (1 working day or 80 % used) or red (overdue), as in casework. */
	public DeadlineStatus deadlineStatus(RegisterEntry inquiry) {
		return clock.status(inquiry);
	}

	/** The caller as a staff member at work. */
	public StaffMember me() {
		return reading.me();
	}

	/** Whether the caller may act on the matter now (its handler, the first responder where allowed, or their stand-in). */
	public boolean canAct(RegisterEntry inquiry) {
		return reading.canAct(inquiry);
	}

	public LocalDate today() {
		return clock.today();
	}

	/** Now, by the platform's clock. */
	public Instant now() {
		return clock.now();
	}

	// ---- directory and settings -------------------------------------------------------------------------------

	public List<ExternalAuthority> authorities() {
		return directory.authorities();
	}

	public ExternalAuthority authority(long id) {
		return directory.authority(id);
	}

	/** Adds an authority to the directory (administrators). */
	@Transactional
	public ExternalAuthority addAuthority(String name, String phone, String address, String competence) {
		return directory.addAuthority(name, phone, address, competence);
	}

	/** Changes an entry of the directory (administrators). */
	@Transactional
	public ExternalAuthority changeAuthority(long id, String name, String phone, String address, String competence) {
		return directory.changeAuthority(id, name, phone, address, competence);
	}

	/** The unit's time limits: its own, or the defaults of the settings. */
	public TimeLimits timeLimitsOf(UnitId unitId) {
		return directory.timeLimitsOf(unitId.value());
	}

	/** Sets a unit's time limits: an administrator for any unit, a department head for their own unit. */
	@Transactional
	public TimeLimits setTimeLimits(UnitId unitId, TimeLimits limits) {
		return directory.setTimeLimits(unitId.value(), limits);
	}

	// ---- time-driven ------------------------------------------------------------------------------------------

	/**
	 * Publishes {@link InquiryOverdue} once for each open matter past its deadline, a page of matters in one
	 * transaction; counts them.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount reportOverdue() {
		return clock.reportOverdue();
	}

	/** An id no inquiry can have (zero or negative, from a path or a form) is an inquiry not found, as any other. */
	private static InquiryId known(InquiryId id) {
		if (id == null || id.value() <= 0) {
			throw new InquiryNotFoundException(id == null ? 0 : id.value());
		}
		return id;
	}
}
