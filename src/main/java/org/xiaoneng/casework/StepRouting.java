package org.xiaoneng.casework;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ProcedureStep;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.PostId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.substitution.Acting;
import org.xiaoneng.substitution.Substitutes;

/**
 * The steps of a case (承办, 审核, 决定 …): each routed to whoever acts for its post now (同岗替代制), signed for the
 * same working day when it came from another department (内部科室当天签办不过夜), completed with an opinion.
 */
@Component
class StepRouting {

	private final CaseFiles cases;

	private final CaseAccess access;

	private final Substitutes substitutes;

	private final Organization organization;

	private final UnitCalendars calendars;

	private final CaseJournal journal;

	private final StaffMessages staff;

	StepRouting(CaseFiles cases, CaseAccess access, Substitutes substitutes, Organization organization,
			UnitCalendars calendars, CaseJournal journal, StaffMessages staff) {
		this.cases = cases;
		this.access = access;
		this.substitutes = substitutes;
		this.organization = organization;
		this.calendars = calendars;
		this.journal = journal;
		this.staff = staff;
	}

	/** The item's procedure as steps of the case; an item without steps has one 承办 step on its responsible post. */
	List<Step> procedureOf(ServiceItem item) {
		List<ProcedureStep> steps = item.steps();
		if (steps == null || steps.isEmpty()) {
			if (item.responsiblePostIds() == null || item.responsiblePostIds().isEmpty()) {
				throw new CaseRuleException("casework.item.noProcedure");
			}
			int budget = item.promisedLimit() == null || item.promisedLimit().number() == null ? 0
					: item.promisedLimit().number();
			steps = List.of(new ProcedureStep(1, "承办", item.responsiblePostIds().get(0), budget));
		}
		return steps.stream()
			.map(step -> new Step(step.number(), step.name(), step.postId(),
					organization.post(new PostId(step.postId())).departmentId(), step.budgetWorkingDays()))
			.toList();
	}

	/** Whoever acts for the step's post now (同岗替代制), and whether on behalf of someone absent (代岗). */
	record Route(Acting acting, StaffMember worker) {
	}

	/** Finds who will work the step: reads only, so that a caller can route before it takes the unit's numbers. */
	Route route(Step step, Instant at) {
		Acting acting = substitutes.whoActsFor(new PostId(step.postId()), at);
		return new Route(acting, acting.staffId() == null ? null : staff.staffMember(acting.staffId()));
	}

	/** Routes the step to whoever acts for its post now and tells them (代岗 when a substitute). */
	void assign(Case kase, Step step, long fromDepartment, Instant at) {
		assign(kase, step, route(step, at), fromDepartment, at);
	}

	/** Assigns the step as routed and tells the worker. */
	void assign(Case kase, Step step, Route route, long fromDepartment, Instant at) {
		Acting acting = route.acting();
		StaffMember worker = route.worker();
		kase.assign(step, acting.staffId(), worker == null ? null : worker.staffNumber(), acting.onBehalf(), at,
				calendars.dateOf(at), fromDepartment, calendars);
		if (worker != null) {
			staff.tell(worker, "新办件：" + step.name(),
					(kase.caseNumber() == null ? "" : kase.caseNumber() + " ") + kase.itemName()
							+ (acting.onBehalf() ? "（代岗）" : ""),
					"/cases/" + kase.id(), "casework:" + kase.id() + ":step:" + step.number());
		}
	}

	void signStep(long caseId, int number) {
		signStep(caseId, number, access.caller(), calendars.now());
	}

	void completeStep(long caseId, int number, String opinion) {
		completeStep(caseId, number, opinion, access.caller(), calendars.now());
	}

	/** Whether the caller may sign and complete the case's open step now; no when no step is open. */
	boolean mayWorkOpenStep(long caseId) {
		Case kase = cases.get(caseId);
		Caller caller = access.caller();
		Instant at = calendars.now();
		return kase.steps().stream().filter(Step::open).anyMatch(step -> access.mayWork(kase, step, caller, at));
	}

	void signStep(long caseId, int number, Caller caller, Instant at) {
		Case kase = cases.lock(caseId);
		access.requireReach(kase, caller, at);
		Step step = kase.openStep(number);
		access.requireWorker(kase, step, caller, at);
		kase.signStep(number, at, calendars.dateOf(at), caller.name());
		cases.save(kase);
		journal.record(caseId, caller, at, "step-signed", step.name());
	}

	void completeStep(long caseId, int number, String opinion, Caller caller, Instant at) {
		Case kase = cases.lock(caseId);
		access.requireReach(kase, caller, at);
		Step step = kase.openStep(number);
		access.requireWorker(kase, step, caller, at);
		kase.completeStep(number, opinion, at, calendars.dateOf(at), caller.staffId(), caller.name())
			.ifPresent(next -> assign(kase, next, step.departmentId(), at));
		cases.save(kase);
		journal.record(caseId, caller, at, "step-completed", step.name());
	}
}
