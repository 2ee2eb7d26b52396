package org.xiaoneng.inquiry;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.substitution.Substitutes;

/**
 * Who may see and act on a matter. A complaint or report exists only for supervisors; another matter for whoever's
 * data scope includes it, and for those who took it first, hold it, stand in for its holder or owe it a callback.
 * Out of reach answers as a missing inquiry does, so that existence is not leaked.
 */
@Component
class InquiryAccess {

	private final Inquiries inquiries;

	private final Callers callers;

	private final Substitutes substitutes;

	private final Clock clock;

	InquiryAccess(Inquiries inquiries, Callers callers, Substitutes substitutes, Clock clock) {
		this.inquiries = inquiries;
		this.callers = callers;
		this.substitutes = substitutes;
		this.clock = clock;
	}

	Caller caller() {
		return callers.current();
	}

	/** The caller as a staff member at work. */
	StaffMember me() {
		return caller().staff().orElseThrow(() -> new InquiryFieldInvalidException("notStaff"));
	}

	Inquiry visible(InquiryId id) {
		Inquiry inquiry = inquiries.find(id).orElseThrow(() -> new InquiryNotFoundException(id.value()));
		requireVisible(inquiry);
		return inquiry;
	}

	/** The matter locked for a change, if the caller may see it. */
	Inquiry lockedVisible(InquiryId id) {
		Inquiry inquiry = inquiries.lock(id).orElseThrow(() -> new InquiryNotFoundException(id.value()));
		requireVisible(inquiry);
		return inquiry;
	}

	/** The matter, locked, if the caller must act on it now; complaints are for supervisors' own actions. */
	Inquiry actionable(InquiryId id) {
		return requireActionable(lockedVisible(id));
	}

	/** As {@link #actionable}, read without a lock, for a form shown before the action. */
	Inquiry actionableUnlocked(InquiryId id) {
		return requireActionable(visible(id));
	}

	private Inquiry requireActionable(Inquiry inquiry) {
		if (inquiry.closed()) {
			throw new InquiryClosedException();
		}
		if (inquiry.confidential() || !mayAct(me(), inquiry)) {
			throw new NotTheHandlerException();
		}
		return inquiry;
	}

	/** As {@link #actionable}, and a complaint or report for a supervisor. */
	Inquiry actionableOrSupervised(InquiryId id) {
		Inquiry inquiry = lockedVisible(id);
		if (inquiry.closed()) {
			throw new InquiryClosedException();
		}
		if (inquiry.confidential() ? !caller().hasRole("SUPERVISOR") : !mayAct(me(), inquiry)) {
			throw new NotTheHandlerException();
		}
		return inquiry;
	}

	/** Whether the caller may act on the matter now (its handler, the first responder where allowed, or their stand-in). */
	boolean canAct(RegisterEntry entry) {
		return !entry.closed() && !entry.confidential() && caller().staff()
			.map(c -> mayAct(c, entry.state(), entry.handlerId(), entry.firstResponderId(), entry.postId()))
			.orElse(false);
	}

	boolean mayAct(StaffMember caller, Inquiry inquiry) {
		return mayAct(caller, inquiry.state(), inquiry.handlerId(), inquiry.firstResponderId(), inquiry.postId());
	}

	/** Whether the caller holds the post or acts for it now. */
	boolean actsFor(StaffMember caller, long postId) {
		return caller.postIds().contains(postId) || isActingFor(caller, postId);
	}

	void requireRole(String role) {
		if (!caller().hasRole(role)) {
			throw new AccessDeniedException(role);
		}
	}

	private boolean mayAct(StaffMember caller, InquiryState state, Long handlerId, Long firstResponderId,
			Long postId) {
		if (handlerId != null && handlerId == caller.id()) {
			return true;
		}
		boolean firstResponderStillOwes = state == InquiryState.ESCALATED || state == InquiryState.AWAITING_CALLBACK;
		if (firstResponderStillOwes && firstResponderId != null && firstResponderId == caller.id()) {
			return true;
		}
		// 同岗替代: whoever acts for the post the matter sits with acts on it while its holder is away
		return state == InquiryState.OPEN && postId != null && isActingFor(caller, postId) && handlerId != null
				&& substitutes.isAway(new StaffId(handlerId), clock.instant());
	}

	private boolean isActingFor(StaffMember caller, long postId) {
		return Optional.ofNullable(substitutes.whoActsFor(new PostId(postId), clock.instant()).staffId())
			.filter(id -> id == caller.id())
			.isPresent();
	}

	private void requireVisible(Inquiry inquiry) {
		Caller caller = caller();
		if (inquiry.confidential()) {
			if (!caller.hasRole("SUPERVISOR")) {
				throw new InquiryNotFoundException(inquiry.id().value());
			}
			return;
		}
		DataScope scope = caller.scope();
		if (scope.wholeRegion() || (inquiry.departmentId() != null
				&& scope.includesDepartment(inquiry.unitId(), inquiry.departmentId()))
				|| scope.unitIds().contains(inquiry.unitId())) {
			return;
		}
		Optional<StaffMember> staff = caller.staff();
		if (staff.isPresent() && (caller.is(inquiry.firstResponderId()) || mayAct(staff.get(), inquiry)
				|| (inquiry.callbackPostId() != null && actsFor(staff.get(), inquiry.callbackPostId())))) {
			return;
		}
		throw new InquiryNotFoundException(inquiry.id().value());
	}
}
