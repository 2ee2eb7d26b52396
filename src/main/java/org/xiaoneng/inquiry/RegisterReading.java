package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.ServedPerson;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.substitution.Substitutes;

/** Reading the register: one matter with its history and visitor, the caller's lists and the register in scope. */
@Component
class RegisterReading {

	/** Rows on a page of a list paged by keyset. */
	static final int PAGE_SIZE = 50;

	private final Inquiries inquiries;

	private final InquiryAccess access;

	private final PersonalDetails personal;

	private final Substitutes substitutes;

	private final Organization organization;

	private final Clock clock;

	RegisterReading(Inquiries inquiries, InquiryAccess access, PersonalDetails personal, Substitutes substitutes,
			Organization organization, Clock clock) {
		this.inquiries = inquiries;
		this.access = access;
		this.personal = personal;
		this.substitutes = substitutes;
		this.organization = organization;
		this.clock = clock;
	}

	List<ServedPerson> visitors(Long unitId, LocalDate from, LocalDate to) {
		return inquiries.visitors(unitId, from.atStartOfDay(Clocks.BUSINESS_ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(Clocks.BUSINESS_ZONE).toInstant());
	}

	RegisterEntry inquiry(InquiryId id) {
		return access.visible(id).entry();
	}

	Optional<Visitor> visitorOf(InquiryId id) {
		if (access.visible(id).confidential()) {
			return Optional.empty();
		}
		return personal.visitor(id);
	}

	Map<Long, String> maskedPhones(List<RegisterEntry> shown) {
		return personal.maskedPhones(shown.stream().filter(i -> !i.confidential()).map(RegisterEntry::id).toList());
	}

	List<InquiryStep> stepsOf(InquiryId id) {
		access.visible(id);
		return inquiries.steps(id);
	}

	List<Long> chainOf(InquiryId id) {
		access.visible(id);
		return inquiries.handOverChain(id);
	}

	KeysetPage<RegisterEntry> takenFirst(String cursor) {
		return inquiries.takenFirstBy(access.me().id(), cursor, PAGE_SIZE);
	}

	/** Matters the caller holds, and callbacks owed by the posts they hold or act for. */
	List<RegisterEntry> assignedToMe() {
		StaffMember caller = access.me();
		List<RegisterEntry> mine = new ArrayList<>(inquiries.heldBy(caller.id()));
		Set<Long> posts = new HashSet<>(caller.postIds());
		substitutes.actedForNow(new StaffId(caller.id())).forEach(actedFor -> posts.add(actedFor.postId().value()));
		inquiries.callbacksOf(posts)
			.stream()
			.filter(i -> mine.stream().noneMatch(m -> m.id() == i.id()))
			.forEach(mine::add);
		return mine;
	}

	KeysetPage<RegisterEntry> following(String cursor) {
		return inquiries.followedBy(access.me().id(), cursor, PAGE_SIZE);
	}

	List<RegisterEntry> openOfDepartment(Long departmentId) {
		long id = departmentId != null ? departmentId : ownDepartment();
		var department = organization.department(new DepartmentId(id));
		if (!access.caller().scope().includesDepartment(department.unitId(), id)) {
			throw new InquiryNotFoundException("department " + id);
		}
		return inquiries.openOfDepartment(id);
	}

	/**
	 * The department whose list the caller sees first: their own where their scope holds it, else (a deputy leader,
	 * whose scope is the departments they oversee, not the office they sit in) the first they oversee.
	 */
	long ownDepartment() {
		var me = access.me();
		var scope = access.caller().scope();
		if (scope.includesDepartment(me.unitId(), me.departmentId())) {
			return me.departmentId();
		}
		return scope.departmentIds().stream().sorted().findFirst().orElse(me.departmentId());
	}

	KeysetPage<RegisterEntry> register(RegisterFilter filter, RegisterOrder order, String cursor) {
		Caller caller = access.caller();
		return inquiries.register(filter == null ? RegisterFilter.none() : filter, LocalDate.now(clock),
				caller.scope(), caller.hasRole("SUPERVISOR"), order == null ? RegisterOrder.RECEIVED : order, cursor,
				PAGE_SIZE);
	}

	List<RegisterEntry> registerAll(RegisterFilter filter) {
		Caller caller = access.caller();
		return inquiries.registerAll(filter == null ? RegisterFilter.none() : filter, LocalDate.now(clock),
				caller.scope(), caller.hasRole("SUPERVISOR"));
	}

	StaffMember me() {
		return access.me();
	}

	boolean canAct(RegisterEntry entry) {
		return access.canAct(entry);
	}
}
