package org.xiaoneng.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xiaoneng.common.InquiryId;

/**
 * An entry of the first-inquiry register (首问登记台账) with the rules of its life: its transitions are the only way its
 * state changes, each guards its own preconditions, records the step it adds to the history and registers the events
 * it causes. Who may act, and what the organisation or the calendar say, is decided before a transition is asked for;
 * the answers come in as arguments.
 */
class Inquiry {

	private final InquiryFacts facts;
	private Long departmentId;
	private Long handlerId;
	private String handlerNumber;
	private Long postId;
	private InquiryState state;
	private Long callbackPostId;
	private LocalDate callbackDue;
	private Long authorityId;
	private int handOvers;
	private boolean buckPassing;
	private String answer;
	private Instant answeredAt;
	private LocalDate promisedBy;
	private InquiryOutcome outcome;
	private Instant closedAt;
	private String closedBy;
	private LocalDate acknowledgeDue;
	private Instant acknowledgedAt;
	private LocalDate deadline;
	private InquiryExtension extension;
	private boolean overdueReported;
	private Verification verification;
	private String findings;
	private Instant acceptanceNotifiedAt;
	private boolean handlerOnBehalf;
	private final List<InquiryStep> newSteps = new ArrayList<>();
	private final List<Object> events = new ArrayList<>();

	/** An inquiry as stored. */
	Inquiry(InquiryFacts facts, InquiryProgress progress) {
		this.facts = facts;
		this.departmentId = progress.departmentId();
		this.handlerId = progress.handlerId();
		this.handlerNumber = progress.handlerNumber();
		this.postId = progress.postId();
		this.state = progress.state();
		this.callbackPostId = progress.callbackPostId();
		this.callbackDue = progress.callbackDue();
		this.authorityId = progress.authorityId();
		this.handOvers = progress.handOvers();
		this.buckPassing = progress.buckPassing();
		this.answer = progress.answer();
		this.answeredAt = progress.answeredAt();
		this.promisedBy = progress.promisedBy();
		this.outcome = progress.outcome();
		this.closedAt = progress.closedAt();
		this.closedBy = progress.closedBy();
		this.acknowledgeDue = progress.acknowledgeDue();
		this.acknowledgedAt = progress.acknowledgedAt();
		this.deadline = progress.deadline();
		this.extension = InquiryExtension.of(progress);
		this.overdueReported = progress.overdueReported();
		this.verification = progress.verification();
		this.findings = progress.findings();
		this.acceptanceNotifiedAt = progress.acceptanceNotifiedAt();
		this.handlerOnBehalf = progress.handlerOnBehalf();
	}

	// ---- registering ------------------------------------------------------------------------------------------
	/**
	 * An ordinary matter, with whoever holds it first: the first responder who took it (already acknowledged), or on
	 * the portal whoever acts for the unit's window post, if anyone does.
	 */
	static Inquiry registerOrdinary(InquiryFacts facts, Holder handler, Long postId, Instant acknowledgedAt,
			LocalDate acknowledgeDue, LocalDate deadline, String by, Instant now) {
		if (facts.category().confidential()) {
			throw new IllegalArgumentException("A complaint or report goes to the supervisors");
		}
		Inquiry inquiry = new Inquiry(facts,
				InquiryProgress.opened(InquiryState.OPEN, handler, postId, acknowledgeDue, acknowledgedAt, deadline));
		inquiry.registered(by, now);
		return inquiry;
	}

	/** A complaint or report: in the supervisors' queue, held by nobody, with no department of its own. */
	static Inquiry registerConfidential(InquiryFacts facts, LocalDate acknowledgeDue, LocalDate deadline, String by,
			Instant now) {
		if (!facts.category().confidential()) {
			throw new IllegalArgumentException("Only a complaint or report goes to the supervisors");
		}
		if (facts.anonymous() != (facts.acceptanceDue() == null)) {
			throw new IllegalArgumentException("A real-name complaint has a day for the notice of acceptance");
		}
		Inquiry inquiry = new Inquiry(facts,
				InquiryProgress.opened(InquiryState.WITH_SUPERVISORS, null, null, acknowledgeDue, null, deadline));
		inquiry.registered(by, now);
		return inquiry;
	}

	private void registered(String by, Instant now) {
		boolean byStaff = !facts.publicSubmission();
		step(now, StepKind.REGISTERED, by, byStaff ? postId : null, byStaff ? facts.firstResponderId() : null, null);
		register(new InquiryRegistered(id(), facts.unitId(), facts.category(), facts.firstResponderId(), now));
	}

