package org.xiaoneng.refusal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.calendar.DeadlineWarning;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * Reading filings: one as pages show it (with the decider's name and the applicant's address), only for a caller
 * whose scope covers it or who must decide it; a leader's decision queue; the notice and the return of materials.
 */
@Component
class FilingReads {

	private final Filings filings;

	private final MaterialReturns returns;

	private final RefusedCases cases;

	private final DecisionAuthority authority;

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	FilingReads(Filings filings, MaterialReturns returns, RefusedCases cases, DecisionAuthority authority,
			Organization organization, WorkingDayCalendar calendar, Clock clock) {
		this.filings = filings;
		this.returns = returns;
		this.cases = cases;
		this.authority = authority;
		this.organization = organization;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** @throws RefusalNotFoundException when there is no such filing */
	Refusal refusal(RefusalId id) {
		Refusal refusal = filings.find(id.value()).orElseThrow(() -> new RefusalNotFoundException(id.value()));
		String deciderName = refusal.deciderStaffId() == null ? null
				: organization.staffMember(new StaffId(refusal.deciderStaffId())).name();
		return refusal.withDeciderName(deciderName).withAddress(filings.applicantAddress(id.value()).orElse(null));
	}

	/** @throws RefusalNotFoundException unless the caller may see the filing (data scope) or must decide it */
	Refusal visibleOrMine(RefusalId id, Caller caller) {
		Refusal refusal = refusal(id);
		if (filings.visible(id.value(), caller.scope())) {
			return refusal;
		}
		Optional<StaffMember> me = caller.staff();
		if (me.isPresent() && refusal.state().awaitingDecision() && mayDecide(refusal, me.get())) {
			return refusal;
		}
		throw new RefusalNotFoundException(id.value());
	}

	/** Whether the staff member may decide the filing now, by {@link DecisionAuthority}. */
	boolean mayDecide(Refusal refusal, StaffMember staff) {
		return authority.mayDecide(refusal, staff);
	}

	/** Whether the caller may decide the filing now: it waits, they did not file it and they have the authority. */
	boolean mayDecide(RefusalId id, Caller caller) {
		Refusal refusal = refusal(id);
		Optional<StaffMember> me = caller.staff();
		return refusal.state().awaitingDecision() && me.isPresent() && me.get().id() != refusal.handler().staffId()
				&& mayDecide(refusal, me.get());
	}

	List<String> receivedMaterials(RefusalId id, Caller caller) {
		return cases.receivedMaterials(visibleOrMine(id, caller).matter());
	}

	List<Refusal> ofCase(long caseId) {
		cases.requireInScope(caseId);
		return filings.ofCase(caseId).stream().map(r -> refusal(r.id())).toList();
	}

	Optional<MaterialReturn> materialReturnOf(RefusalId id, Caller caller) {
		visibleOrMine(id, caller);
		return returns.ofFiling(id.value());
	}

	List<MaterialReturn> materialReturnsOfCase(long caseId) {
		cases.requireInScope(caseId);
		return returns.ofCase(caseId);
	}

	Optional<Refusals.Signature> signatureOf(RefusalId id, Caller caller) {
		visibleOrMine(id, caller);
		return returns.signature(id.value()).map(s -> new Refusals.Signature(s.mediaType(), s.bytes()));
	}

	Optional<byte[]> noticePdf(RefusalId id, Caller caller) {
		visibleOrMine(id, caller);
		return filings.noticePdf(id.value());
	}

	/**
	 * The filings waiting for the caller's decision, as the leader with authority or while acting for an absent one,
	 * soonest due first, with their deadline status; nobody's own filings.
	 */
	List<PendingDecision> decisionQueue(Caller caller) {
		Optional<StaffMember> me = caller.staff();
		if (me.isEmpty()) {
			return List.of();
		}
		List<PendingDecision> queue = new ArrayList<>();
		for (Refusal refusal : filings.awaitingDecision()) {
			if (refusal.handler().staffId() == me.get().id() || !mayDecide(refusal, me.get())) {
				continue;
			}
			Refusal full = refusal(refusal.id());
			DeadlineStatus status = calendar.status(organization.unit(new UnitId(full.unitId())).creditCode(),
					full.filedAt().atZone(clock.getZone()).toLocalDate(), full.decisionDue(), DeadlineWarning.DEFAULT);
			String actingFor = full.deciderStaffId() != null && full.deciderStaffId() != me.get().id()
					? organization.staffMember(new StaffId(full.deciderStaffId())).name()
					: full.actingForStaffId() != null && full.actingForStaffId() != me.get().id()
							? organization.staffMember(new StaffId(full.actingForStaffId())).name() : null;
			queue.add(new PendingDecision(full, status, actingFor));
		}
		return queue;
	}
}
