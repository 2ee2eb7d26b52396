package org.xiaoneng.refusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.substitution.Acting;
import org.xiaoneng.substitution.ActingLeader;
import org.xiaoneng.substitution.Substitutes;

/**
 * Who may refuse and who decides (否定报备制): a refusal lies within the handler's authority when the item lets any
 * handler refuse it or the filer holds the required authority over the case's department; beyond it the leader with
 * that authority decides, or whoever acts for them while they are away (同岗替代), within the decision limit, and
 * nobody decides their own filing. The department head is told of every refusal within authority.
 */
@Component
class DecisionAuthority {

	private final Organization organization;

	private final Substitutes substitutes;

	private final WorkingDayCalendar calendar;

	private final RefusalSettings settings;

	private final Clock clock;

	DecisionAuthority(Organization organization, Substitutes substitutes, WorkingDayCalendar calendar,
			RefusalSettings settings, Clock clock) {
		this.organization = organization;
		this.substitutes = substitutes;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/** Who decides: the staff member, and the absent leader they act for (or {@code null}). */
	record Decider(StaffMember staff, StaffMember actingFor) {
	}

	/**
	 * Only staff at work file a refusal, decide one or hand materials back: an account without a staff record (an
	 * administrator's, say) holds no authority over a case.
	 *
	 * @throws FilerNotStaffException when the caller is no staff member at work
	 */
	static StaffMember staffAtWork(Caller caller) {
		return caller.staff().orElseThrow(FilerNotStaffException::new);
	}

	/**
	 * Within authority: any handler for items a handler may refuse; otherwise the filer themselves holds the authority
	 * the item requires (or a higher one) over the case's department.
	 */
	boolean withinAuthority(StaffMember filer, RefusalAuthority required, long departmentId) {
		DecisionLevel level = level(required);
		if (level == null) {
			return true;
		}
		for (DecisionLevel at : DecisionLevel.values()) {
			if (at.compareTo(level) >= 0 && organization.authorityOver(new DepartmentId(departmentId), at)
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
	 *
	 * @throws DecisionAuthorityMissingException when nobody but the filer could decide
	 */
	Decider decider(long departmentId, RefusalAuthority required, StaffMember filer) {
		DecisionLevel level = level(required);
		for (DecisionLevel at : DecisionLevel.values()) {
			if (level == null || at.compareTo(level) < 0) {
				continue;
			}
			Optional<StaffMember> leader = organization.authorityOver(new DepartmentId(departmentId), at);
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

	/**
	 * The decider named at filing, the leader with authority now, or whoever acts for that leader now (the decider
	 * may have gone away since, or the absent leader come back).
	 */
	boolean mayDecide(Refusal refusal, StaffMember caller) {
		if (refusal.deciderStaffId() != null && refusal.deciderStaffId() == caller.id()) {
			return true;
		}
		if (refusal.actingForStaffId() != null && refusal.actingForStaffId() == caller.id()) {
			return true;
		}
		StaffMember filer = organization.staffMember(new StaffId(refusal.handler().staffId()));
		try {
			Decider now = decider(refusal.departmentId(), refusal.requiredAuthority(), filer);
			return now.staff().id() == caller.id() || (now.actingFor() != null && now.actingFor().id() == caller.id());
		}
		catch (DecisionAuthorityMissingException nobody) {
			return false;
		}
	}

	/** The last day of the leader's decision on a filing of the unit filed that day. */
	LocalDate decisionDue(long unitId, LocalDate filedOn) {
		return calendar.deadline(organization.unit(new UnitId(unitId)).creditCode(), filedOn, settings.decisionWorkingDays())
			.date();
	}

	/** The head a refusal within authority is reported to: the department's head, unless that is the filer. */
	Optional<StaffMember> headToTell(long departmentId, long filerStaffId) {
		return organization.authorityOver(new DepartmentId(departmentId), DecisionLevel.DEPARTMENT_HEAD)
			.filter(head -> head.id() != filerStaffId);
	}

	private static DecisionLevel level(RefusalAuthority authority) {
		return switch (authority) {
			case HANDLER -> null;
			case DEPARTMENT_HEAD -> DecisionLevel.DEPARTMENT_HEAD;
			case DEPUTY_LEADER -> DecisionLevel.DEPUTY_LEADER;
			case PRINCIPAL_LEADER -> DecisionLevel.PRINCIPAL_LEADER;
		};
	}

	/** The leader, or while they are away their acting leader (or whoever acts for their post). */
	private StaffMember actingFor(StaffMember leader) {
		Instant now = clock.instant();
		if (!substitutes.isAway(new StaffId(leader.id()), now)) {
			return leader;
		}
		Optional<Long> acting = substitutes.actingLeaderOf(new StaffId(leader.id())).map(ActingLeader::actingStaffId);
		if (acting.isEmpty()) {
			acting = leader.postIds()
				.stream()
				.map(postId -> substitutes.whoActsFor(new PostId(postId), now))
				.filter(Acting::onBehalf)
				.map(Acting::staffId)
				.filter(id -> id != null)
				.findFirst();
		}
		return acting.map(StaffId::new).map(organization::staffMember).orElse(leader);
	}
}