	// ---- outcome paths ----------------------------------------------------------------------------------------
	/** The handler confirms they have the matter; once. */
	boolean acknowledge(String by, Instant now) {
		requireOpen();
		if (acknowledgedAt != null) {
			return false;
		}
		acknowledgedAt = now;
		step(now, StepKind.ACKNOWLEDGED, by, null, null, null);
		return true;
	}

	/** Path 1: answered, and closed (首问到底: closing needs the answer). */
	void answer(String text, String by, Instant now) {
		requireOpenOrdinary();
		String answered = Fields.required(text, "answer", AnswerRequiredException::new);
		close(InquiryOutcome.ANSWERED, answered, null, StepKind.ANSWERED, by, now);
	}

	/** Path 1, not possible now: the visitor is promised the answer by a day no later than the deadline. */
	void promise(LocalDate by, String note, LocalDate today, String who, Instant now) {
		requireOpenOrdinary();
		if (by == null) {
			throw new InquiryFieldRequiredException("promisedBy");
		}
		if (by.isBefore(today) || by.isAfter(deadline)) {
			throw new InquiryFieldInvalidException("promisedBy");
		}
		String text = Fields.note(note);
		promisedBy = by;
		acknowledgedAt = acknowledgedAt == null ? now : acknowledgedAt;
		step(now, StepKind.PROMISED, who, null, null, by + (text == null ? "" : " " + text));
	}

	/**
	 * Path 2 with someone acting for the post: the matter goes to them, to be acknowledged again. Handed on more than
	 * {@link BuckPassingPolicy#HAND_OVERS_ALLOWED} times, it is flagged as 推诿.
	 *
	 * @param chainBefore the posts it was handed to before, in order
	 * @return the flag, when this hand-over raised it
	 */
	Optional<BuckPassingDetected> handOver(long toPost, Holder to, boolean onBehalf, LocalDate newAcknowledgeDue,
			String note, List<Long> chainBefore, String by, Instant now) {
		String text = requireHandOver(toPost, note);
		Long from = handlerId;
		holdBy(new Holder(to.id(), to.number(), to.departmentId(), onBehalf));
		postId = toPost;
		state = InquiryState.OPEN;
		callbackPostId = null;
		callbackDue = null;
		handOvers++;
		acknowledgeDue = newAcknowledgeDue;
		acknowledgedAt = null;
		step(now, StepKind.HANDED_OVER, by, toPost, to.id(), text);
		register(new InquiryHandedOver(id(), facts.unitId(), from, toPost, to.id(), onBehalf, now));
		return flagIfPassedAround(chainBefore, toPost, now);
	}

	/**
	 * Path 2 with nobody acting for the post: the matter stays with its keeper (the first responder, whose record
	 * keeps the visitor's phone) and the post owes a callback by the day given.
	 *
	 * @param keeper the first responder, or the handler when there is none; {@code null} when neither is known
	 */
	Optional<BuckPassingDetected> requestCallback(long toPost, Holder keeper, LocalDate due, String note,
			List<Long> chainBefore, String by, Instant now) {
		String text = requireHandOver(toPost, note);
		Long from = handlerId;
		handlerId = keeper == null ? null : keeper.id();
		handlerNumber = keeper == null ? null : keeper.number();
		departmentId = keeper == null ? departmentId : keeper.departmentId();
		handlerOnBehalf = false;
		state = InquiryState.AWAITING_CALLBACK;
		callbackPostId = toPost;
		callbackDue = due;
		handOvers++;
		step(now, StepKind.CALLBACK_REQUESTED, by, toPost, null, due + (text == null ? "" : " " + text));
		register(new InquiryHandedOver(id(), facts.unitId(), from, toPost, null, false, now));
		return flagIfPassedAround(chainBefore, toPost, now);
	}

	/** Who must keep a matter nobody at the post can take: the first responder, else its handler. */
	Long keeperId() {
		return facts.firstResponderId() != null ? facts.firstResponderId() : handlerId;
	}

	private String requireHandOver(long toPost, String note) {
		requireOpenOrdinary();
		if (postId != null && postId == toPost) {
			throw new HandOverToSamePostException();
		}
		return Fields.note(note);
	}

	private Optional<BuckPassingDetected> flagIfPassedAround(List<Long> chainBefore, long toPost, Instant now) {
		if (!BuckPassingPolicy.flags(handOvers, buckPassing)) {
			return Optional.empty();
		}
		buckPassing = true;
		step(now, StepKind.BUCK_PASSING_FLAGGED, "system", null, null, String.valueOf(handOvers));
		BuckPassingDetected detected = new BuckPassingDetected(id(), facts.unitId(),
				BuckPassingPolicy.chain(chainBefore, toPost), handOvers, now);
		register(detected);
		return Optional.of(detected);
	}

