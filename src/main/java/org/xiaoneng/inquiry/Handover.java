package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.substitution.Acting;
import org.xiaoneng.substitution.Substitutes;

/**
 * Passing a matter on (outcome paths 2 and 3): to whoever acts for another post of the unit now (the substitute while
 * the holder is away), as a callback task when nobody does, or up to the authority over the department when
 * responsibility is unclear; and the callback taken by someone acting for the post that owes it.
 */
@Component
class Handover {

	private final Inquiries inquiries;

	private final InquiryAccess access;

	private final Organization organization;

	private final Substitutes substitutes;

	private final Deadlines deadlines;

	private final InquiryNotices notices;

	private final AuditLog auditLog;

	private final Clock clock;

	Handover(Inquiries inquiries, InquiryAccess access, Organization organization, Substitutes substitutes,
			Deadlines deadlines, InquiryNotices notices, AuditLog auditLog, Clock clock) {
		this.inquiries = inquiries;
		this.access = access;
		this.organization = organization;
		this.substitutes = substitutes;
		this.deadlines = deadlines;
		this.notices = notices;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	RegisterEntry handOver(InquiryId id, Long postId, String note) {
		Inquiry inquiry = access.actionable(id);
		if (postId == null) {
			throw new InquiryFieldRequiredException("post");
		}
		Post post = organization.post(new PostId(postId));
		// the matter's own post is of its unit, so the aggregate refuses a hand-over to it as one to the same post
		if (organization.department(new DepartmentId(post.departmentId())).unitId() != inquiry.unitId()) {
			throw new InquiryFieldInvalidException("postOfOtherUnit");
		}
		Long postBefore = inquiry.postId();
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		String by = access.caller().name();
		List<Long> chain = inquiries.handOverChain(id);
		Optional<Acting> acting = actingNow(postId, now);
		Optional<BuckPassingDetected> flagged;
		if (acting.isPresent()) {
			StaffMember to = organization.staffMember(new StaffId(acting.get().staffId()));
			flagged = inquiry.handOver(postId, Holder.of(to), acting.get().onBehalf(),
					deadlines.acknowledgeDue(inquiry.unitId(), today), note, chain, by, now);
			inquiries.save(inquiry);
			notices.tell(to, "handedOver", inquiry, "handover:" + now.toEpochMilli());
		}
		else {
			Long keeperId = inquiry.keeperId();
			StaffMember keeper = keeperId == null ? null : organization.staffMember(new StaffId(keeperId));
			flagged = inquiry.requestCallback(postId, keeper == null ? null : Holder.of(keeper),
					deadlines.callbackDue(inquiry.unitId(), today), note, chain, by, now);
			inquiries.save(inquiry);
		}
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.handedOver", id.toString(),
				"post=" + postBefore, "post=" + postId + acting.map(a -> ", staff=" + a.staffId()).orElse(", callback")));
		flagged.ifPresent(detected -> auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.buckPassing",
				id.toString(), null, "chain=" + detected.chainPostIds())));
		return inquiry.entry();
	}

	/** A holder of (or someone acting for) the post that owes a callback takes the matter over. */
	RegisterEntry takeCallback(InquiryId id) {
		Inquiry inquiry = access.lockedVisible(id);
		StaffMember caller = access.me();
		if (inquiry.callbackPostId() == null || !access.actsFor(caller, inquiry.callbackPostId())) {
			throw new NotTheHandlerException();
		}
		// a holder of the post takes it in their own right; anyone else acts for its absent holder
		inquiry.takeCallback(Holder.of(caller, !caller.postIds().contains(inquiry.callbackPostId())),
				access.caller().name(), clock.instant());
		inquiries.save(inquiry);
		auditLog.record(AuditEntry.of(InquiryRegister.MODULE, "inquiry.callbackTaken", id.toString()));
		return inquiry.entry();
	}

	/**
	 * Responsibility unclear: the matter goes to the department head (or the leader overseeing the department); the
	 * first responder still owes the visitor the answer and may give it.
	 */
	RegisterEntry escalate(InquiryId id, DecisionLevel level, String note) {
		Inquiry inquiry = access.actionable(id);
		DecisionLevel to = level == null ? DecisionLevel.DEPARTMENT_HEAD : level;
		long departmentId = inquiry.departmentId() != null ? inquiry.departmentId() : access.me().departmentId();
		StaffMember authority = organization.authorityOver(new DepartmentId(departmentId), to)
			.orElseThrow(() -> new InquiryFieldInvalidException("noAuthority"));
		Instant now = clock.instant();
		inquiry.escalate(Holder.of(authority),
				deadlines.acknowledgeDue(inquiry.unitId(), LocalDate.now(clock)), note, access.caller().name(), now);
		inquiries.save(inquiry);
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.escalated", id.toString(), null,
				"level=" + to + ", staff=" + authority.id()));
		notices.tell(authority, "escalated", inquiry, "escalated:" + now.toEpochMilli());
		return inquiry.entry();
	}

	/** Who acts for the post now, unless nobody does (no holder, or the holder away with no one standing in). */
	private Optional<Acting> actingNow(long postId, Instant now) {
		Acting acting = substitutes.whoActsFor(new PostId(postId), now);
		if (acting.staffId() == null) {
			return Optional.empty();
		}
		if (!acting.onBehalf() && substitutes.isAway(new StaffId(acting.staffId()), now)) {
			return Optional.empty();
		}
		return Optional.of(acting);
	}
}
