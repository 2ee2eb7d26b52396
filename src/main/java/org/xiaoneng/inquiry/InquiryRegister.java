package org.xiaoneng.inquiry;

import static org.xiaoneng.common.Columns.time;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.calendar.DeadlineWarning;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.ReadableCodes;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.platform.ratelimit.RateLimiter;
import org.xiaoneng.substitution.Acting;
import org.xiaoneng.substitution.Substitutes;

/**
 * 首问负责制: whoever takes a contact first registers it and stays responsible until it is closed (首问到底). The
 * matter is answered on the spot or by a stated day, handed to whoever acts for another post of the unit (a callback
 * task when nobody does), escalated when responsibility is unclear, or referred to a competent authority outside the
 * unit; handed on more than twice without an answer, it is flagged as 推诿. Complaints and reports go to the
 * supervisors, and the identity of whoever made them is read only by a supervisor, each time audited
 * (纪检监察机关处理检举控告工作规则 第四十七条). Every change is audited in its transaction; a refused request changes
 * nothing.
 */
@Service
@Transactional(readOnly = true)
public class InquiryRegister {

	static final String MODULE = "inquiry";

	/** The lock name of this module's sweep and the name its skipped rows are logged under. */
	static final String SWEEP = "inquiry.overdue";

	static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	/** The rate limiter's bucket of submissions on the public portal. */
	static final String PUBLIC_SUBMISSION = "public-submission";

	private static final int LIST_LIMIT = 500;

	private static final int SUBJECT_MAX = 200;

	private static final int TEXT_MAX = 4000;

	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

	private static final Set<InquiryCategory> PUBLIC_CATEGORIES = Set.of(InquiryCategory.CONSULTATION,
			InquiryCategory.COMPLAINT, InquiryCategory.REPORT, InquiryCategory.SUGGESTION);

	private final Inquiries inquiries;

	private final Identities identities;

	private final ExternalAuthorities authorities;

	private final UnitTimeLimits unitLimits;

	private final RateLimiter limits;

	private final Organization organization;

	private final Substitutes substitutes;

	private final WorkingDayCalendar calendar;

	private final Cryptography cryptography;

	private final AuditLog auditLog;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Callers callers;

	private final InquirySettings settings;

	private final MessageSource messages;

	private final ServiceCatalog catalog;

	private final Sweeps sweeps;

