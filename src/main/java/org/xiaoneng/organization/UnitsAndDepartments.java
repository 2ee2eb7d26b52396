package org.xiaoneng.organization;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.UnifiedSocialCreditCode;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/** Administrators record the regions, their units and the units' department trees. */
@Component
class UnitsAndDepartments {

	private static final Pattern REGION_CODE = Pattern.compile("[0-9]{6}");

	private final Units units;

	private final Departments departments;

	private final AuditLog auditLog;

	private final Callers callers;

	private final NamesOnRecord names;

	UnitsAndDepartments(Units units, Departments departments, AuditLog auditLog, Callers callers, NamesOnRecord names) {
		this.names = names;
		this.units = units;
		this.departments = departments;
		this.auditLog = auditLog;
		this.callers = callers;
	}

	Region defineRegion(String code, String name) {
		if (code == null || !REGION_CODE.matcher(code).matches()) {
			throw new RegionCodeInvalidException(code);
		}
		Region region = new Region(code, name.strip());
		Optional<Region> before = units.region(code);
		units.saveRegion(region);
		auditLog.record(new AuditEntry(Organization.MODULE, "region.defined", code,
				before.map(Region::name).orElse(null), region.name()));
		return region;
	}

	List<Region> regions() {
		return units.regions();
	}

	Unit createUnit(NewUnit unit) {
		requireRegion(unit.regionCode());
		String creditCode = validCreditCode(unit.creditCode());
		if (units.findByCreditCode(creditCode).isPresent()) {
			throw new CreditCodeTakenException(creditCode);
		}
		long id = units.insert(unit, creditCode);
		names.changed(OrganizationChanged.Kind.UNIT, id);
		auditLog.record(new AuditEntry(Organization.MODULE, "unit.created", String.valueOf(id), null,
				describe(unit, creditCode)));
		return unit(id);
	}

	Unit changeUnit(long id, NewUnit changed) {
		Unit before = unit(id);
		requireRegion(changed.regionCode());
		String creditCode = validCreditCode(changed.creditCode());
		if (units.findByCreditCode(creditCode).filter(other -> other.id() != id).isPresent()) {
			throw new CreditCodeTakenException(creditCode);
		}
		units.update(id, changed, creditCode);
		names.changed(OrganizationChanged.Kind.UNIT, id);
		auditLog.record(new AuditEntry(Organization.MODULE, "unit.changed", String.valueOf(id),
				describe(new NewUnit(before.regionCode(), before.name(), before.shortName(), before.creditCode()),
						before.creditCode()),
				describe(changed, creditCode)));
		return unit(id);
	}

	/** Records where the unit's decisions are reviewed and litigated, both named, as its refusal notices will say. */
	Unit recordReviewBodies(long id, ReviewBodies bodies) {
		Unit before = unit(id);
		if (bodies == null || blank(bodies.reconsiderationBody()) || blank(bodies.litigationCourt())) {
			throw new ReviewBodiesRequiredException();
		}
		ReviewBodies stripped = new ReviewBodies(bodies.reconsiderationBody().strip(),
				bodies.litigationCourt().strip());
		units.updateReviewBodies(id, stripped);
		auditLog.record(new AuditEntry(Organization.MODULE, "unit.review-bodies", String.valueOf(id),
				String.valueOf(before.reviewBodies()), String.valueOf(stripped)));
		return unit(id);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	Unit unit(long id) {
		return units.find(id).orElseThrow(() -> new OrganizationRecordNotFoundException("unit", id));
	}

	List<Unit> units() {
		return units.all();
	}

	OrganizationNames names() {
		return names.names();
	}

	/** A unit, department or post was created or changed in the running transaction. */
	void changed(OrganizationChanged.Kind kind, long id) {
		names.changed(kind, id);
	}

	Department createDepartment(NewDepartment department) {
		unit(department.unitId());
		if (department.parentId() != null && inForce(department.parentId()).unitId() != department.unitId()) {
			throw new UnitBoundaryCrossedException("organization.department.parentInOtherUnit");
		}
		long id = departments.insert(department);
		names.changed(OrganizationChanged.Kind.DEPARTMENT, id);
		auditLog.record(new AuditEntry(Organization.MODULE, "department.created", String.valueOf(id), null,
				"unit=" + department.unitId() + ", parent=" + department.parentId() + ", name=" + department.name()));
		return department(id);
	}

	Department renameDepartment(long id, String name) {
		Department before = department(id);
		departments.rename(id, name);
		names.changed(OrganizationChanged.Kind.DEPARTMENT, id);
		auditLog.record(new AuditEntry(Organization.MODULE, "department.renamed", String.valueOf(id), before.name(),
				name.strip()));
		return department(id);
	}

	Department department(long id) {
		return departments.find(id).orElseThrow(() -> new OrganizationRecordNotFoundException("department", id));
	}

	/**
	 * A department that is not retired, for new work, staff or posts.
	 *
	 * @throws RetiredChosenException when it is retired
	 */
	Department inForce(long id) {
		Department department = department(id);
		if (department.retired()) {
			throw new RetiredChosenException("department", department.name());
		}
		return department;
	}

	List<Department> departmentsOf(long unitId) {
		unit(unitId);
		return departments.ofUnit(unitId);
	}

	/** Out of the caller's scope answers as a missing department, so that existence is not leaked. */
	Department visibleDepartment(long departmentId) {
		Department department = department(departmentId);
		callers.current()
			.requireScopeOver(department.unitId(), departmentId,
					() -> new OrganizationRecordNotFoundException("department", departmentId));
		return department;
	}

	/** The unit whose department the post is in. */
	long unitOf(Post post) {
		return department(post.departmentId()).unitId();
	}

	private void requireRegion(String code) {
		if (units.region(code).isEmpty()) {
			throw new OrganizationRecordNotFoundException("region", code);
		}
	}

	private static String validCreditCode(String text) {
		return UnifiedSocialCreditCode.parse(text)
			.map(UnifiedSocialCreditCode::value)
			.orElseThrow(() -> new CreditCodeInvalidException(text));
	}

	private static String describe(NewUnit unit, String creditCode) {
		return "region=" + unit.regionCode() + ", name=" + unit.name() + ", shortName=" + unit.shortName()
				+ ", creditCode=" + creditCode;
	}
}
