package org.xiaoneng.organization.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Leadership;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewPost;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.Region;
import org.xiaoneng.organization.Reorganization;
import org.xiaoneng.organization.ReviewBodies;
import org.xiaoneng.organization.ScheduledTransfer;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffOrder;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.StaffQuery;
import org.xiaoneng.organization.StaffStatus;
import org.xiaoneng.organization.Unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organisation for integrations: regions, units, departments, posts, staff and leadership. Every signed-in
 * caller reads the structure; staff lists and records are limited to the caller's data scope; only administrators
 * change anything.
 */
@RestController
@RequestMapping("/api/v1/org")
@Tag(name = "Organization", description = "Units 单位, departments 股室, posts 岗位, staff 人员 and leaders 领导")
@PreAuthorize("isAuthenticated()")
class OrganizationApiController {

	private static final String ADMIN = "hasRole('ADMIN')";

	private final Organization organization;

	private final Reorganization reorganization;

	OrganizationApiController(Organization organization, Reorganization reorganization) {
		this.organization = organization;
		this.reorganization = reorganization;
	}

	/** Where visitors find a department and its public phone; empty texts clear them. */
	record Contact(@Size(max = 100) String room, @Size(max = 30) String phone) {
	}

	/** The department a department moves under; {@code null} for the top of its unit. */
	record NewParent(Long parentId) {
	}

	/** The department a post moves to. */
	record NewDepartmentOfPost(long departmentId) {
	}

	/** A transfer effective on a later day. */
	record ScheduledMove(long departmentId, @NotNull LocalDate effectiveOn) {
	}

	/** A region's name. */
	record RegionName(@NotBlank @Size(max = 50) String name) {
	}

	/** A department's new name. */
	record DepartmentName(@NotBlank @Size(max = 100) String name) {
	}

	/** The staff member appointed. */
	record Appointment(long staffId) {
	}

	/** The departments a deputy leader oversees. */
	record Oversight(@NotNull List<Long> departmentIds) {
	}

	/** Where a staff member is transferred to. */
	record Transfer(long departmentId) {
	}

	/** How a staff member leaves. */
	record Departure(@NotNull StaffStatus status) {
	}

	// ---- regions and units ------------------------------------------------------------------------------------

	@GetMapping("/regions")
	@Operation(summary = "The regions")
	List<Region> regions() {
		return organization.regions();
	}

	@PutMapping("/regions/{code}")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Records or renames a region (six-digit administrative division code)")
	@ApiResponse(responseCode = "200", description = "The region")
	@ApiResponse(responseCode = "400", description = "Not a six-digit code, or no name")
	Region defineRegion(@PathVariable String code, @Valid @RequestBody RegionName region) {
		return organization.defineRegion(code, region.name());
	}

	@GetMapping("/units")
	@Operation(summary = "Every unit of the region")
	List<Unit> units() {
		return organization.units();
	}

	@GetMapping("/units/{id}")
	@Operation(summary = "One unit")
	@ApiResponse(responseCode = "404", description = "No such unit")
	Unit unit(@PathVariable long id) {
		return organization.unit(new UnitId(id));
	}