	InquiryRegister(Callers callers, Inquiries inquiries, Identities identities, ExternalAuthorities authorities,
			UnitTimeLimits unitLimits, RateLimiter limits, Organization organization,
			Substitutes substitutes, WorkingDayCalendar calendar, Cryptography cryptography, AuditLog auditLog,
			Notifications notifications, ApplicationEventPublisher events, Clock clock, InquirySettings settings, MessageSource messages,
			ServiceCatalog catalog, Sweeps sweeps) {
		this.sweeps = sweeps;
		this.inquiries = inquiries;
		this.identities = identities;
		this.authorities = authorities;
		this.unitLimits = unitLimits;
		this.limits = limits;
		this.organization = organization;
		this.substitutes = substitutes;
		this.calendar = calendar;
		this.cryptography = cryptography;
		this.auditLog = auditLog;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
		this.callers = callers;
		this.settings = settings;
		this.messages = messages;
		this.catalog = catalog;
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
	public Inquiry register(NewInquiry request, NextStep next) {
		StaffMember caller = me();
		validate(request.channel(), request.category(), request.subject(), request.content(), request.phone());
		StaffMember first = request.firstResponderId() == null ? caller
				: organization.staffMember(request.firstResponderId());
		if (first.unitId() != caller.unitId() || first.status().hasLeft()) {
			throw new InquiryFieldInvalidException("firstResponder");
		}
		List<ReceivedMaterial> materials = materials(request.materials());
		if (request.itemId() != null && (request.category() != InquiryCategory.APPLICATION_INTENT
				|| catalog.current(request.itemId()).isEmpty())) {
			throw new InquiryFieldInvalidException("item");
		}
		Instant received = request.receivedAt() == null ? clock.instant() : request.receivedAt();
		if (received.isAfter(clock.instant())) {
			throw new InquiryFieldInvalidException("receivedAt");
		}
		long id;
		if (request.category().confidential()) {
			long unitId = request.concernedUnitId() != null ? organization.unit(request.concernedUnitId()).id()
					: caller.unitId();
			Identity identity = new Identity(trim(request.visitorName()), trim(request.organisation()),
					trim(request.phone()), trim(request.address()));
			id = insertConfidential(unitId, request.channel(), request.category(), received, request.subject(),
					request.content(), identity, first, false, request.concernedDepartmentId(),
					request.concernedStaffId());
		}
		else {
			Long postId = first.postIds().isEmpty() ? null : first.postIds().get(0);
			TimeLimits limits = timeLimitsOf(first.unitId());
			LocalDate day = day(received);
			String unitCode = unitCode(first.unitId());
			id = inquiries.insert(new Inquiries.Entry(newQueryCode(), first.unitId(), first.departmentId(),
					request.channel(), request.category(), received, request.subject().strip(), trim(request.content()),
					false, false, first.id(), first.staffNumber(), first.id(), first.staffNumber(), postId,
					InquiryState.OPEN, calendar.deadline(unitCode, day, limits.acknowledgeDays()).date(),
					clock.instant(), calendar.deadline(unitCode, day, limits.answerDays()).date(), null, null, null,
					null, request.itemId()));
			inquiries.insertVisitor(id, encrypt(request.visitorName()), trim(request.organisation()),
					encrypt(request.phone()), encrypt(request.address()));
		}
		inquiries.insertMaterials(id, materials);
		Inquiry inquiry = find(id);
		inquiries.insertStep(id, clock.instant(), StepKind.REGISTERED, callerName(), inquiry.postId(), first.id(), null);
		auditLog.record(new AuditEntry(MODULE, "inquiry.registered", String.valueOf(id), null,
				"category=" + request.category() + ", channel=" + request.channel() + ", firstResponder=" + first.id()));
		events.publishEvent(new InquiryRegistered(id, inquiry.unitId(), inquiry.category(), first.id(), clock.instant()));
		if (!request.category().confidential()) {
			take(id, next == null ? new NextStep.Keep() : next);
		}
		return find(id);
	}

	/**
	 * A consultation, complaint, report or suggestion from the public portal: no login, at most
	 * the limit of the rate limiter's {@code public-submission} bucket per client address. A consultation or suggestion goes to
	 * whoever acts for the unit's window post (its first responder), a complaint or report to the supervisors.
	 *
	 * @return the status, with the query code to follow it
	 * @throws SubmissionsLimitedException when the client submitted too often
	 */
	@Transactional
	public PublicStatus submit(PublicSubmission submission, String clientAddress) {
		validate(InquiryChannel.ONLINE, submission.category(), submission.subject(), submission.content(),
				submission.phone());
		if (!PUBLIC_CATEGORIES.contains(submission.category())) {
			throw new InquiryFieldInvalidException("category");
		}
		if (submission.unitId() == null) {
			throw new InquiryFieldRequiredException("unit");
		}
		Unit unit = organization.unit(submission.unitId());
		if (!limits.attempt(PUBLIC_SUBMISSION, clientAddress)) {
			throw new SubmissionsLimitedException(limits.window(PUBLIC_SUBMISSION).toMinutes());
		}
		Instant now = clock.instant();
		long id;
		if (submission.category().confidential()) {
			Identity identity = new Identity(trim(submission.name()), null, trim(submission.phone()), null);
			id = insertConfidential(unit.id(), InquiryChannel.ONLINE, submission.category(), now,
					submission.subject(), submission.content(), identity, null, true, null, null);
		}
		else {
			Optional<Acting> acting = windowOf(unit.id()).map(post -> substitutes.whoActsFor(post.id(), now));
			Long handler = acting.map(Acting::staffId).orElse(null);
			StaffMember member = handler == null ? null : organization.staffMember(handler);
			TimeLimits limits = timeLimitsOf(unit.id());
			LocalDate day = day(now);
			id = inquiries.insert(new Inquiries.Entry(newQueryCode(), unit.id(),
					member == null ? null : member.departmentId(), InquiryChannel.ONLINE, submission.category(), now,
					submission.subject().strip(), trim(submission.content()), false, true, handler,
					member == null ? null : member.staffNumber(), handler, member == null ? null : member.staffNumber(),
					acting.map(Acting::postId).orElse(null), InquiryState.OPEN,
					calendar.deadline(unit.creditCode(), day, limits.acknowledgeDays()).date(), null,
					calendar.deadline(unit.creditCode(), day, limits.answerDays()).date(), null, null, null, null,
					null));
			inquiries.insertVisitor(id, encrypt(submission.name()), null, encrypt(submission.phone()), null);
		}
		inquiries.insertStep(id, now, StepKind.REGISTERED, "public", null, null, null);
		auditLog.recordAs("public", new AuditEntry(MODULE, "inquiry.submitted", String.valueOf(id), null,
				"category=" + submission.category() + ", unit=" + unit.id()));
		Inquiry inquiry = find(id);
		events.publishEvent(new InquiryRegistered(id, unit.id(), inquiry.category(), inquiry.firstResponderId(), now));
		return publicStatus(inquiry);
	}

	/**
	 * What the visitor sees for a query code: category, dates, state and, once closed, the answer. No personal data.
	 *
	 * @throws InquiryNotFoundException when no inquiry has this code
	 */
	public PublicStatus status(String queryCode) {
		String code = queryCode == null ? "" : queryCode.strip().toUpperCase(java.util.Locale.ROOT);
		return inquiries.byQueryCode(code).map(this::publicStatus).orElseThrow(() -> new InquiryNotFoundException(code));
	}

	// ---- outcome paths ----------------------------------------------------------------------------------------

	/** Takes an outcome path with a matter the caller must act on. */
	@Transactional
	public Inquiry take(long id, NextStep next) {
		if (next instanceof NextStep.Answer answer) {
			return answer(id, answer.answer());
		}
		if (next instanceof NextStep.Promise promise) {
			return promise(id, promise.by(), promise.note());
		}
		if (next instanceof NextStep.HandOver handOver) {
			return handOver(id, handOver.postId(), handOver.note());
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
	public Inquiry answer(long id, String answer) {
		Inquiry inquiry = actionable(id);
		if (answer == null || answer.isBlank()) {
			throw new AnswerRequiredException();
		}
		requireLength(answer, TEXT_MAX, "answer");
		close(inquiry, InquiryOutcome.ANSWERED, answer.strip(), null, StepKind.ANSWERED);
		return find(id);
	}

	/** Own duty, not possible now: the visitor is told what is needed and by when the answer comes. */
	@Transactional
	public Inquiry promise(long id, LocalDate by, String note) {
		Inquiry inquiry = actionable(id);
		if (by == null) {
			throw new InquiryFieldRequiredException("promisedBy");
		}
		if (by.isBefore(today()) || by.isAfter(inquiry.deadline())) {
			throw new InquiryFieldInvalidException("promisedBy");
		}
		String text = trim(note);
		requireLength(text, TEXT_MAX, "note");
		inquiries.update(id, "promised_by = :by, acknowledged_at = coalesce(acknowledged_at, :now)",
				params("by", by, "now", time(clock.instant())));
		inquiries.insertStep(id, clock.instant(), StepKind.PROMISED, callerName(), null, null,
				by + (text == null ? "" : " " + text));
		auditLog.record(new AuditEntry(MODULE, "inquiry.promised", String.valueOf(id), null, "by=" + by));
		return find(id);
	}

	/**
	 * Hands the matter to another post of the unit, to whoever acts for it now (the substitute while the holder is
	 * away). When nobody acts for it, the matter stays with the first responder (whose record keeps the visitor's
	 * phone) and the post gets a callback task with a time limit. The third hand-over without an answer flags 推诿.
	 *
	 * @throws HandOverToSamePostException when the post is the one the matter sits with
	 */
	@Transactional
	public Inquiry handOver(long id, Long postId, String note) {
		Inquiry inquiry = actionable(id);
		if (postId == null) {
			throw new InquiryFieldRequiredException("post");
		}
		Post post = organization.post(postId);
		if (inquiry.postId() != null && inquiry.postId().equals(postId)) {
			throw new HandOverToSamePostException();
		}
		if (organization.department(post.departmentId()).unitId() != inquiry.unitId()) {
			throw new InquiryFieldInvalidException("postOfOtherUnit");
		}
		String text = trim(note);
		requireLength(text, TEXT_MAX, "note");
		Instant now = clock.instant();
		String unitCode = unitCode(inquiry.unitId());
		TimeLimits limits = timeLimitsOf(inquiry.unitId());
		Optional<Acting> acting = actingNow(postId, now);
		Long from = inquiry.handlerId();
		if (acting.isPresent()) {
			StaffMember to = organization.staffMember(acting.get().staffId());
			inquiries.update(id, """
					handler_id = :handler, handler_number = :number, department_id = :department, post_id = :post,
					state = 'OPEN', callback_post_id = null, callback_due = null, hand_overs = hand_overs + 1,
					acknowledge_due = :ackDue, acknowledged_at = null""",
					params("handler", to.id(), "number", to.staffNumber(), "department", to.departmentId(), "post",
							postId, "ackDue", calendar.deadline(unitCode, today(), limits.acknowledgeDays()).date()));
			inquiries.insertStep(id, now, StepKind.HANDED_OVER, callerName(), postId, to.id(), text);
			events.publishEvent(new InquiryHandedOver(id, inquiry.unitId(), from, postId, to.id(),
					acting.get().onBehalf(), now));
			tell(to, text("inquiry.notice.handedOver"), text("inquiry.notice.handedOver.body", inquiry.subject()), id,
					"handover:" + now.toEpochMilli());
		}
		else {
			LocalDate due = calendar.deadline(unitCode, today(), settings.callbackDays()).date();
			Long first = inquiry.firstResponderId() != null ? inquiry.firstResponderId() : inquiry.handlerId();
			StaffMember keeper = first == null ? null : organization.staffMember(first);
			inquiries.update(id, """
					handler_id = :handler, handler_number = :number, department_id = :department,
					state = 'AWAITING_CALLBACK', callback_post_id = :post, callback_due = :due,
					hand_overs = hand_overs + 1""",
					params("handler", first, "number", keeper == null ? null : keeper.staffNumber(), "department",
							keeper == null ? inquiry.departmentId() : keeper.departmentId(), "post", postId, "due",
							due));
			inquiries.insertStep(id, now, StepKind.CALLBACK_REQUESTED, callerName(), postId, null,
					due + (text == null ? "" : " " + text));
			events.publishEvent(new InquiryHandedOver(id, inquiry.unitId(), from, postId, null, false, now));
		}
		auditLog.record(new AuditEntry(MODULE, "inquiry.handedOver", String.valueOf(id), "post=" + inquiry.postId(),
				"post=" + postId + acting.map(a -> ", staff=" + a.staffId()).orElse(", callback")));
		flagBuckPassing(find(id));
		return find(id);
	}

	/** A holder of (or someone acting for) the post that owes a callback takes the matter over. */
	@Transactional
	public Inquiry takeCallback(long id) {
		Inquiry inquiry = visible(id);
		StaffMember caller = me();
		if (inquiry.state() != InquiryState.AWAITING_CALLBACK || inquiry.callbackPostId() == null
				|| !actsFor(caller, inquiry.callbackPostId())) {
			throw new NotTheHandlerException();
		}
		Instant now = clock.instant();
		inquiries.update(id, """
				handler_id = :handler, handler_number = :number, department_id = :department, post_id = :post,
				state = 'OPEN', callback_post_id = null, callback_due = null, acknowledged_at = :now""",
				params("handler", caller.id(), "number", caller.staffNumber(), "department", caller.departmentId(),
						"post", inquiry.callbackPostId(), "now", time(now)));
		inquiries.insertStep(id, now, StepKind.CALLBACK_TAKEN, callerName(), inquiry.callbackPostId(), caller.id(), null);
		auditLog.record(AuditEntry.of(MODULE, "inquiry.callbackTaken", String.valueOf(id)));
		return find(id);
	}

	/**
	 * Responsibility unclear: the matter goes to the department head (or the leader overseeing the department); the
	 * first responder still owes the visitor the answer and may give it.
	 */
	@Transactional
	public Inquiry escalate(long id, DecisionLevel level, String note) {
		Inquiry inquiry = actionable(id);
		DecisionLevel to = level == null ? DecisionLevel.DEPARTMENT_HEAD : level;
		long departmentId = inquiry.departmentId() != null ? inquiry.departmentId() : me().departmentId();
		StaffMember authority = organization.authorityOver(departmentId, to)
			.orElseThrow(() -> new InquiryFieldInvalidException("noAuthority"));
		String text = trim(note);
		requireLength(text, TEXT_MAX, "note");
		Instant now = clock.instant();
		inquiries.update(id, """
				handler_id = :handler, handler_number = :number, state = 'ESCALATED', acknowledge_due = :ackDue,
				acknowledged_at = null""",
				params("handler", authority.id(), "number", authority.staffNumber(), "ackDue",
						calendar.deadline(unitCode(inquiry.unitId()), today(),
								timeLimitsOf(inquiry.unitId()).acknowledgeDays()).date()));
		inquiries.insertStep(id, now, StepKind.ESCALATED, callerName(), null, authority.id(), text);
		auditLog.record(new AuditEntry(MODULE, "inquiry.escalated", String.valueOf(id), null,
				"level=" + to + ", staff=" + authority.id()));
		tell(authority, text("inquiry.notice.escalated"), text("inquiry.notice.escalated.body", inquiry.subject()), id,
				"escalated:" + now.toEpochMilli());
		return find(id);
	}

	/**
	 * Outside the unit: the visitor is told the competent authority and its phone, chosen from the directory; the
	 * matter closes with that answer.
	 *
	 * @throws AuthorityRequiredException without an authority from the directory
	 */
	@Transactional
	public Inquiry refer(long id, Long authorityId, String note) {
		Inquiry inquiry = actionable(id);
		if (authorityId == null) {
			throw new AuthorityRequiredException();
		}
		ExternalAuthority authority = authorities.find(authorityId).orElseThrow(AuthorityRequiredException::new);
		String text = trim(note);
		requireLength(text, TEXT_MAX, "note");
		String answer = authority.name() + " " + authority.phone()
				+ (authority.address() == null ? "" : " " + authority.address()) + (text == null ? "" : "；" + text);
		close(inquiry, InquiryOutcome.REFERRED, answer, authority.id(), StepKind.REFERRED);
		return find(id);
	}

	/** The handler confirms they have the matter (within the acknowledge limit). */
	@Transactional
	public Inquiry acknowledge(long id) {
		Inquiry inquiry = actionable(id);
		if (inquiry.acknowledgedAt() == null) {
			inquiries.update(id, "acknowledged_at = :now", params("now", time(clock.instant())));
			inquiries.insertStep(id, clock.instant(), StepKind.ACKNOWLEDGED, callerName(), null, null, null);
			auditLog.record(AuditEntry.of(MODULE, "inquiry.acknowledged", String.valueOf(id)));
		}
		return find(id);
	}

	/** The handler asks for more working days, with a reason, before the deadline. */
	@Transactional
	public Inquiry requestExtension(long id, int workingDays, String reason) {
		Inquiry current = actionableOrSupervised(id);
		if (workingDays < 1 || workingDays > 30) {
			throw new InquiryFieldInvalidException("extensionDays");
		}
		if (reason == null || reason.isBlank()) {
			throw new InquiryFieldRequiredException("extensionReason");
		}
		requireLength(reason, TEXT_MAX, "extensionReason");
		requireBeforeDeadline(current);
		inquiries.update(id, """
				extension_days = :days, extension_reason = :reason, extension_requested_by = :by,
				extension_approved_by = null""", params("days", workingDays, "reason", reason.strip(), "by", callerName()));
		inquiries.insertStep(id, clock.instant(), StepKind.EXTENSION_REQUESTED, callerName(), null, null,
				workingDays + " " + reason.strip());
		auditLog.record(new AuditEntry(MODULE, "inquiry.extensionRequested", String.valueOf(id), null,
				"days=" + workingDays));
		return find(id);
	}

	/**
	 * The head of the handling department approves the requested extension; the deadline moves on by the working
	 * days asked for. Only before the deadline.
	 *
	 * @throws ExtensionAfterDeadlineException when the deadline has passed
	 */
	@Transactional
	public Inquiry approveExtension(long id) {
		Inquiry inquiry = lockedVisible(id);
		if (inquiry.closed()) {
			throw new InquiryClosedException();
		}
		if (inquiry.extensionDays() == null || inquiry.extensionApprovedBy() != null) {
			throw new NoExtensionRequestedException();
		}
		StaffMember caller = me();
		Long departmentId = inquiry.confidential()
				? inquiries.extensionRequester(id).flatMap(organization::staffByUsername).map(StaffMember::departmentId).orElse(null)
				: inquiry.departmentId();
		if (departmentId == null || organization.authorityOver(departmentId, DecisionLevel.DEPARTMENT_HEAD)
			.filter(head -> head.id() == caller.id())
			.isEmpty()) {
			throw new ExtensionApproverException();
		}
		requireBeforeDeadline(inquiry);
		LocalDate deadline = calendar.deadline(unitCode(inquiry.unitId()), inquiry.deadline(), inquiry.extensionDays())
			.date();
		inquiries.update(id, "deadline = :deadline, extension_approved_by = :by",
				params("deadline", deadline, "by", callerName()));
		inquiries.insertStep(id, clock.instant(), StepKind.EXTENSION_APPROVED, callerName(), null, null,
				String.valueOf(deadline));
		auditLog.record(new AuditEntry(MODULE, "inquiry.extensionApproved", String.valueOf(id),
				"deadline=" + inquiry.deadline(), "deadline=" + deadline));
		return find(id);
	}

	/**
	 * 一次性告知: sends the visitor of an application intent the link to the guide of the item (the printable notice of
	 * everything needed) by SMS; once per inquiry.
	 */
	@Transactional
	public Inquiry sendGuide(long id) {
		Inquiry inquiry = visible(id);
		StaffMember caller = me();
		if (caller.id() != nullToZero(inquiry.firstResponderId()) && !mayAct(caller, inquiry)) {
			throw new NotTheHandlerException();
		}
		if (inquiry.itemId() == null) {
			throw new InquiryFieldRequiredException("item");
		}
		ServiceItem item = catalog.current(inquiry.itemId()).orElseThrow(() -> new InquiryFieldInvalidException("item"));
		String phone = inquiries.visitor(id).map(columns -> decrypt(columns[2])).orElse(null);
		if (phone == null || !phone.matches("1[3-9]\\d{9}")) {
			throw new InquiryFieldInvalidException("mobile");
		}
		notifications.send(Notification.sms(phone, text("inquiry.notice.guide"),
				text("inquiry.notice.guide.body", item.name(), catalog.guideUrl(item.id())))
			.withIdempotencyKey("inquiry:" + id + ":guide:" + item.id()));
		inquiries.insertStep(id, clock.instant(), StepKind.GUIDE_SENT, callerName(), null, null, item.name());
		auditLog.record(new AuditEntry(MODULE, "inquiry.guideSent", String.valueOf(id), null, "item=" + item.id()));
		return find(id);
	}

	/** The items in force that match a keyword (all units), for the application-intent picker. */
	public List<ServiceItem> itemsInForce(String keyword) {
		return catalog.searchInForce(keyword == null ? "" : keyword.strip(), 20);
	}

	/** The item in force, if it still is. */
	public Optional<ServiceItem> itemInForce(long itemId) {
		return catalog.current(itemId);
	}

	// ---- complaints and reports -------------------------------------------------------------------------------

	/** The supervisors' queue of complaints and reports (open first); supervisors only. */
	public List<Inquiry> complaintQueue(boolean openOnly) {
		requireSupervisor();
		return inquiries.confidentialQueue(openOnly, LIST_LIMIT);
	}

	/**
	 * The identity of whoever made a complaint or report, for a supervisor; every call is audited (without the
	 * identity). Anyone else is told there is no such inquiry.
	 */
	@Transactional
	public Identity identityOf(long id) {
		requireSupervisor();
		Inquiry inquiry = find(id);
		if (!inquiry.confidential()) {
			throw new InquiryNotFoundException(id);
		}
		auditLog.record(AuditEntry.of(MODULE, "identity.viewed", String.valueOf(id)));
		return identities.find(id)
			.map(columns -> new Identity(decrypt(columns[0]), decrypt(columns[1]), decrypt(columns[2]),
					decrypt(columns[3])))
			.orElse(new Identity(null, null, null, null));
	}

	/**
	 * Tells a real-name complainant or reporter that the matter was accepted (by SMS when they left a mobile number);
	 * due within 10 working days by default.
	 */
	@Transactional
	public Inquiry notifyAcceptance(long id) {
		requireSupervisor();
		Inquiry inquiry = lockedVisible(id);
		if (!inquiry.confidential() || inquiry.anonymous() || inquiry.acceptanceNotifiedAt() != null) {
			throw new InquiryClosedException();
		}
		Instant now = clock.instant();
		identities.find(id).map(columns -> decrypt(columns[2])).filter(phone -> phone != null
				&& phone.matches("1[3-9]\\d{9}")).ifPresent(phone -> notifications.send(Notification.sms(phone,
						text("inquiry.notice.accepted"), text("inquiry.notice.accepted.body", inquiry.queryCode()))
					.withIdempotencyKey("inquiry:" + id + ":accepted")));
		inquiries.update(id, "acceptance_notified_at = :now, acknowledged_at = coalesce(acknowledged_at, :now)",
				params("now", time(now)));
		inquiries.insertStep(id, now, StepKind.ACCEPTANCE_NOTIFIED, callerName(), null, null, null);
		auditLog.record(AuditEntry.of(MODULE, "complaint.acceptanceNotified", String.valueOf(id)));
		return find(id);
	}

	/**
	 * A supervisor's verification of a complaint or report: the finding, the findings and the reply to the
	 * complainant; closes it. Substantiated (or partly) publishes {@link ComplaintSubstantiated}.
	 */
	@Transactional
	public Inquiry verify(long id, Verification verification, String findings, String reply) {
		requireSupervisor();
		Inquiry inquiry = lockedVisible(id);
		if (!inquiry.confidential()) {
			throw new InquiryNotFoundException(id);
		}
		if (inquiry.closed()) {
			throw new InquiryClosedException();
		}
		if (verification == null) {
			throw new InquiryFieldRequiredException("verification");
		}
		if (findings == null || findings.isBlank()) {
			throw new InquiryFieldRequiredException("findings");
		}
		if (reply == null || reply.isBlank()) {
			throw new AnswerRequiredException();
		}
		requireLength(findings, TEXT_MAX, "findings");
		requireLength(reply, TEXT_MAX, "answer");
		inquiries.update(id, "verification = :verification, findings = :findings",
				params("verification", verification.name(), "findings", findings.strip()));
		close(inquiry, InquiryOutcome.VERIFIED, reply.strip(), null, StepKind.VERIFIED);
		if (verification != Verification.NOT_SUBSTANTIATED) {
			events.publishEvent(new ComplaintSubstantiated(id, inquiry.concernedUnitId(),
					inquiry.concernedDepartmentId(), inquiry.concernedStaffId(), verification, clock.instant()));
		}
		return find(id);
	}

	// ---- reading ----------------------------------------------------------------------------------------------

	/**
	 * An inquiry the caller may see: a complaint or report only supervisors; another within the caller's data scope,
	 * or one they took first, hold, or owe a callback for.
	 */
	public Inquiry inquiry(long id) {
		return visible(id);
	}

	/** The visitor of an ordinary inquiry the caller may see; never anything for a complaint or report. */
	public Optional<Visitor> visitorOf(long id) {
		Inquiry inquiry = visible(id);
		if (inquiry.confidential()) {
			return Optional.empty();
		}
		return inquiries.visitor(id)
			.map(columns -> new Visitor(decrypt(columns[0]), columns[1], decrypt(columns[2]), decrypt(columns[3])));
	}

	/** The masked visitor phones of these ordinary inquiries, for lists. */
	public Map<Long, String> maskedPhones(List<Inquiry> shown) {
		Map<Long, String> masked = new HashMap<>();
		inquiries.visitorPhones(shown.stream().filter(i -> !i.confidential()).map(Inquiry::id).toList())
			.forEach((id, phone) -> masked.put(id, org.xiaoneng.common.PersonalDataMasks.phone(decrypt(phone))));
		return masked;
	}

	public List<InquiryStep> stepsOf(long id) {
		visible(id);
		return inquiries.steps(id);
	}

	/** The posts a matter was handed to, in order: the chain shown when it is flagged as 推诿. */
	public List<Long> chainOf(long id) {
		return stepsOf(id).stream()
			.filter(step -> step.kind() == StepKind.HANDED_OVER || step.kind() == StepKind.CALLBACK_REQUESTED)
			.map(InquiryStep::postId)
			.toList();
	}

	/** What the caller took first (首问), newest first. */
	public List<Inquiry> takenFirst() {
		return inquiries.takenFirstBy(me().id(), LIST_LIMIT);
	}

	/** What the caller must act on now: matters they hold, and callbacks owed by the posts they act for. */
	public List<Inquiry> assignedToMe() {
		StaffMember caller = me();
		List<Inquiry> mine = new ArrayList<>(inquiries.heldBy(caller.id()));
		Set<Long> posts = new java.util.HashSet<>(caller.postIds());
		substitutes.actingWorkOf(caller.id()).forEach(work -> posts.add(work.postId()));
		inquiries.callbacksOf(posts).stream().filter(i -> mine.stream().noneMatch(m -> m.id() == i.id())).forEach(mine::add);
		return mine;
	}

	/** What the caller took first and someone else holds or held (首问到底): open first, then the closed ones. */
	public List<Inquiry> following() {
		return inquiries.followedBy(me().id(), LIST_LIMIT);
	}

	/** The open matters of a department within the caller's data scope (their own department when null). */
	public List<Inquiry> openOfDepartment(Long departmentId) {
		long id = departmentId != null ? departmentId : me().departmentId();
		var department = organization.department(id);
		if (!scope().includesDepartment(department.unitId(), id)) {
			throw new InquiryNotFoundException("department " + id);
		}
		return inquiries.openOfDepartment(id);
	}

	/** The register within the caller's data scope; complaints and reports only for supervisors. */
	public List<Inquiry> register(RegisterFilter filter) {
		return inquiries.register(filter == null ? RegisterFilter.none() : filter, today(), scope(),
				callerIs("SUPERVISOR"), LIST_LIMIT);
	}

	/** Normal, yellow (1 working day or 80 % used) or red (overdue), as in casework. */
	public DeadlineStatus deadlineStatus(Inquiry inquiry) {
		if (inquiry.closed()) {
			return DeadlineStatus.NORMAL;
		}
		return calendar.status(unitCode(inquiry.unitId()), inquiry.receivedOn(), inquiry.deadline(),
				DeadlineWarning.DEFAULT);
	}

	/** The caller as a staff member at work. */
	public StaffMember me() {
		return callerStaff().orElseThrow(() -> new InquiryFieldInvalidException("notStaff"));
	}

	/** Whether the caller may act on the matter now (its handler, the first responder where allowed, or their stand-in). */
	public boolean canAct(Inquiry inquiry) {
		return !inquiry.closed() && !inquiry.confidential() && callerStaff().map(c -> mayAct(c, inquiry)).orElse(false);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Now, by the platform's clock. */
	public Instant now() {
		return clock.instant();
	}

	// ---- directory and settings -------------------------------------------------------------------------------

	public List<ExternalAuthority> authorities() {
		return authorities.all();
	}

	public ExternalAuthority authority(long id) {
		return authorities.find(id).orElseThrow(() -> new AuthorityNotFoundException(id));
	}

	/** Adds an authority to the directory (administrators). */
	@Transactional
	public ExternalAuthority addAuthority(String name, String phone, String address, String competence) {
		requireRole("ADMIN");
		validateAuthority(name, phone, competence);
		long id = authorities.insert(name.strip(), phone.strip(), trim(address), competence.strip());
		auditLog.record(new AuditEntry(MODULE, "authority.added", String.valueOf(id), null, name.strip()));
		return authority(id);
	}

	/** Changes an entry of the directory (administrators). */
	@Transactional
	public ExternalAuthority changeAuthority(long id, String name, String phone, String address, String competence) {
		requireRole("ADMIN");
		ExternalAuthority before = authority(id);
		validateAuthority(name, phone, competence);
		authorities.update(id, name.strip(), phone.strip(), trim(address), competence.strip());
		auditLog.record(new AuditEntry(MODULE, "authority.changed", String.valueOf(id), before.name(), name.strip()));
		return authority(id);
	}

	/** The unit's time limits: its own, or the defaults of the settings. */
	public TimeLimits timeLimitsOf(long unitId) {
		return unitLimits.of(unitId).orElse(settings.defaults());
	}

	/** Sets a unit's time limits: an administrator for any unit, a department head for their own unit. */
	@Transactional
	public TimeLimits setTimeLimits(long unitId, TimeLimits limits) {
		organization.unit(unitId);
		boolean admin = callerIs("ADMIN");
		boolean headOfUnit = callerIs("DEPT_HEAD") && callerStaff().filter(c -> c.unitId() == unitId).isPresent();
		if (!admin && !headOfUnit) {
			throw new org.springframework.security.access.AccessDeniedException("time limits");
		}
		if (limits == null || limits.acknowledgeDays() < 0 || limits.acknowledgeDays() > 30 || limits.answerDays() < 1
				|| limits.answerDays() > 60 || limits.concludeDays() < 1 || limits.concludeDays() > 90
				|| limits.acceptanceNoticeDays() < 1 || limits.acceptanceNoticeDays() > 60) {
			throw new TimeLimitsInvalidException();
		}
		TimeLimits before = timeLimitsOf(unitId);
		unitLimits.save(unitId, limits, callerName(), clock.instant());
		auditLog.record(new AuditEntry(MODULE, "timeLimits.changed", String.valueOf(unitId), before.toString(),
				limits.toString()));
		return limits;
	}

	// ---- time-driven ------------------------------------------------------------------------------------------

	/** Publishes {@link InquiryOverdue} once for each open matter past its deadline, each on its own; counts them. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount reportOverdue() {
		return sweeps.each(SWEEP, inquiries.overdueUnreported(today()), Inquiry::id, inquiry -> {
			if (!inquiries.markOverdueReported(inquiry.id())) {
				return false;
			}
			auditLog.recordAs("system", AuditEntry.of(MODULE, "inquiry.overdue", String.valueOf(inquiry.id())));
			events.publishEvent(new InquiryOverdue(inquiry.id(), inquiry.unitId(), inquiry.departmentId(),
					inquiry.handlerId(), inquiry.deadline()));
			return true;
		});
	}

	// ---- rules ------------------------------------------------------------------------------------------------

	private long insertConfidential(long unitId, InquiryChannel channel, InquiryCategory category, Instant received,
			String subject, String content, Identity identity, StaffMember first, boolean publicSubmission,
			Long concernedDepartmentId, Long concernedStaffId) {
		if (concernedDepartmentId != null && organization.department(concernedDepartmentId).unitId() != unitId) {
			throw new InquiryFieldInvalidException("concernedDepartment");
		}
		if (concernedStaffId != null) {
			organization.staffMember(concernedStaffId);
		}
		TimeLimits limits = timeLimitsOf(unitId);
		String unitCode = unitCode(unitId);
		LocalDate day = day(received);
		boolean anonymous = identity.anonymous();
		long id = inquiries.insert(new Inquiries.Entry(newQueryCode(), unitId, null, channel, category, received,
				subject.strip(), content.strip(), anonymous, publicSubmission, first == null ? null : first.id(),
				first == null ? null : first.staffNumber(), null, null, null, InquiryState.WITH_SUPERVISORS,
				calendar.deadline(unitCode, day, limits.acknowledgeDays()).date(), null,
				calendar.deadline(unitCode, day, limits.concludeDays()).date(), unitId, concernedDepartmentId,
				concernedStaffId,
				anonymous ? null : calendar.deadline(unitCode, day, limits.acceptanceNoticeDays()).date(), null));
		identities.insert(id, encrypt(identity.name()), encrypt(identity.organisation()), encrypt(identity.phone()),
				encrypt(identity.address()));
		return id;
	}

	private void close(Inquiry inquiry, InquiryOutcome outcome, String answer, Long authorityId, StepKind step) {
		Instant now = clock.instant();
		inquiries.update(inquiry.id(), """
				state = 'CLOSED', outcome = :outcome, answer = :answer, answered_at = :now, closed_at = :now,
				closed_by = :by, authority_id = :authority, callback_post_id = null,
				acknowledged_at = coalesce(acknowledged_at, :now)""",
				params("outcome", outcome.name(), "answer", answer, "now", time(now), "by", callerName(),
						"authority", authorityId));
		inquiries.insertStep(inquiry.id(), now, step, callerName(), null, null,
				inquiry.confidential() ? null : answer);
		auditLog.record(new AuditEntry(MODULE, "inquiry.closed", String.valueOf(inquiry.id()),
				"state=" + inquiry.state(), "outcome=" + outcome));
		events.publishEvent(new InquiryClosed(inquiry.id(), inquiry.unitId(), inquiry.firstResponderId(),
				inquiry.handlerId(), outcome, now));
		Optional<StaffMember> caller = callerStaff();
		if (!inquiry.confidential() && inquiry.firstResponderId() != null
				&& caller.filter(c -> c.id() == inquiry.firstResponderId()).isEmpty()) {
			StaffMember first = organization.staffMember(inquiry.firstResponderId());
			if (first.username() != null) {
				notifications.send(Notification.inApp(first.username(), text("inquiry.notice.closed"),
						text("inquiry.notice.closed.body", inquiry.subject()), "/inquiries/" + inquiry.id())
					.withIdempotencyKey("inquiry:" + inquiry.id() + ":closed"));
			}
		}
	}

	private void flagBuckPassing(Inquiry inquiry) {
		// 首问负责制: a matter handed on more than twice without an answer is 推诿
		if (inquiry.buckPassing() || inquiry.handOvers() <= 2) {
			return;
		}
		List<Long> chain = inquiries.steps(inquiry.id())
			.stream()
			.filter(step -> step.kind() == StepKind.HANDED_OVER || step.kind() == StepKind.CALLBACK_REQUESTED)
			.map(InquiryStep::postId)
			.toList();
		inquiries.update(inquiry.id(), "buck_passing = true", Map.of());
		inquiries.insertStep(inquiry.id(), clock.instant(), StepKind.BUCK_PASSING_FLAGGED, "system", null, null,
				String.valueOf(inquiry.handOvers()));
		auditLog.record(new AuditEntry(MODULE, "inquiry.buckPassing", String.valueOf(inquiry.id()), null,
				"chain=" + chain));
		events.publishEvent(new BuckPassingDetected(inquiry.id(), inquiry.unitId(), chain, inquiry.handOvers(),
				clock.instant()));
	}

	/** Who acts for the post now, unless nobody does (no holder, or the holder away with no one standing in). */
	private Optional<Acting> actingNow(long postId, Instant now) {
		Acting acting = substitutes.whoActsFor(postId, now);
		if (acting.staffId() == null) {
			return Optional.empty();
		}
		if (!acting.onBehalf() && away(acting.staffId(), now)) {
			return Optional.empty();
		}
		return Optional.of(acting);
	}

	private boolean away(long staffId, Instant now) {
		return substitutes.isAway(staffId, now);
	}

	private boolean actsFor(StaffMember caller, long postId) {
		return caller.postIds().contains(postId)
				|| Optional.ofNullable(substitutes.whoActsFor(postId, clock.instant()).staffId())
					.filter(id -> id == caller.id())
					.isPresent();
	}

	private boolean mayAct(StaffMember caller, Inquiry inquiry) {
		if (inquiry.handlerId() != null && inquiry.handlerId() == caller.id()) {
			return true;
		}
		boolean firstResponderStillOwes = inquiry.state() == InquiryState.ESCALATED
				|| inquiry.state() == InquiryState.AWAITING_CALLBACK;
		if (firstResponderStillOwes && inquiry.firstResponderId() != null && inquiry.firstResponderId() == caller.id()) {
			return true;
		}
		// 同岗替代: whoever acts for the post the matter sits with acts on it while its holder is away
		return inquiry.state() == InquiryState.OPEN && inquiry.postId() != null
				&& Optional.ofNullable(substitutes.whoActsFor(inquiry.postId(), clock.instant()).staffId())
					.filter(id -> id == caller.id())
					.isPresent()
				&& inquiry.handlerId() != null && away(inquiry.handlerId(), clock.instant());
	}

	/** The matter, locked, if the caller must act on it now; complaints are for supervisors' own actions. */
	private Inquiry actionable(long id) {
		Inquiry inquiry = lockedVisible(id);
		if (inquiry.closed()) {
			throw new InquiryClosedException();
		}
		if (inquiry.confidential() || !mayAct(me(), inquiry)) {
			throw new NotTheHandlerException();
		}
		return inquiry;
	}

	private Inquiry actionableOrSupervised(long id) {
		Inquiry inquiry = lockedVisible(id);
		if (inquiry.closed()) {
			throw new InquiryClosedException();
		}
		if (inquiry.confidential() ? !callerIs("SUPERVISOR") : !mayAct(me(), inquiry)) {
			throw new NotTheHandlerException();
		}
		return inquiry;
	}

	private void requireBeforeDeadline(Inquiry inquiry) {
		if (today().isAfter(inquiry.deadline())) {
			throw new ExtensionAfterDeadlineException(inquiry.deadline());
		}
	}

	private Inquiry lockedVisible(long id) {
		Inquiry inquiry = inquiries.lock(id).orElseThrow(() -> new InquiryNotFoundException(id));
		requireVisible(inquiry);
		return inquiry;
	}

	private Inquiry visible(long id) {
		Inquiry inquiry = find(id);
		requireVisible(inquiry);
		return inquiry;
	}

	private void requireVisible(Inquiry inquiry) {
		if (inquiry.confidential()) {
			if (!callerIs("SUPERVISOR")) {
				throw new InquiryNotFoundException(inquiry.id());
			}
			return;
		}
		DataScope scope = scope();
		if (scope.wholeRegion() || (inquiry.departmentId() != null
				&& scope.includesDepartment(inquiry.unitId(), inquiry.departmentId()))
				|| scope.unitIds().contains(inquiry.unitId())) {
			return;
		}
		Optional<StaffMember> caller = callerStaff();
		if (caller.isPresent() && (caller.get().id() == nullToZero(inquiry.firstResponderId())
				|| mayAct(caller.get(), inquiry) || (inquiry.callbackPostId() != null
						&& actsFor(caller.get(), inquiry.callbackPostId())))) {
			return;
		}
		throw new InquiryNotFoundException(inquiry.id());
	}

	private static long nullToZero(Long id) {
		return id == null ? 0 : id;
	}

	private Inquiry find(long id) {
		return inquiries.find(id).orElseThrow(() -> new InquiryNotFoundException(id));
	}

	private PublicStatus publicStatus(Inquiry inquiry) {
		return new PublicStatus(inquiry.queryCode(), inquiry.category(), inquiry.receivedOn(), inquiry.state(),
				inquiry.deadline(), inquiry.closed() ? inquiry.answer() : null);
	}

	private Optional<Post> windowOf(long unitId) {
		List<Post> posts = organization.postsOfUnit(unitId);
		return posts.stream()
			.filter(post -> post.kind() == PostKind.WINDOW)
			.findFirst()
			.or(() -> posts.stream().filter(post -> post.kind() == PostKind.HANDLING).findFirst());
	}

	private void validate(InquiryChannel channel, InquiryCategory category, String subject, String content,
			String phone) {
		if (category == null) {
			throw new InquiryFieldRequiredException("category");
		}
		if (channel == null) {
			throw new InquiryFieldRequiredException("channel");
		}
		if (subject == null || subject.isBlank()) {
			throw new InquiryFieldRequiredException("subject");
		}
		requireLength(subject, SUBJECT_MAX, "subject");
		if (category.confidential() && (content == null || content.isBlank())) {
			throw new InquiryFieldRequiredException("content");
		}
		requireLength(content, TEXT_MAX, "content");
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
			throw new InquiryFieldInvalidException("phone");
		}
	}

	private static List<ReceivedMaterial> materials(List<ReceivedMaterial> materials) {
		List<ReceivedMaterial> kept = new ArrayList<>();
		for (ReceivedMaterial material : materials) {
			if (material == null || material.name() == null || material.name().isBlank()) {
				continue;
			}
			if (material.count() < 1 || material.count() > 1000 || material.name().length() > SUBJECT_MAX) {
				throw new InquiryFieldInvalidException("material");
			}
			kept.add(new ReceivedMaterial(material.name().strip(), material.count()));
		}
		return kept;
	}

	private static void validateAuthority(String name, String phone, String competence) {
		if (name == null || name.isBlank()) {
			throw new InquiryFieldRequiredException("authorityName");
		}
		if (phone == null || phone.isBlank()) {
			throw new InquiryFieldRequiredException("authorityPhone");
		}
		if (competence == null || competence.isBlank()) {
			throw new InquiryFieldRequiredException("competence");
		}
		if (!PHONE.matcher(phone.strip()).matches()) {
			throw new InquiryFieldInvalidException("phone");
		}
		requireLength(name, SUBJECT_MAX, "authorityName");
		requireLength(competence, TEXT_MAX, "competence");
	}

	private static void requireLength(String text, int max, String field) {
		if (text != null && text.strip().length() > max) {
			throw new InquiryFieldInvalidException(field);
		}
	}

	private static String newQueryCode() {
		return ReadableCodes.next(12);
	}

	private String encrypt(String plain) {
		String text = trim(plain);
		return text == null ? null : cryptography.encrypt(text);
	}

	private String decrypt(String encrypted) {
		return encrypted == null ? null : cryptography.decrypt(encrypted);
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private String unitCode(long unitId) {
		return organization.unit(unitId).creditCode();
	}

	private LocalDate day(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

	/** An in-app message to a staff member who has an account; staff without one see the matter on their list. */
	private void tell(StaffMember member, String subject, String body, long inquiryId, String step) {
		if (member.username() != null) {
			notifications.send(Notification.inApp(member.username(), subject, body, "/inquiries/" + inquiryId)
				.withIdempotencyKey("inquiry:" + inquiryId + ":" + step));
		}
	}

	private DataScope scope() {
		return callers.current().scope();
	}

	private void requireSupervisor() {
		requireRole("SUPERVISOR");
	}

	private void requireRole(String role) {
		if (!callerIs(role)) {
			throw new org.springframework.security.access.AccessDeniedException(role);
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

	/** Notices to staff and visitors go out in the platform's language, Chinese. */
	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

	private static Map<String, Object> params(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