	/** Someone acting for the post that owes the callback takes the matter over, acknowledged at once. */
	void takeCallback(Holder taker, String by, Instant now) {
		if (state != InquiryState.AWAITING_CALLBACK || callbackPostId == null) {
			throw new NotTheHandlerException();
		}
		holdBy(taker);
		postId = callbackPostId;
		state = InquiryState.OPEN;
		callbackPostId = null;
		callbackDue = null;
		acknowledgedAt = now;
		step(now, StepKind.CALLBACK_TAKEN, by, postId, taker.id(), null);
	}

	/**
	 * Path 3, responsibility unclear: the matter goes to the authority over the department, to be acknowledged; the
	 * first responder still owes the answer.
	 */
	void escalate(Holder authority, LocalDate newAcknowledgeDue, String note, String by, Instant now) {
		requireOpenOrdinary();
		String text = Fields.note(note);
		holdBy(new Holder(authority.id(), authority.number(), departmentId));
		state = InquiryState.ESCALATED;
		acknowledgeDue = newAcknowledgeDue;
		acknowledgedAt = null;
		step(now, StepKind.ESCALATED, by, null, authority.id(), text);
	}

	/** Path 4, outside the unit: closed with the competent authority and its phone as the answer. */
	void refer(ExternalAuthority authority, String note, String by, Instant now) {
		requireOpenOrdinary();
		close(InquiryOutcome.REFERRED, authority.told(Fields.note(note)), authority.id(), StepKind.REFERRED, by, now);
	}

	/** 否定报备制: a refusal filed on the matter took effect and closes it, its notice the answer. */
	void refused(String notice, String by, Instant now) {
		requireOpenOrdinary();
		close(InquiryOutcome.REFUSED, notice, null, StepKind.REFUSED, by, now);
	}

	/** 否定报备制: the refusal that closed the matter was found wrong on review; it reopens with its handler. */
	void refusalFoundWrong(String finding, String by, Instant now) {
		if (outcome != InquiryOutcome.REFUSED) {
			throw new IllegalStateException("Only a matter closed by a refusal reopens when the refusal is wrong");
		}
		state = InquiryState.OPEN;
		outcome = null;
		answer = null;
		answeredAt = null;
		closedAt = null;
		closedBy = null;
		step(now, StepKind.REOPENED, by, null, null, finding);
	}

	/** 一次性告知: the guide of the item the visitor wants, when the matter names one. */
	long guideItem() {
		if (facts.itemId() == null) {
			throw new InquiryFieldRequiredException("item");
		}
		return facts.itemId();
	}

	void guideSent(String itemName, String by, Instant now) {
		guideItem();
		step(now, StepKind.GUIDE_SENT, by, null, null, itemName);
	}

	// ---- time limits ------------------------------------------------------------------------------------------
	/** More working days asked for, with a reason, before the deadline; a new request replaces an unapproved one. */
	void requestExtension(int workingDays, String reason, LocalDate today, String by, Instant now) {
		requireOpen();
		InquiryExtension requested = InquiryExtension.requested(workingDays, reason, by);
		requireBeforeDeadline(today);
		extension = requested;
		step(now, StepKind.EXTENSION_REQUESTED, by, null, null, workingDays + " " + requested.reason());
	}

	/** An open matter with an extension requested and not yet approved. */
	void requireExtensionRequested() {
		requireOpen();
		if (!extension.awaitingApproval()) {
			throw new NoExtensionRequestedException();
		}
	}

	/** The requested extension approved before the deadline: the deadline moves to the day given. */
	void approveExtension(LocalDate extendedDeadline, LocalDate today, String by, Instant now) {
		requireExtensionRequested();
		requireBeforeDeadline(today);
		if (!extendedDeadline.isAfter(deadline)) {
			throw new IllegalArgumentException("An extension moves the deadline on");
		}
		deadline = extendedDeadline;
		extension = extension.approvedBy(by);
		step(now, StepKind.EXTENSION_APPROVED, by, null, null, String.valueOf(extendedDeadline));
	}

	/** Publishes the lateness of an open matter past its deadline, once. */
	boolean reportOverdue(LocalDate today) {
		if (closed() || overdueReported || !deadline.isBefore(today)) {
			return false;
		}
		overdueReported = true;
		register(new InquiryOverdue(id(), facts.unitId(), departmentId, handlerId, deadline));
		return true;
	}

	private void requireBeforeDeadline(LocalDate today) {
		if (today.isAfter(deadline)) {
			throw new ExtensionAfterDeadlineException(deadline);
		}
	}

	// ---- complaints and reports -------------------------------------------------------------------------------
	/** A real-name complainant or reporter is told of the acceptance; once. */
	void notifyAcceptance(String by, Instant now) {
		if (!confidential() || facts.anonymous() || acceptanceNotifiedAt != null) {
			throw new InquiryClosedException();
		}
		acceptanceNotifiedAt = now;
		acknowledgedAt = acknowledgedAt == null ? now : acknowledgedAt;
		step(now, StepKind.ACCEPTANCE_NOTIFIED, by, null, null, null);
	}

