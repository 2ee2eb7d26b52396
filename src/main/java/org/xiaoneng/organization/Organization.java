package org.xiaoneng.organization;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;

/**
 * The organisation of the region: units, their department trees and posts, the staff who hold the posts, who leads
 * what, and whose work each caller may see (data scope). Administrators change it; every change is audited in its
 * transaction and a refused change changes nothing. Phone numbers are encrypted at rest (GB/T 39786) and only ever
 * leave this facade masked, except through {@link #phoneOf(long)} for an administrator editing them.
 * <p>
 * The facade holds the transaction and the role each command needs; the work is done by the use cases behind it,
 * each named for what people do.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

	static final String MODULE = "organization";

	private final UnitsAndDepartments places;

	private final PostHolding posts;

	private final StaffRoster roster;

	private final Staffing staffing;

	private final TransfersAndDepartures moves;

	private final StaffImportAndExport registers;

	private final LeaderAppointments leaders;

	private final DataScopes scopes;

	Organization(UnitsAndDepartments places, PostHolding posts, StaffRoster roster, Staffing staffing,
			TransfersAndDepartures moves, StaffImportAndExport registers, LeaderAppointments leaders,
			DataScopes scopes) {
		this.places = places;
		this.posts = posts;
		this.roster = roster;
		this.staffing = staffing;
		this.moves = moves;
		this.registers = registers;
		this.leaders = leaders;
		this.scopes = scopes;
	}

	// ---- regions and units ------------------------------------------------------------------------------------

	/** Records a region (or renames it). */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Region defineRegion(String code, String name) {
		return places.defineRegion(code, name);
	}

	public List<Region> regions() {
		return places.regions();
	}

	/**
	 * Creates a unit of a region.
	 *
	 * @throws CreditCodeInvalidException when the credit code's check character is wrong
	 * @throws CreditCodeTakenException when another unit has the credit code
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Unit createUnit(NewUnit unit) {
		return places.createUnit(unit);
	}

	/** Changes a unit's region, names or credit code. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Unit changeUnit(long id, NewUnit changed) {
		return places.changeUnit(id, changed);
	}

	/**
	 * Records the body that hears administrative reconsideration of the unit's decisions and the court for
	 * administrative litigation, which every refusal notice of the unit names (行政许可法 第三十八条).
	 *
	 * @throws ReviewBodiesRequiredException unless both are named
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Unit recordReviewBodies(UnitId unitId, ReviewBodies bodies) {
		return places.recordReviewBodies(unitId.value(), bodies);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such unit */
	public Unit unit(long id) {
		return places.unit(id);
	}

	public List<Unit> units() {
		return places.units();
	}

	// ---- departments and posts --------------------------------------------------------------------------------

	/**
	 * Creates a department at the top of its unit or under another department of the same unit.
	 *
	 * @throws UnitBoundaryCrossedException when the parent belongs to another unit
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Department createDepartment(NewDepartment department) {
		return places.createDepartment(department);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Department renameDepartment(long id, String name) {
		return places.renameDepartment(id, name);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such department */
	public Department department(long id) {
		return places.department(id);
	}

	/** The unit's departments in tree order: each followed by the departments under it. */
	public List<Department> departmentsOf(long unitId) {
		return places.departmentsOf(unitId);
	}

	/**
	 * Creates a post in a department.
	 *
	 * @throws OrganizationRecordNotFoundException when the department does not exist
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Post createPost(NewPost post) {
		return posts.createPost(post);
	}

	/** Changes a post's name, kind, duties and duty scope; it stays in its department. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Post changePost(long id, NewPost changed) {
		return posts.changePost(id, changed);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such post */
	public Post post(long id) {
		return posts.post(id);
	}

	public List<Post> postsOf(long departmentId) {
		return posts.postsOf(departmentId);
	}

	/** Every post of a unit, by department. */
	public List<Post> postsOfUnit(long unitId) {
		return posts.postsOfUnit(unitId);
	}

	/** The staff who hold the post, for the rules of other modules (who acts for a post). */
	public List<StaffMember> holdersOf(long postId) {
		return posts.holdersOf(postId);
	}

	/**
	 * The staff who hold the post, for a caller whose data scope covers its department or who holds it.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such post or it lies outside the caller's scope
	 */
	public List<StaffMember> visibleHoldersOf(long postId) {
		return posts.visibleHoldersOf(postId);
	}

	/**
	 * Gives a staff member at work a post of their own unit.
	 *
	 * @throws UnitBoundaryCrossedException when the post belongs to another unit
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void assignPost(long staffId, long postId) {
		posts.assignPost(staffId, postId);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void releasePost(long staffId, long postId) {
		posts.releasePost(staffId, postId);
	}

	// ---- staff ------------------------------------------------------------------------------------------------

	/**
	 * A staff member joins a department; publishes {@link StaffJoined}.
	 *
	 * @throws StaffNumberTakenException when the staff number is in use
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffMember join(NewStaff joining) {
		return staffing.join(joining);
	}

	/** Changes what is recorded about a staff member at work (not their department: that is a transfer). */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffMember changeParticulars(long staffId, StaffParticulars changed) {
		return staffing.changeParticulars(staffId, changed);
	}

	/**
	 * Replaces a staff member's photo (for the badge and the staff page); the media type is taken from the image's own
	 * first bytes, not from what the uploader claims.
	 *
	 * @throws PhotoRefusedException unless it is a JPEG or PNG image of at most 1 MB
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void changePhoto(long staffId, byte[] photo) {
		staffing.changePhoto(staffId, photo);
	}

	/** The photo's bytes and media type, if one is on record. */
	public Optional<StaffPhoto> photoOf(long staffId) {
		return roster.photoOf(staffId);
	}

	/**
	 * Moves a staff member at work to another department (of any unit). The posts and leading roles tied to the old
	 * place are released; publishes {@link StaffTransferred}.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffMember transfer(long staffId, long toDepartmentId) {
		return moves.transfer(staffId, toDepartmentId);
	}

	/**
	 * A staff member leaves (调离, 离职 or 退休): their posts and leading roles are released; publishes
	 * {@link StaffLeft}.
	 *
	 * @throws StaffAlreadyLeftException when they have already left
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffMember leave(long staffId, StaffStatus how) {
		return moves.leave(staffId, how);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such staff member */
	public StaffMember staffMember(long id) {
		return roster.staffMember(id);
	}

	/**
	 * A staff member, if the caller's data scope lets them see them.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such staff member or they are outside the scope
	 */
	public StaffMember visibleStaffMember(long id) {
		return roster.visibleStaffMember(id);
	}

	StaffMember staffMember(long id, DataScope scope) {
		return roster.staffMember(id, scope);
	}

	public Optional<StaffMember> staffByNumber(String staffNumber) {
		return roster.staffByNumber(staffNumber);
	}

	/** The staff member whose account has this sign-in name. */
	public Optional<StaffMember> staffByUsername(String username) {
		return roster.staffByUsername(username);
	}

	/**
	 * The staff member's mobile number in clear, only to text them about their own work (e.g. a supervision card sent
	 * through the notification outbox, which masks it in every log); never shown on a page.
	 */
	public Optional<String> phoneForTexts(long staffId) {
		return roster.phoneOf(staffId);
	}

	/** The staff member's phone number in clear, for an administrator editing it. */
	@PreAuthorize("hasRole('ADMIN')")
	public Optional<String> phoneOf(long staffId) {
		return roster.phoneOf(staffId);
	}

	/** The staff the caller may see (their data scope) that match the query; at most 500. */
	public List<StaffMember> searchStaff(StaffQuery query) {
		return roster.searchStaff(query);
	}

	/**
	 * Every staff member at work in the unit, however many, whoever asks: for the system's own work over a whole unit
	 * (the year's evaluation), never shown as a list.
	 */
	public List<StaffMember> staffOnDuty(UnitId unitId) {
		return roster.onDutyIn(unitId.value());
	}

	/**
	 * The staff at work in the caller's own department, whoever's work the caller may see: the colleagues one hands a
	 * matter to or records as present.
	 */
	public List<StaffMember> colleaguesOnDuty() {
		return roster.colleaguesOnDuty();
	}

	List<StaffMember> searchStaff(StaffQuery query, DataScope scope) {
		return roster.searchStaff(query, scope);
	}

	// ---- import and export ------------------------------------------------------------------------------------

	/** The empty staff import template (.xlsx) with its headers in the given language. */
	public byte[] staffImportTemplate(Locale locale) {
		return registers.staffImportTemplate(locale);
	}

	/** The staff the caller may see that match the query, as an Excel register with phones masked. */
	public byte[] exportStaff(StaffQuery query, Locale locale) {
		return registers.exportStaff(query, locale);
	}

	byte[] exportStaff(StaffQuery query, DataScope scope, Locale locale) {
		return registers.exportStaff(query, scope, locale);
	}

	/**
	 * Imports staff from a filled-in template: every row joins, or, if any row has a problem, none does and the report
	 * lists every problem by row and column.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffImportReport importStaff(InputStream xlsx) {
		return registers.importStaff(xlsx);
	}

	// ---- leadership -------------------------------------------------------------------------------------------

	/** Makes a staff member of the unit its principal leader (主要领导), replacing the previous one. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void appointPrincipalLeader(long unitId, long staffId) {
		leaders.appointPrincipalLeader(unitId, staffId);
	}

	/**
	 * Makes a staff member of the unit one of its deputy leaders (分管领导), overseeing exactly these departments of
	 * the unit (a department has one deputy: another deputy's oversight of them ends).
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void appointDeputyLeader(long unitId, long staffId, Collection<Long> departmentIds) {
		leaders.appointDeputyLeader(unitId, staffId, departmentIds);
	}

	/** Makes a staff member of the unit the head (股室负责人) of one of its departments. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void appointDepartmentHead(long departmentId, long staffId) {
		leaders.appointDepartmentHead(departmentId, staffId);
	}

	/** The unit's principal and deputy leaders, each deputy with the departments they oversee. */
	public Leadership leadership(long unitId) {
		return leaders.leadership(unitId);
	}

	/**
	 * Who holds the authority of this level over the department: its head (or the nearest head above it), the deputy
	 * leader who oversees it (or the department above it), or the unit's principal leader. Authority not assigned at a
	 * level passes up to the next level, so that every decision has someone who must take it.
	 *
	 * @return the staff member, empty only when nobody in the chain up to the principal leader is appointed
	 */
	public Optional<StaffMember> authorityOver(long departmentId, DecisionLevel level) {
		return leaders.authorityOver(departmentId, level);
	}

	/**
	 * {@link #authorityOver(long, DecisionLevel)} for a caller whose data scope covers the department.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such department or it lies outside the scope
	 */
	public Optional<StaffMember> visibleAuthorityOver(long departmentId, DecisionLevel level) {
		return leaders.visibleAuthorityOver(departmentId, level);
	}

	/**
	 * The department, for a caller whose data scope covers it: its page names its posts and their people (issue 13,
	 * finding 7).
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such department or it lies outside the scope
	 */
	public Department visibleDepartment(long departmentId) {
		return places.visibleDepartment(departmentId);
	}

	// ---- data scope -------------------------------------------------------------------------------------------

	/** The data scope of a signed-in caller: their user name and roles. */
	public DataScope scopeOf(Authentication caller) {
		return scopeOf(caller.getName(), DataScopes.rolesOf(caller));
	}

	/**
	 * Whose work a caller may see: supervisors and administrators everything in the region; a principal leader their
	 * unit; a deputy leader the departments they oversee; a department head the departments they head; a handler their
	 * own department; each of these (and everyone else, e.g. a window clerk) their own work. Departments include those
	 * below them. A caller who is not linked to a staff member at work sees nothing outside a region-wide role.
	 *
	 * @param username the caller's sign-in name
	 * @param roles the caller's roles, without {@code ROLE_}
	 */
	public DataScope scopeOf(String username, Set<String> roles) {
		return scopes.scopeOf(username, roles);
	}
}
