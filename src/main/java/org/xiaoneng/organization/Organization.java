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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.SystemUse;
import org.xiaoneng.common.UnitId;

/**
 * The organisation of the region: units, their department trees and posts, the staff who hold the posts, who leads
 * what, and whose work each caller may see (data scope). Administrators change it; every change is audited in its
 * transaction and a refused change changes nothing. Phone numbers are encrypted at rest (GB/T 39786) and only ever
 * leave this facade masked, except through {@link #phoneOf(StaffId)} for an administrator editing them.
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
	public Unit changeUnit(UnitId id, NewUnit changed) {
		return places.changeUnit(id.value(), changed);
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
	public Unit unit(UnitId id) {
		return places.unit(id.value());
	}

	public List<Unit> units() {
		return places.units();
	}

	/**
	 * The names of every unit, department and post, from memory while none changed (decision 0058); public, as the
	 * portal prints them, so no caller's scope applies. Joins a caller's transaction and opens none of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public OrganizationNames names() {
		return places.names();
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
	public Department renameDepartment(DepartmentId id, String name) {
		return places.renameDepartment(id.value(), name);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such department */
	public Department department(DepartmentId id) {
		return places.department(id.value());
	}

	/** The unit's departments in tree order: each followed by the departments under it. */
	public List<Department> departmentsOf(UnitId unitId) {
		return places.departmentsOf(unitId.value());
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
	public Post changePost(PostId id, NewPost changed) {
		return posts.changePost(id.value(), changed);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such post */
	public Post post(PostId id) {
		return posts.post(id.value());
	}

	public List<Post> postsOf(DepartmentId departmentId) {
		return posts.postsOf(departmentId.value());
	}

	/** Every post of a unit, by department. */
	public List<Post> postsOfUnit(UnitId unitId) {
		return posts.postsOfUnit(unitId.value());
	}

	/** The staff who hold the post, for the rules of other modules (who acts for a post). */
	public List<StaffMember> holdersOf(PostId postId) {
		return posts.holdersOf(postId.value());
	}

	/**
	 * The staff who hold the post, for a caller whose data scope covers its department or who holds it.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such post or it lies outside the caller's scope
	 */
	public List<StaffMember> visibleHoldersOf(PostId postId) {
		return posts.visibleHoldersOf(postId.value());
	}

	/**
	 * Gives a staff member at work a post of their own unit.
	 *
	 * @throws UnitBoundaryCrossedException when the post belongs to another unit
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void assignPost(StaffId staffId, PostId postId) {
		posts.assignPost(staffId.value(), postId.value());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void releasePost(StaffId staffId, PostId postId) {
		posts.releasePost(staffId.value(), postId.value());
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
	public StaffMember changeParticulars(StaffId staffId, StaffParticulars changed) {
		return staffing.changeParticulars(staffId.value(), changed);
	}

	/**
	 * Replaces a staff member's photo (for the badge and the staff page); the media type is taken from the image's own
	 * first bytes, not from what the uploader claims.
	 *
	 * @throws PhotoRefusedException unless it is a JPEG or PNG image of at most 1 MB
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void changePhoto(StaffId staffId, byte[] photo) {
		staffing.changePhoto(staffId.value(), photo);
	}

	/** The photo's bytes and media type, if one is on record. */
	public Optional<StaffPhoto> photoOf(StaffId staffId) {
		return roster.photoOf(staffId.value());
	}

	/**
	 * Moves a staff member at work to another department (of any unit). The posts and leading roles tied to the old
	 * place are released; publishes {@link StaffTransferred}.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffMember transfer(StaffId staffId, DepartmentId toDepartmentId) {
		return moves.transfer(staffId.value(), toDepartmentId.value());
	}

	/**
	 * A staff member leaves (调离, 离职 or 退休): their posts and leading roles are released; publishes
	 * {@link StaffLeft}.
	 *
	 * @throws StaffAlreadyLeftException when they have already left
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffMember leave(StaffId staffId, StaffStatus how) {
		return moves.leave(staffId.value(), how);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such staff member */
	public StaffMember staffMember(StaffId id) {
		return roster.staffMember(id.value());
	}

	/**
	 * A staff member, if the caller's data scope lets them see them.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such staff member or they are outside the scope
	 */
	public StaffMember visibleStaffMember(StaffId id) {
		return roster.visibleStaffMember(id.value());
	}

	StaffMember staffMember(StaffId id, DataScope scope) {
		return roster.staffMember(id.value(), scope);
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
	public Optional<String> phoneForTexts(StaffId staffId) {
		return roster.phoneOf(staffId.value());
	}

	/** The staff member's phone number in clear, for an administrator editing it. */
	@PreAuthorize("hasRole('ADMIN')")
	public Optional<String> phoneOf(StaffId staffId) {
		return roster.phoneOf(staffId.value());
	}

	/** The staff the caller may see (their data scope) that match the query; at most 500. */
	public List<StaffMember> searchStaff(StaffQuery query) {
		return roster.searchStaff(query);
	}

	/**
	 * Every staff member at work in the unit, however many, whoever asks: for the system's own work over a whole unit
	 * (the year's evaluation), never shown as a list.
	 */
	@SystemUse
	public List<StaffMember> staffOnDuty(UnitId unitId) {
		return roster.onDutyIn(unitId.value());
	}

	/**
	 * Where each staff member at work in the unit sits, in the roster's order (department, staff number), whoever
	 * asks: for the system's own work over a whole unit (the year's evaluation), nothing decrypted, never shown.
	 */
	@SystemUse
	public List<StaffPlace> placesOnDuty(UnitId unitId) {
		return roster.placesOnDuty(unitId.value());
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
	public void appointPrincipalLeader(UnitId unitId, StaffId staffId) {
		leaders.appointPrincipalLeader(unitId.value(), staffId.value());
	}

	/**
	 * Makes a staff member of the unit one of its deputy leaders (分管领导), overseeing exactly these departments of
	 * the unit (a department has one deputy: another deputy's oversight of them ends).
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void appointDeputyLeader(UnitId unitId, StaffId staffId, Collection<DepartmentId> departmentIds) {
		leaders.appointDeputyLeader(unitId.value(), staffId.value(),
				departmentIds.stream().map(DepartmentId::value).toList());
	}

	/** Makes a staff member of the unit the head (股室负责人) of one of its departments. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void appointDepartmentHead(DepartmentId departmentId, StaffId staffId) {
		leaders.appointDepartmentHead(departmentId.value(), staffId.value());
	}

	/** The unit's principal and deputy leaders, each deputy with the departments they oversee. */
	public Leadership leadership(UnitId unitId) {
		return leaders.leadership(unitId.value());
	}

	/**
	 * Who holds the authority of this level over the department: its head (or the nearest head above it), the deputy
	 * leader who oversees it (or the department above it), or the unit's principal leader. Authority not assigned at a
	 * level passes up to the next level, so that every decision has someone who must take it.
	 *
	 * @return the staff member, empty only when nobody in the chain up to the principal leader is appointed
	 */
	public Optional<StaffMember> authorityOver(DepartmentId departmentId, DecisionLevel level) {
		return leaders.authorityOver(departmentId.value(), level);
	}

	/**
	 * {@link #authorityOver(DepartmentId, DecisionLevel)} for a caller whose data scope covers the department.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such department or it lies outside the scope
	 */
	public Optional<StaffMember> visibleAuthorityOver(DepartmentId departmentId, DecisionLevel level) {
		return leaders.visibleAuthorityOver(departmentId.value(), level);
	}

	/**
	 * The department, for a caller whose data scope covers it: its page names its posts and their people (issue 13,
	 * finding 7).
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such department or it lies outside the scope
	 */
	public Department visibleDepartment(DepartmentId departmentId) {
		return places.visibleDepartment(departmentId.value());
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