	/**
	 * A supervisor's finding with the findings and the reply to the complainant; closes the complaint. Substantiated
	 * (or partly) registers {@link ComplaintSubstantiated} for the unit, department or person concerned.
	 */
	void verify(Verification finding, String findingsText, String reply, String by, Instant now) {
		if (!confidential()) {
			throw new InquiryNotFoundException(id().value());
		}
		requireOpen();
		if (finding == null) {
			throw new InquiryFieldRequiredException("verification");
		}
		findings = Fields.required(findingsText, "findings", () -> new InquiryFieldRequiredException("findings"));
		verification = finding;
		close(InquiryOutcome.VERIFIED, Fields.required(reply, "answer", AnswerRequiredException::new), null,
				StepKind.VERIFIED, by, now);
		if (finding != Verification.NOT_SUBSTANTIATED) {
			register(new ComplaintSubstantiated(id(), facts.concernedUnitId(), facts.concernedDepartmentId(),
					facts.concernedStaffId(), finding, now, facts.conduct()));
		}
	}

	// ---- rules shared by the transitions ----------------------------------------------------------------------
	private void close(InquiryOutcome how, String text, Long authority, StepKind kind, String by, Instant now) {
		Long heldBy = handlerId;
		state = InquiryState.CLOSED;
		outcome = how;
		answer = text;
		answeredAt = now;
		closedAt = now;
		closedBy = by;
		authorityId = authority;
		callbackPostId = null;
		acknowledgedAt = acknowledgedAt == null ? now : acknowledgedAt;
		// the history of a complaint never repeats the reply: the reply may name the complainant
		step(now, kind, by, null, null, confidential() ? null : text);
		register(new InquiryClosed(id(), facts.unitId(), facts.firstResponderId(), heldBy, how, now));
	}

	private void holdBy(Holder staff) {
		handlerId = staff.id();
		handlerNumber = staff.number();
		departmentId = staff.departmentId();
		handlerOnBehalf = staff.onBehalf();
	}

	private void requireOpen() {
		if (closed()) {
			throw new InquiryClosedException();
		}
	}

	/**
	 * An open matter, and an ordinary one: complaints and reports take the supervisors' own steps, never the outcome
	 * paths of ordinary matters.
	 */
	private void requireOpenOrdinary() {
		requireOpen();
		if (confidential()) {
			throw new NotTheHandlerException();
		}
	}

	private void step(Instant at, StepKind kind, String by, Long post, Long staff, String text) {
		newSteps.add(new InquiryStep(at, kind, by, post, staff, text));
	}

	private void register(Object event) {
		events.add(event);
	}

	// ---- reading ----------------------------------------------------------------------------------------------
	InquiryId id() {
		return facts.id();
	}

	InquiryFacts facts() {
		return facts;
	}

	InquiryProgress progress() {
		return new InquiryProgress(departmentId, handlerId, handlerNumber, postId, state, callbackPostId, callbackDue,
				authorityId, handOvers, buckPassing, answer, answeredAt, promisedBy, outcome, closedAt, closedBy,
				acknowledgeDue, acknowledgedAt, deadline, extension.days(), extension.reason(), extension.requestedBy(),
				extension.approvedBy(), overdueReported, verification, findings, acceptanceNotifiedAt, handlerOnBehalf);
	}

	/** The steps added since it was loaded, for the repository to append. */
	List<InquiryStep> newSteps() {
		return List.copyOf(newSteps);
	}

	/** The events registered since it was loaded, for the repository to publish with the change. */
	List<Object> events() {
		return List.copyOf(events);
	}

	/** Called by the repository once the steps are stored and the events published. */
	void saved() {
		newSteps.clear();
		events.clear();
	}

	boolean closed() {
		return state == InquiryState.CLOSED;
	}

	boolean confidential() {
		return facts.category().confidential();
	}

	InquiryState state() {
		return state;
	}

	long unitId() {
		return facts.unitId();
	}

	Long departmentId() {
		return departmentId;
	}

	Long handlerId() {
		return handlerId;
	}

	Long postId() {
		return postId;
	}

	Long firstResponderId() {
		return facts.firstResponderId();
	}

	Long callbackPostId() {
		return callbackPostId;
	}

	LocalDate deadline() {
		return deadline;
	}

	InquiryExtension extension() {
		return extension;
	}

	String subject() {
		return facts.subject();
	}

	/** The entry as lists, pages and the API show it. */
	RegisterEntry entry() {
		return RegisterEntry.of(facts, progress());
	}
}
