package org.xiaoneng.organization;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who calls a facade: their sign-in name, roles, the staff member at work they are (if any) and their data scope.
 * Facades ask {@link Callers#current()} for it at their entry, so that no controller can pass a wider scope and no
 * command forgets to check one. Out of scope answers as a missing record does, so that existence is not leaked.
 */
public final class Caller {

	/** Roles whose holders see the whole region (they read everything; they do not work cases). */
	static final Set<String> REGION_WIDE_ROLES = Set.of("ADMIN", "SUPERVISOR");

	static final Caller SYSTEM = new Caller("system", Set.of(), null, DataScope.wholeRegionScope(),
			DataScope.wholeRegionScope(), true);

	private final String name;

	private final Set<String> roles;

	private final StaffMember staff;

	private final DataScope scope;

	private final DataScope workScope;

	private final boolean system;

	Caller(String name, Set<String> roles, StaffMember staff, DataScope scope, DataScope workScope, boolean system) {
		this.name = name;
		this.roles = Set.copyOf(roles);
		this.staff = staff;
		this.scope = scope;
		this.workScope = workScope;
		this.system = system;
	}

	/** The system itself, for work no person asked for now (a sweep), whoever is signed in on the thread. */
	public static Caller system() {
		return SYSTEM;
	}

	/**
	 * A start-up loader (e.g. the demo data) recording its work as this staff member: their name and id on the
	 * record, and the system's whole region, since nobody signed in.
	 */
	public static Caller loader(String name, StaffMember staff) {
		return new Caller(name, Set.of(), staff, DataScope.wholeRegionScope(), DataScope.wholeRegionScope(), true);
	}

	/** The sign-in name for records and the audit log; {@code system} for sweeps and start-up loaders. */
	public String name() {
		return name;
	}

	/** Whether nobody signed in: a sweep or a start-up loader, which acts for the whole region. */
	public boolean isSystem() {
		return system;
	}

	/** Whether the caller holds the role (without {@code ROLE_}, e.g. {@code LEADER}). */
	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	/** The staff member at work the caller is, if any. */
	public Optional<StaffMember> staff() {
		return Optional.ofNullable(staff);
	}

	/** The id of the staff member at work the caller is, or {@code null}. */
	public Long staffId() {
		return staff == null ? null : staff.id();
	}

	/** Whether the caller is this staff member (never, for a caller who is no staff member). */
	public boolean is(Long staffId) {
		return staff != null && staffId != null && staff.id() == staffId;
	}

	/** Whose work the caller may read. */
	public DataScope scope() {
		return scope;
	}

	/** Whether the caller may read the work of this department of this unit. */
	public boolean sees(long unitId, long departmentId) {
		return scope.includesDepartment(unitId, departmentId);
	}

	/**
	 * Lets a read of a department's data through only within the caller's data scope.
	 *
	 * @param notFound the module's exception for a missing record, thrown when out of scope
	 */
	public <X extends RuntimeException> void requireScopeOver(long unitId, long departmentId, Supplier<X> notFound) {
		if (!sees(unitId, departmentId)) {
			throw notFound.get();
		}
	}

	/**
	 * Whether the caller may change the work of this department: within their scope as a leader, head or handler.
	 * The whole region of administrators and supervisors is for reading only — separation of duties: administrators
	 * run the organisation and settings, supervisors watch the work; neither does it.
	 */
	public boolean actsOver(long unitId, long departmentId) {
		return system || workScope.includesDepartment(unitId, departmentId);
	}

	/** Whether the caller leads (head or leader) within their working scope over this department. */
	public boolean leadsOver(long unitId, long departmentId) {
		return system || ((roles.contains("DEPT_HEAD") || roles.contains("LEADER"))
				&& workScope.includesDepartment(unitId, departmentId));
	}

	/**
	 * Window work (intake, correction notices, acceptance, delivery, withdrawal): a window clerk acts for the window
	 * of their own unit only; handlers, heads and leaders within their working scope.
	 */
	public boolean worksWindowOf(long unitId, long departmentId) {
		return (roles.contains("WINDOW_CLERK") && staff != null && staff.unitId() == unitId)
				|| actsOver(unitId, departmentId);
	}
}
