package org.xiaoneng.casework;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.substitution.ActedFor;
import org.xiaoneng.substitution.Substitutes;

/**
 * Who may see a case and who may work it (docs/decisions/0004): the data scope, window work, step work by the holder,
 * whoever acts for the post now (同岗替代制) or a head or leader over the step's department, and the leader who
 * decides an extension. The system (a sweep, a start-up loader) acts for the whole region. A caller who may not see
 * the case learns nothing of it, not even that it exists; one who may see it is told it is not their work.
 */
@Component
class CaseAccess {

	private final Callers callers;

	private final Organization organization;

	private final Substitutes substitutes;

	CaseAccess(Callers callers, Organization organization, Substitutes substitutes) {
		this.callers = callers;
		this.organization = organization;
		this.substitutes = substitutes;
	}

	/**
	 * Who calls now. Their staff record came with them (read once per request with their scope), so the rules that
	 * print or route by staff member find it among the transaction's reads instead of reading it again.
	 */
	Caller caller() {
		Caller caller = callers.current();
		caller.staff().ifPresent(member -> ReadOnce.known("staff", member.id(), member));
		return caller;
	}

	/** The case when the scope shows it: its department, the current step's department or holder, or its unit. */
	Case inScope(Case kase, DataScope scope) {
		if (!visible(kase, scope)) {
			throw new CaseNotFoundException(kase.id());
		}
		return kase;
	}

	boolean visible(Case kase, DataScope scope) {
		Assignment current = kase.current();
		return scope.includes(current.staffNumber(), kase.unitId(), kase.departmentId())
				|| (current.departmentId() != null && scope.includesDepartment(kase.unitId(), current.departmentId()))
				|| (scope.ownStaffNumber() != null && kase.intake().receivedBy() != null
						&& organization.staffByNumber(scope.ownStaffNumber())
							.map(StaffMember::username)
							.filter(kase.intake().receivedBy()::equals)
							.isPresent());
	}

	/** Window work: see {@link Caller#worksWindowOf}. */
	void requireWindowWork(Case kase, Caller caller) {
		if (!caller.worksWindowOf(kase.unitId(), kase.departmentId())) {
			refuse(kase, caller);
		}
	}

	/**
	 * Whoever may neither see the case nor works one of its open steps (a substitute sees it only through the step)
	 * learns nothing of it, not even its state.
	 */
	void requireReach(Case kase, Caller caller, Instant at) {
		if (caller.isSystem() || visible(kase, caller.scope())) {
			return;
		}
		boolean works = caller.staffId() != null && kase.steps()
			.stream()
			.filter(Step::open)
			.anyMatch(step -> caller.is(step.staffId()) || actsFor(caller, step, at));
		if (!works) {
			throw new CaseNotFoundException(kase.id());
		}
	}

	/**
	 * Who may read a case: whoever may reach it ({@link #requireReach}), and whoever completed one of its steps, as a
	 * substitute or with a scope of their own cases only, whose step moved the case out of their sight.
	 */
	void requireReader(Case kase, Caller caller, Instant at) {
		boolean worked = kase.steps()
			.stream()
			.anyMatch(step -> step.completedOn() != null && caller.name().equals(step.completedBy()));
		if (!worked) {
			requireReach(kase, caller, at);
		}
	}

	/**
	 * Step work: the holder of the step, whoever acts for its post now (a substitute during an absence), or a head or
	 * leader whose scope covers the step's department.
	 */
	void requireWorker(Case kase, Step step, Caller caller, Instant at) {
		if (!mayWork(kase, step, caller, at)) {
			refuse(kase, caller);
		}
	}

	/** Whether the caller is a worker of the step, as {@link #requireWorker} requires. */
	boolean mayWork(Case kase, Step step, Caller caller, Instant at) {
		return caller.is(step.staffId()) || (caller.staffId() != null && actsFor(caller, step, at))
				|| caller.leadsOver(kase.unitId(), step.departmentId());
	}

	/** The worker of the step being worked, or of the last one once all are done. */
	void requireCurrentWorker(Case kase, Caller caller, Instant at) {
		requireWorker(kase, kase.currentStep(), caller, at);
	}

	/** Only the leader the request is addressed to, or whoever acts for them now, decides an extension. */
	void requireDecider(Case kase, CaseExtension request, Caller caller) {
		if (!caller.isSystem() && !caller.is(request.deciderStaffId())
				&& !leadersActedFor(caller, List.of(request.deciderStaffId())).contains(request.deciderStaffId())) {
			refuse(kase, caller);
		}
	}

	/** The leader with authority over the case's department who decides its extensions (行政许可法 第四十二条). */
	StaffMember extensionDecider(Case kase) {
		return organization.authorityOver(new DepartmentId(kase.departmentId()), DecisionLevel.DEPUTY_LEADER)
			.orElseThrow(() -> new CaseRuleException("casework.extension.noDecider"));
	}

	/** Of these leaders, those the caller acts for now as their designated acting leader. */
	List<Long> leadersActedFor(Caller caller, List<Long> leaders) {
		Long staffId = caller.staffId();
		if (staffId == null) {
			return List.of();
		}
		return leaders.stream()
			.filter(leader -> substitutes.actingLeaderOf(new StaffId(leader))
				.filter(acting -> acting.actingStaffId() == staffId.longValue())
				.isPresent())
			.toList();
	}

	/**
	 * The posts the caller acts for now (代岗), each with its absent holder: the holder's cases at that post are the
	 * caller's work, selected by the list's own query on the case's current holder and post, not passed in as ids.
	 */
	List<ActedFor> postsActedFor(Caller caller) {
		if (caller.staffId() == null) {
			return List.of();
		}
		return substitutes.actedForNow(new StaffId(caller.staffId()));
	}

	/**
	 * Refuses a command: a caller who may not see the case learns nothing of it (as if it did not exist); one who may
	 * see it is told it is not their work.
	 */
	void refuse(Case kase, Caller caller) {
		if (caller.isSystem() || !visible(kase, caller.scope())) {
			throw new CaseNotFoundException(kase.id());
		}
		throw new NotYourWorkException();
	}

	private boolean actsFor(Caller caller, Step step, Instant at) {
		return caller.is(substitutes.whoActsFor(new PostId(step.postId()), at).staffId());
	}
}