	@PostMapping("/units")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Creates a unit")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Invalid fields, or a credit code whose check character is wrong")
	@ApiResponse(responseCode = "404", description = "No such region")
	@ApiResponse(responseCode = "409", description = "Another unit has the credit code")
	ResponseEntity<Unit> createUnit(@Valid @RequestBody NewUnit unit) {
		Unit created = organization.createUnit(unit);
		return ResponseEntity.created(URI.create("/api/v1/org/units/" + created.id())).body(created);
	}

	@PutMapping("/units/{id}")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Changes a unit's region, names or credit code")
	Unit changeUnit(@PathVariable long id, @Valid @RequestBody NewUnit unit) {
		return organization.changeUnit(new UnitId(id), unit);
	}

	@PutMapping("/units/{id}/review-bodies")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Records the unit's reconsideration body and litigation court, named in its refusal notices")
	@ApiResponse(responseCode = "400", description = "One of the two is missing")
	Unit recordReviewBodies(@PathVariable long id, @Valid @RequestBody ReviewBodies bodies) {
		return organization.recordReviewBodies(new UnitId(id), bodies);
	}

	@GetMapping("/units/{id}/leadership")
	@Operation(summary = "The unit's principal leader and deputy leaders with the departments they oversee")
	Leadership leadership(@PathVariable long id) {
		return organization.leadership(new UnitId(id));
	}

	@PutMapping("/units/{id}/principal-leader")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Appoints the unit's principal leader (主要领导), one of its staff at work")
	@ApiResponse(responseCode = "422", description = "The staff member belongs to another unit")
	Leadership appointPrincipalLeader(@PathVariable long id, @RequestBody Appointment appointment) {
		organization.appointPrincipalLeader(new UnitId(id), new StaffId(appointment.staffId()));
		return organization.leadership(new UnitId(id));
	}

	@PutMapping("/units/{id}/deputy-leaders/{staffId}")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Appoints a deputy leader (分管领导) overseeing exactly the given departments of the unit")
	@ApiResponse(responseCode = "422", description = "The staff member or a department belongs to another unit")
	Leadership appointDeputyLeader(@PathVariable long id, @PathVariable long staffId,
			@Valid @RequestBody Oversight oversight) {
		organization.appointDeputyLeader(new UnitId(id), new StaffId(staffId),
				oversight.departmentIds().stream().map(DepartmentId::new).toList());
		return organization.leadership(new UnitId(id));
	}

	@GetMapping("/units/{id}/departments")
	@Operation(summary = "The unit's departments in tree order, each with its depth")
	List<Department> departments(@PathVariable long id) {
		return organization.departmentsOf(new UnitId(id));
	}

	@GetMapping("/units/{id}/posts")
	@Operation(summary = "Every post of the unit, by department")
	List<Post> postsOfUnit(@PathVariable long id) {
		return organization.postsOfUnit(new UnitId(id));
	}

	// ---- departments and posts --------------------------------------------------------------------------------

	@PostMapping("/departments")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Creates a department at the top of its unit or under another department of the same unit")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422", description = "The parent department belongs to another unit")
	ResponseEntity<Department> createDepartment(@Valid @RequestBody NewDepartment department) {
		Department created = organization.createDepartment(department);
		return ResponseEntity.created(URI.create("/api/v1/org/departments/" + created.id())).body(created);
	}

	@GetMapping("/departments/{id}")
	@Operation(summary = "One department")
	@ApiResponse(responseCode = "404", description = "No such department")
	Department department(@PathVariable long id) {
		return organization.department(new DepartmentId(id));
	}

	@PutMapping("/departments/{id}/name")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Renames a department")
	Department renameDepartment(@PathVariable long id, @Valid @RequestBody DepartmentName name) {
		return organization.renameDepartment(new DepartmentId(id), name.name());
	}

	@PutMapping("/departments/{id}/head")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Appoints the department's head (股室负责人), one of the unit's staff at work")
	Department appointHead(@PathVariable long id, @RequestBody Appointment appointment) {
		organization.appointDepartmentHead(new DepartmentId(id), new StaffId(appointment.staffId()));
		return organization.department(new DepartmentId(id));
	}

	@PutMapping("/departments/{id}/contact")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Records where visitors find the department (room) and its public phone",
			description = "A visitor handed on to the department is told them, on the hand-over and on the slip.")
	@ApiResponse(responseCode = "400", description = "Room longer than 100 characters, or not a phone number")
	Department changeContact(@PathVariable long id, @Valid @RequestBody Contact contact) {
		return reorganization.changeContact(new DepartmentId(id), contact.room(), contact.phone());
	}

	@PutMapping("/departments/{id}/parent")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Moves a department under another department of its unit (parentId null: to the top)")
	@ApiResponse(responseCode = "409", description = "The department or the new parent is retired")
	@ApiResponse(responseCode = "422", description = "The new parent is the department itself, lies below it, or "
			+ "belongs to another unit")
	Department moveDepartment(@PathVariable long id, @RequestBody NewParent parent) {
		return reorganization.moveDepartment(new DepartmentId(id),
				Optional.ofNullable(parent.parentId()).map(DepartmentId::new));
	}

	@PostMapping("/departments/{id}/retirement")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Retires a department: past work keeps its name; it is offered for no new work")
	@ApiResponse(responseCode = "409", description = "Already retired, or staff, posts or departments are still in it")
	Department retireDepartment(@PathVariable long id) {
		return reorganization.retireDepartment(new DepartmentId(id));
	}

	@GetMapping("/departments/{id}/authority")
	@Operation(summary = "Who holds the authority of a decision level over the department",
			description = "Authority not assigned at a level passes up: department head, then deputy leader, then "
					+ "principal leader. 404 when nobody in that chain is appointed.")
	@ApiResponse(responseCode = "404",
			description = "No such department, outside the caller's data scope, or nobody holds the authority")
	ResponseEntity<StaffMember> authority(@PathVariable long id, @RequestParam DecisionLevel level) {
		return ResponseEntity.of(organization.visibleAuthorityOver(new DepartmentId(id), level));
	}

	@GetMapping("/departments/{id}/posts")
	@Operation(summary = "The department's posts")
	List<Post> posts(@PathVariable long id) {
		return organization.postsOf(new DepartmentId(id));
	}

	@PostMapping("/posts")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Creates a post in a department")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "404", description = "No such department")
	ResponseEntity<Post> createPost(@Valid @RequestBody NewPost post) {
		Post created = organization.createPost(post);
		return ResponseEntity.created(URI.create("/api/v1/org/posts/" + created.id())).body(created);
	}

	@GetMapping("/posts/{id}")
	@Operation(summary = "One post")
	Post post(@PathVariable long id) {
		return organization.post(new PostId(id));
	}

	@PutMapping("/posts/{id}")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Changes a post's name, kind, duties and duty scope (it stays in its department)")
	Post changePost(@PathVariable long id, @Valid @RequestBody NewPost post) {
		return organization.changePost(new PostId(id), post);
	}

	@PutMapping("/posts/{id}/department")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Moves a post, with its holders, to another department of its unit")
	@ApiResponse(responseCode = "409", description = "The post or the department is retired")
	@ApiResponse(responseCode = "422", description = "The department belongs to another unit")
	Post movePost(@PathVariable long id, @RequestBody NewDepartmentOfPost move) {
		return reorganization.movePost(new PostId(id), new DepartmentId(move.departmentId()));
	}

	@PostMapping("/posts/{id}/retirement")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Retires a post: past work keeps its name; it is offered for no new work")
	@ApiResponse(responseCode = "409", description = "Already retired, or someone still holds it")
	Post retirePost(@PathVariable long id) {
		return reorganization.retirePost(new PostId(id));
	}

	@GetMapping("/posts/{id}/holders")
	@Operation(summary = "The staff who hold the post (phones masked), if within the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No such post, or outside the caller's data scope")
	List<StaffMember> holders(@PathVariable long id) {
		return organization.visibleHoldersOf(new PostId(id));
	}

	// ---- staff ------------------------------------------------------------------------------------------------

	@GetMapping("/staff")
	@Operation(summary = "One page of the staff within the caller's data scope that match the filters (phones masked)",
			description = "Paged by keyset: pass the page's next (or previous) as cursor for the page after (or "
					+ "before); total counts the page only (totalExact false when there is more).")
	@ApiResponse(responseCode = "400", description = "A size not between 1 and 1000, or a cursor not given out by this "
			+ "list in this sort")
	KeysetPage<StaffMember> staff(@Parameter(description = "Part of the name, staff number or position")
	@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) StaffStatus status,
			@RequestParam(required = false) PostKind postKind, @RequestParam(required = false) StaffOrder sort,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "500") int size) {
		return reorganization.staffPage(new StaffQuery(q, unitId, departmentId, status, postKind), sort, cursor, size);
	}

	@GetMapping("/staff/{id}")
	@Operation(summary = "One staff member, if within the caller's data scope (phone masked)")
	@ApiResponse(responseCode = "404", description = "No such staff member, or outside the caller's data scope")
	StaffMember staffMember(@PathVariable long id) {
		return organization.visibleStaffMember(new StaffId(id));
	}

	@PostMapping("/staff")
	@PreAuthorize(ADMIN)
	@Operation(summary = "A staff member joins a department (publishes StaffJoined)")
	@ApiResponse(responseCode = "201", description = "Joined")
	@ApiResponse(responseCode = "400", description = "Invalid fields, phone number or secondment period")
	@ApiResponse(responseCode = "409", description = "The staff number or the account is taken")
	ResponseEntity<StaffMember> join(@Valid @RequestBody NewStaff staff) {
		StaffMember joined = organization.join(staff);
		return ResponseEntity.created(URI.create("/api/v1/org/staff/" + joined.id())).body(joined);
	}

	@PutMapping("/staff/{id}")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Changes what is recorded about a staff member at work")
	@ApiResponse(responseCode = "409", description = "The staff member has left, or the account is linked to another")
	StaffMember changeParticulars(@PathVariable long id, @Valid @RequestBody StaffParticulars particulars) {
		return organization.changeParticulars(new StaffId(id), particulars);
	}

	@PostMapping("/staff/{id}/transfer")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Moves a staff member to another department, releasing their posts (publishes StaffTransferred)")
	@ApiResponse(responseCode = "409", description = "Already in that department, or has left")
	StaffMember transfer(@PathVariable long id, @RequestBody Transfer transfer) {
		return organization.transfer(new StaffId(id), new DepartmentId(transfer.departmentId()));
	}

	@GetMapping("/staff/{id}/scheduled-transfer")
	@Operation(summary = "The transfer waiting for its day, if within the caller's data scope")
	@ApiResponse(responseCode = "204", description = "No transfer is waiting")
	@ApiResponse(responseCode = "404", description = "No such staff member, or outside the caller's data scope")
	ResponseEntity<ScheduledTransfer> scheduledTransfer(@PathVariable long id) {
		return reorganization.scheduledTransferOf(new StaffId(id))
			.map(ResponseEntity::ok)
			.orElse(ResponseEntity.noContent().build());
	}

	@PutMapping("/staff/{id}/scheduled-transfer")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Schedules a transfer effective on a later day; it is made on that day as an immediate one")
	@ApiResponse(responseCode = "400", description = "The day is not after today")
	@ApiResponse(responseCode = "409", description = "A transfer is already waiting, the department is retired or the "
			+ "staff member's own, or they have left")
	ScheduledTransfer scheduleTransfer(@PathVariable long id, @Valid @RequestBody ScheduledMove move) {
		return reorganization.scheduleTransfer(new StaffId(id), new DepartmentId(move.departmentId()),
				move.effectiveOn());
	}

	@DeleteMapping("/staff/{id}/scheduled-transfer")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Cancels the transfer waiting for its day")
	@ApiResponse(responseCode = "409", description = "No transfer is waiting")
	ResponseEntity<Void> cancelScheduledTransfer(@PathVariable long id) {
		reorganization.cancelScheduledTransfer(new StaffId(id));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/staff/{id}/leave")
	@PreAuthorize(ADMIN)
	@Operation(summary = "A staff member leaves: 调离, 离职 or 退休 (publishes StaffLeft)")
	@ApiResponse(responseCode = "400", description = "No way of leaving given")
	@ApiResponse(responseCode = "409", description = "The staff member has already left")
	StaffMember leave(@PathVariable long id, @Valid @RequestBody Departure departure) {
		return organization.leave(new StaffId(id), departure.status());
	}

	@PutMapping(path = "/staff/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ADMIN)
	@Operation(summary = "Replaces a staff member's photo: a JPEG or PNG image of at most 1 MB")
	@ApiResponse(responseCode = "400", description = "Not a JPEG or PNG image, or larger than 1 MB")
	StaffMember changePhoto(@PathVariable long id, @RequestParam("photo") MultipartFile photo) throws IOException {
		organization.changePhoto(new StaffId(id), photo.getBytes());
		return organization.staffMember(new StaffId(id));
	}

	@GetMapping("/staff/{id}/photo")
	@Operation(summary = "A staff member's photo, if within the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No photo, no such staff member, or outside the caller's data scope")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		organization.visibleStaffMember(new StaffId(id));
		return organization.photoOf(new StaffId(id))
			.map(photo -> ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes()))
			.orElse(ResponseEntity.notFound().build());
	}

	@PutMapping("/staff/{id}/posts/{postId}")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Gives a staff member a post of their unit")
	@ApiResponse(responseCode = "422", description = "The post belongs to another unit")
	StaffMember assignPost(@PathVariable long id, @PathVariable long postId) {
		organization.assignPost(new StaffId(id), new PostId(postId));
		return organization.staffMember(new StaffId(id));
	}

	@DeleteMapping("/staff/{id}/posts/{postId}")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Releases a staff member from a post")
	StaffMember releasePost(@PathVariable long id, @PathVariable long postId) {
		organization.releasePost(new StaffId(id), new PostId(postId));
		return organization.staffMember(new StaffId(id));
	}
}
