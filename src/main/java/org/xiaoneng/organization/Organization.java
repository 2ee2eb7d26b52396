package org.xiaoneng.organization;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.PersonalDataMasks;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.UnifiedSocialCreditCode;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The organisation of the region: units, their department trees and posts, the staff who hold the posts, who leads
 * what, and whose work each caller may see (data scope). Administrators change it; every change is audited in its
 * transaction and a refused change changes nothing. Phone numbers are encrypted at rest (GB/T 39786) and only ever
 * leave this facade masked, except through {@link #phoneOf(long)} for an administrator editing them.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

	static final String MODULE = "organization";

	/** Mainland mobile numbers, or landlines with their area code (e.g. 0851-12345678). */
	private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");

	private static final Pattern REGION_CODE = Pattern.compile("[0-9]{6}");

	private static final int STAFF_LIST_LIMIT = 500;

	private static final int MAX_PHOTO_BYTES = 1024 * 1024;

	private final Units units;

	private final Departments departments;

	private final Posts posts;

	private final StaffMembers staff;

	private final Cryptography cryptography;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final StaffWorkbook workbook;

	/** The caller is resolved through the organisation itself, hence provided lazily. */
	private final ObjectProvider<Callers> callers;

	Organization(Units units, Departments departments, Posts posts, StaffMembers staff, Cryptography cryptography,
			AuditLog auditLog, ApplicationEventPublisher events, Clock clock, StaffWorkbook workbook,
			ObjectProvider<Callers> callers) {
		this.workbook = workbook;
		this.callers = callers;
		this.units = units;
		this.departments = departments;
		this.posts = posts;
		this.staff = staff;
		this.cryptography = cryptography;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	// ---- regions and units ------------------------------------------------------------------------------------

	/** Records a region (or renames it). */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Region defineRegion(String code, String name) {
		if (code == null || !REGION_CODE.matcher(code).matches()) {
			throw new RegionCodeInvalidException(code);
		}
		Region region = new Region(code, name.strip());
		Optional<Region> before = units.region(code);
		units.saveRegion(region);
		auditLog.record(new AuditEntry(MODULE, "region.defined", code, before.map(Region::name).orElse(null),
				region.name()));
		return region;
	}

	public List<Region> regions() {
		return units.regions();
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
		requireRegion(unit.regionCode());
		String creditCode = validCreditCode(unit.creditCode());
		if (units.findByCreditCode(creditCode).isPresent()) {
			throw new CreditCodeTakenException(creditCode);
		}
		long id = units.insert(unit, creditCode);
		auditLog.record(new AuditEntry(MODULE, "unit.created", String.valueOf(id), null, describe(unit, creditCode)));
		return unit(id);
	}

	/** Changes a unit's region, names or credit code. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Unit changeUnit(long id, NewUnit changed) {
		Unit before = unit(id);
		requireRegion(changed.regionCode());
		String creditCode = validCreditCode(changed.creditCode());
		if (units.findByCreditCode(creditCode).filter(other -> other.id() != id).isPresent()) {
			throw new CreditCodeTakenException(creditCode);
		}
		units.update(id, changed, creditCode);
		auditLog.record(new AuditEntry(MODULE, "unit.changed", String.valueOf(id),
				describe(new NewUnit(before.regionCode(), before.name(), before.shortName(), before.creditCode()),
						before.creditCode()),
				describe(changed, creditCode)));
		return unit(id);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such unit */
	public Unit unit(long id) {
		return units.find(id).orElseThrow(() -> new OrganizationRecordNotFoundException("unit", id));
	}

	public List<Unit> units() {
		return units.all();
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
		unit(department.unitId());
		if (department.parentId() != null && department(department.parentId()).unitId() != department.unitId()) {
			throw new UnitBoundaryCrossedException("organization.department.parentInOtherUnit");
		}
		long id = departments.insert(department);
		auditLog.record(new AuditEntry(MODULE, "department.created", String.valueOf(id), null,
				"unit=" + department.unitId() + ", parent=" + department.parentId() + ", name=" + department.name()));
		return department(id);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Department renameDepartment(long id, String name) {
		Department before = department(id);
		departments.rename(id, name);
		auditLog.record(new AuditEntry(MODULE, "department.renamed", String.valueOf(id), before.name(), name.strip()));
		return department(id);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such department */
	public Department department(long id) {
		return departments.find(id).orElseThrow(() -> new OrganizationRecordNotFoundException("department", id));
	}

	/** The unit's departments in tree order: each followed by the departments under it. */
	public List<Department> departmentsOf(long unitId) {
		unit(unitId);
		return departments.ofUnit(unitId);
	}

	/**
	 * Creates a post in a department.
	 *
	 * @throws OrganizationRecordNotFoundException when the department does not exist
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Post createPost(NewPost post) {
		department(post.departmentId());
		long id = posts.insert(post);
		auditLog.record(new AuditEntry(MODULE, "post.created", String.valueOf(id), null, describe(post)));
		return post(id);
	}

	/** Changes a post's name, kind, duties and duty scope; it stays in its department. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Post changePost(long id, NewPost changed) {
		Post before = post(id);
		NewPost kept = new NewPost(before.departmentId(), changed.name(), changed.kind(), changed.duties(),
				changed.dutyCategories());
		posts.update(id, kept);
		auditLog.record(new AuditEntry(MODULE, "post.changed", String.valueOf(id), describe(new NewPost(
				before.departmentId(), before.name(), before.kind(), before.duties(), before.dutyCategories())),
				describe(kept)));
		return post(id);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such post */
	public Post post(long id) {
		return posts.find(id).orElseThrow(() -> new OrganizationRecordNotFoundException("post", id));
	}

	public List<Post> postsOf(long departmentId) {
		department(departmentId);
		return posts.ofDepartment(departmentId);
	}

	/** Every post of a unit, by department. */
	public List<Post> postsOfUnit(long unitId) {
		unit(unitId);
		return posts.ofUnit(unitId);
	}

	/** The staff who hold the post, for the rules of other modules (who acts for a post). */
	public List<StaffMember> holdersOf(long postId) {
		post(postId);
		return staff.byIds(posts.holders(postId)).stream().map(this::member).toList();
	}

	/**
	 * The staff who hold the post, for a caller whose data scope covers its department or who holds it.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such post or it lies outside the caller's scope
	 */
	public List<StaffMember> visibleHoldersOf(long postId) {
		Post post = post(postId);
		Caller caller = callers.getObject().current();
		boolean holds = caller.staff().filter(me -> me.postIds().contains(postId)).isPresent();
		if (!holds && !caller.sees(department(post.departmentId()).unitId(), post.departmentId())) {
			throw new OrganizationRecordNotFoundException("post", postId);
		}
		return holdersOf(postId);
	}

	/**
	 * Gives a staff member at work a post of their own unit.
	 *
	 * @throws UnitBoundaryCrossedException when the post belongs to another unit
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void assignPost(long staffId, long postId) {
		StaffRecord member = onDuty(staffId);
		Post post = post(postId);
		if (department(post.departmentId()).unitId() != member.unitId()) {
			throw new UnitBoundaryCrossedException("organization.post.outsideUnit", member.staffNumber());
		}
		posts.assign(postId, staffId);
		auditLog.record(new AuditEntry(MODULE, "post.assigned", String.valueOf(postId), null,
				"staff=" + member.staffNumber()));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void releasePost(long staffId, long postId) {
		StaffRecord member = existing(staffId);
		post(postId);
		if (posts.release(postId, staffId)) {
			auditLog.record(new AuditEntry(MODULE, "post.released", String.valueOf(postId),
					"staff=" + member.staffNumber(), null));
		}
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
		Department department = department(joining.departmentId());
		StaffParticulars particulars = joining.particulars();
		validate(particulars, null);
		if (staff.findByNumber(joining.staffNumber()).isPresent()) {
			throw new StaffNumberTakenException(joining.staffNumber());
		}
		long id;
		try {
			id = staff.insert(joining, department.unitId(), encryptedPhone(particulars.phone()));
		}
		catch (DuplicateKeyException concurrent) {
			throw new StaffNumberTakenException(joining.staffNumber());
		}
		auditLog.record(new AuditEntry(MODULE, "staff.joined", String.valueOf(id), null,
				"number=" + joining.staffNumber() + ", department=" + department.id() + ", " + describe(particulars)));
		events.publishEvent(new StaffJoined(id, joining.staffNumber(), department.unitId(), department.id(),
				particulars.employment(), particulars.secondedFrom(), particulars.secondedUntil(), joining.joinedOn()));
		return staffMember(id);
	}

	/** Changes what is recorded about a staff member at work (not their department: that is a transfer). */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffMember changeParticulars(long staffId, StaffParticulars changed) {
		StaffRecord before = onDuty(staffId);
		validate(changed, staffId);
		staff.update(staffId, changed, encryptedPhone(changed.phone()));
		auditLog.record(new AuditEntry(MODULE, "staff.changed", String.valueOf(staffId), describe(before),
				describe(changed)));
		return staffMember(staffId);
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
		StaffRecord member = onDuty(staffId);
		String contentType = imageType(photo).orElseThrow(PhotoRefusedException::new);
		staff.changePhoto(staffId, photo, contentType);
		auditLog.record(new AuditEntry(MODULE, "staff.photo-changed", String.valueOf(staffId),
				member.hasPhoto() ? "photo" : null, contentType + ", " + photo.length + " bytes"));
	}

	private static Optional<String> imageType(byte[] photo) {
		if (photo == null || photo.length < 8 || photo.length > MAX_PHOTO_BYTES) {
			return Optional.empty();
		}
		if ((photo[0] & 0xFF) == 0xFF && (photo[1] & 0xFF) == 0xD8 && (photo[2] & 0xFF) == 0xFF) {
			return Optional.of("image/jpeg");
		}
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		return Arrays.equals(Arrays.copyOf(photo, png.length), png) ? Optional.of("image/png") : Optional.empty();
	}

	/** The photo's bytes and media type, if one is on record. */
	public Optional<StaffPhoto> photoOf(long staffId) {
		existing(staffId);
		return staff.photo(staffId).map(photo -> new StaffPhoto(photo.bytes(), photo.contentType()));
	}

	/**
	 * Moves a staff member at work to another department (of any unit). The posts and leading roles tied to the old
	 * place are released; publishes {@link StaffTransferred}.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffMember transfer(long staffId, long toDepartmentId) {
		StaffRecord member = onDuty(staffId);
		Department to = department(toDepartmentId);
		if (member.departmentId() == toDepartmentId) {
			throw new AlreadyInDepartmentException(member.staffNumber());
		}
		posts.releaseAll(staffId);
		departments.releaseLeadership(staffId);
		if (to.unitId() != member.unitId()) {
			units.releaseLeadership(staffId);
		}
		staff.moveTo(staffId, to.unitId(), to.id());
		LocalDate today = LocalDate.now(clock);
		auditLog.record(new AuditEntry(MODULE, "staff.transferred", String.valueOf(staffId),
				"unit=" + member.unitId() + ", department=" + member.departmentId(),
				"unit=" + to.unitId() + ", department=" + to.id()));
		events.publishEvent(new StaffTransferred(staffId, member.staffNumber(), member.unitId(), member.departmentId(),
				to.unitId(), to.id(), today));
		return staffMember(staffId);
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
		if (how == null || !how.hasLeft()) {
			throw new DepartureStatusRequiredException();
		}
		StaffRecord member = onDuty(staffId);
		LocalDate today = LocalDate.now(clock);
		posts.releaseAll(staffId);
		departments.releaseLeadership(staffId);
		units.releaseLeadership(staffId);
		staff.markLeft(staffId, how, today);
		auditLog.record(new AuditEntry(MODULE, "staff.left", String.valueOf(staffId), StaffStatus.ON_DUTY.name(),
				how.name() + " on " + today));
		events.publishEvent(new StaffLeft(staffId, member.staffNumber(), member.unitId(), member.departmentId(), how,
				today));
		return staffMember(staffId);
	}

	/** @throws OrganizationRecordNotFoundException when there is no such staff member */
	public StaffMember staffMember(long id) {
		return member(existing(id));
	}

	/**
	 * A staff member, if the caller's data scope lets them see them.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such staff member or they are outside the scope
	 */
	public StaffMember visibleStaffMember(long id) {
		return staffMember(id, callers.getObject().current().scope());
	}

	StaffMember staffMember(long id, DataScope scope) {
		StaffRecord record = existing(id);
		if (!scope.includes(record.staffNumber(), record.unitId(), record.departmentId())) {
			throw new OrganizationRecordNotFoundException("staff", id);
		}
		return member(record);
	}

	public Optional<StaffMember> staffByNumber(String staffNumber) {
		return staff.findByNumber(staffNumber).map(this::member);
	}

	/** The staff member whose account has this sign-in name. */
	public Optional<StaffMember> staffByUsername(String username) {
		return staff.findByUsername(username).map(this::member);
	}

	/**
	 * The staff member's mobile number in clear, only to text them about their own work (e.g. a supervision card sent
	 * through the notification outbox, which masks it in every log); never shown on a page.
	 */
	public Optional<String> phoneForTexts(long staffId) {
		return Optional.ofNullable(existing(staffId).encryptedPhone()).map(cryptography::decrypt);
	}

	/** The staff member's phone number in clear, for an administrator editing it. */
	@PreAuthorize("hasRole('ADMIN')")
	public Optional<String> phoneOf(long staffId) {
		return Optional.ofNullable(existing(staffId).encryptedPhone()).map(cryptography::decrypt);
	}

	/** The staff the caller may see (their data scope) that match the query; at most 500. */
	public List<StaffMember> searchStaff(StaffQuery query) {
		return searchStaff(query, callers.getObject().current().scope());
	}

	/**
	 * The staff at work in the caller's own department, whoever's work the caller may see: the colleagues one hands a
	 * matter to or records as present.
	 */
	public List<StaffMember> colleaguesOnDuty() {
		return callers.getObject()
			.current()
			.staff()
			.map(me -> searchStaff(new StaffQuery(null, me.unitId(), me.departmentId(), StaffStatus.ON_DUTY, null),
					DataScope.wholeRegionScope()))
			.orElse(List.of());
	}

	List<StaffMember> searchStaff(StaffQuery query, DataScope scope) {
		return staff.search(query, scope, STAFF_LIST_LIMIT).stream().map(this::member).toList();
	}

	// ---- import and export ------------------------------------------------------------------------------------

	/** The empty staff import template (.xlsx) with its headers in the given language. */
	public byte[] staffImportTemplate(Locale locale) {
		return workbook.template(locale);
	}

	/** The staff the caller may see that match the query, as an Excel register with phones masked. */
	public byte[] exportStaff(StaffQuery query, Locale locale) {
		return exportStaff(query, callers.getObject().current().scope(), locale);
	}

	byte[] exportStaff(StaffQuery query, DataScope scope, Locale locale) {
		List<Unit> allUnits = units.all();
		List<Department> allDepartments = allUnits.stream().flatMap(unit -> departments.ofUnit(unit.id()).stream()).toList();
		return workbook.export(searchStaff(query, scope), allUnits, allDepartments, locale);
	}

	/**
	 * Imports staff from a filled-in template: every row joins, or, if any row has a problem, none does and the report
	 * lists every problem by row and column.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffImportReport importStaff(InputStream xlsx) {
		List<StaffWorkbook.ImportRow> rows;
		try {
			rows = workbook.read(xlsx);
		}
		catch (StaffWorkbook.UnreadableWorkbookException unreadable) {
			return new StaffImportReport(0, List.of(new StaffImportProblem(0, null, "organization.import.unreadable",
					List.of())));
		}
		if (rows.isEmpty()) {
			return new StaffImportReport(0, List.of(new StaffImportProblem(0, null, "organization.import.empty",
					List.of())));
		}
		List<StaffImportProblem> problems = new ArrayList<>();
		List<NewStaff> joining = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		Set<String> usernames = new HashSet<>();
		List<Unit> allUnits = units.all();
		for (StaffWorkbook.ImportRow row : rows) {
			new ImportedRow(row, problems, allUnits, numbers, usernames).toNewStaff().ifPresent(joining::add);
		}
		if (!problems.isEmpty()) {
			return new StaffImportReport(0, problems);
		}
		joining.forEach(this::join);
		auditLog.record(new AuditEntry(MODULE, "staff.imported", null, null, joining.size() + " staff"));
		return new StaffImportReport(joining.size(), List.of());
	}

	/** Checks one row of an import, noting every problem, and gives the joining it describes if it has none. */
	private final class ImportedRow {

		private final StaffWorkbook.ImportRow row;

		private final List<StaffImportProblem> problems;

		private final List<Unit> allUnits;

		private final Set<String> numbers;

		private final Set<String> usernames;

		private boolean valid = true;

		ImportedRow(StaffWorkbook.ImportRow row, List<StaffImportProblem> problems, List<Unit> allUnits,
				Set<String> numbers, Set<String> usernames) {
			this.row = row;
			this.problems = problems;
			this.allUnits = allUnits;
			this.numbers = numbers;
			this.usernames = usernames;
		}

		Optional<NewStaff> toNewStaff() {
			String number = required("staffNumber");
			if (number != null && !number.matches("[A-Za-z0-9-]{1,20}")) {
				problem("staffNumber", "organization.import.invalid", number);
			}
			else if (number != null && !numbers.add(number)) {
				problem("staffNumber", "organization.import.duplicateInFile", number);
			}
			else if (number != null && staff.findByNumber(number).isPresent()) {
				problem("staffNumber", "organization.staff.numberTaken", number);
			}
			String name = required("name");
			if (name != null && name.length() > 50) {
				problem("name", "organization.import.invalid", name);
			}
			Gender gender = choice("gender", "gender", Gender.class);
			PoliticalStatus political = choice("politicalStatus", "political", PoliticalStatus.class);
			Employment employment = choice("employment", "employment", Employment.class);
			LocalDate from = date("secondedFrom", false);
			LocalDate until = date("secondedUntil", false);
			LocalDate joinedOn = date("joinedOn", true);
			Long departmentId = department();
			String username = row.cell("username");
			if (username != null && !username.matches("[a-z0-9][a-z0-9._-]{1,49}")) {
				problem("username", "organization.import.invalid", username);
			}
			else if (username != null && !usernames.add(username)) {
				problem("username", "organization.import.duplicateInFile", username);
			}
			if (!valid) {
				return Optional.empty();
			}
			String position = row.cell("position");
			StaffParticulars particulars = new StaffParticulars(name, gender, row.cell("phone"), position, political,
					employment, from, until, username);
			try {
				validate(particulars, null);
			}
			catch (RuleViolationException refused) {
				problems.add(new StaffImportProblem(row.number(), null, refused.messageKey(),
						Arrays.stream(refused.arguments()).map(String::valueOf).toList()));
				return Optional.empty();
			}
			return Optional.of(new NewStaff(number, departmentId, joinedOn, particulars));
		}

		private Long department() {
			String unitName = required("unit");
			String departmentName = required("department");
			if (unitName == null || departmentName == null) {
				return null;
			}
			Optional<Unit> unit = allUnits.stream()
				.filter(candidate -> candidate.shortName().equals(unitName) || candidate.name().equals(unitName))
				.findFirst();
			if (unit.isEmpty()) {
				problem("unit", "organization.import.unitUnknown", unitName);
				return null;
			}
			List<Department> matching = departments.ofUnit(unit.get().id())
				.stream()
				.filter(candidate -> candidate.name().equals(departmentName))
				.toList();
			if (matching.size() != 1) {
				problem("department", matching.isEmpty() ? "organization.import.departmentUnknown"
						: "organization.import.departmentAmbiguous", departmentName);
				return null;
			}
			return matching.get(0).id();
		}

		private String required(String column) {
			String value = row.cell(column);
			if (value == null) {
				problem(column, "organization.import.required");
			}
			return value;
		}

		private <E extends Enum<E>> E choice(String column, String prefix, Class<E> type) {
			String value = required(column);
			if (value == null) {
				return null;
			}
			Optional<E> choice = workbook.choice(prefix, type, value);
			if (choice.isEmpty()) {
				problem(column, "organization.import.choice", value);
			}
			return choice.orElse(null);
		}

		private LocalDate date(String column, boolean isRequired) {
			String value = isRequired ? required(column) : row.cell(column);
			if (value == null) {
				return null;
			}
			Optional<LocalDate> date = StaffWorkbook.date(value);
			if (date.isEmpty()) {
				problem(column, "organization.import.date", value);
			}
			return date.orElse(null);
		}

		private void problem(String column, String messageKey, String... arguments) {
			valid = false;
			problems.add(new StaffImportProblem(row.number(), StaffWorkbook.headerKey(column), messageKey,
					List.of(arguments)));
		}
	}

	// ---- leadership -------------------------------------------------------------------------------------------

	/** Makes a staff member of the unit its principal leader (主要领导), replacing the previous one. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void appointPrincipalLeader(long unitId, long staffId) {
		Unit unit = unit(unitId);
		StaffRecord leader = ownStaff(unitId, staffId);
		units.appointPrincipalLeader(unitId, staffId);
		auditLog.record(new AuditEntry(MODULE, "leader.principal-appointed", String.valueOf(unitId),
				String.valueOf(unit.principalLeaderId()), leader.staffNumber()));
	}

	/**
	 * Makes a staff member of the unit one of its deputy leaders (分管领导), overseeing exactly these departments of
	 * the unit (a department has one deputy: another deputy's oversight of them ends).
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void appointDeputyLeader(long unitId, long staffId, Collection<Long> departmentIds) {
		unit(unitId);
		StaffRecord deputy = ownStaff(unitId, staffId);
		Set<Long> overseen = new LinkedHashSet<>(departmentIds);
		for (long departmentId : overseen) {
			if (department(departmentId).unitId() != unitId) {
				throw new UnitBoundaryCrossedException("organization.leader.departmentOutsideUnit");
			}
		}
		List<Long> before = departments.overseenBy(staffId);
		units.addDeputy(unitId, staffId);
		departments.assignOversight(unitId, staffId, overseen);
		auditLog.record(new AuditEntry(MODULE, "leader.deputy-appointed", String.valueOf(unitId),
				deputy.staffNumber() + " oversees " + before, deputy.staffNumber() + " oversees " + overseen));
	}

	/** Makes a staff member of the unit the head (股室负责人) of one of its departments. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void appointDepartmentHead(long departmentId, long staffId) {
		Department department = department(departmentId);
		StaffRecord head = ownStaff(department.unitId(), staffId);
		departments.appointHead(departmentId, staffId);
		auditLog.record(new AuditEntry(MODULE, "leader.head-appointed", String.valueOf(departmentId),
				String.valueOf(department.headId()), head.staffNumber()));
	}

	/** The unit's principal and deputy leaders, each deputy with the departments they oversee. */
	public Leadership leadership(long unitId) {
		Unit unit = unit(unitId);
		return new Leadership(unitId, unit.principalLeaderId(), units.deputies(unitId));
	}

	/**
	 * Who holds the authority of this level over the department: its head (or the nearest head above it), the deputy
	 * leader who oversees it (or the department above it), or the unit's principal leader. Authority not assigned at a
	 * level passes up to the next level, so that every decision has someone who must take it.
	 *
	 * @return the staff member, empty only when nobody in the chain up to the principal leader is appointed
	 */
	public Optional<StaffMember> authorityOver(long departmentId, DecisionLevel level) {
		Department department = department(departmentId);
		if (level == DecisionLevel.DEPARTMENT_HEAD) {
			Optional<Long> head = upwards(department, Department::headId);
			if (head.isPresent()) {
				return head.map(this::staffMember);
			}
		}
		if (level != DecisionLevel.PRINCIPAL_LEADER) {
			Optional<Long> deputy = upwards(department, Department::deputyId);
			if (deputy.isPresent()) {
				return deputy.map(this::staffMember);
			}
		}
		return Optional.ofNullable(unit(department.unitId()).principalLeaderId()).map(this::staffMember);
	}

	/**
	 * {@link #authorityOver(long, DecisionLevel)} for a caller whose data scope covers the department.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such department or it lies outside the scope
	 */
	public Optional<StaffMember> visibleAuthorityOver(long departmentId, DecisionLevel level) {
		visibleDepartment(departmentId);
		return authorityOver(departmentId, level);
	}

	/**
	 * The department, for a caller whose data scope covers it: its page names its posts and their people (issue 13,
	 * finding 7).
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such department or it lies outside the scope
	 */
	public Department visibleDepartment(long departmentId) {
		Department department = department(departmentId);
		callers.getObject()
			.current()
			.requireScopeOver(department.unitId(), departmentId,
					() -> new OrganizationRecordNotFoundException("department", departmentId));
		return department;
	}

	// ---- data scope -------------------------------------------------------------------------------------------

	/** The data scope of a signed-in caller: their user name and roles. */
	public DataScope scopeOf(Authentication caller) {
		Set<String> roles = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.collect(Collectors.toSet());
		return scopeOf(caller.getName(), roles);
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
		if (roles.contains("ADMIN") || roles.contains("SUPERVISOR")) {
			return DataScope.wholeRegionScope();
		}
		Optional<StaffRecord> caller = staff.findByUsername(username).filter(member -> !member.status().hasLeft());
		if (caller.isEmpty()) {
			return new DataScope(false, Set.of(), Set.of(), null);
		}
		StaffRecord member = caller.get();
		Set<Long> unitIds = new HashSet<>();
		Set<Long> departmentIds = new HashSet<>();
		if (roles.contains("LEADER")) {
			unitIds.addAll(units.ledBy(member.id()));
			departmentIds.addAll(departments.overseenBy(member.id()));
		}
		if (roles.contains("DEPT_HEAD")) {
			departmentIds.addAll(departments.headedBy(member.id()));
			departmentIds.add(member.departmentId());
		}
		if (roles.contains("HANDLER")) {
			departmentIds.add(member.departmentId());
		}
		return new DataScope(false, unitIds, departments.withDescendants(departmentIds), member.staffNumber());
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	private Optional<Long> upwards(Department department, Function<Department, Long> role) {
		Department current = department;
		while (true) {
			Long holder = role.apply(current);
			if (holder != null) {
				return Optional.of(holder);
			}
			if (current.parentId() == null) {
				return Optional.empty();
			}
			current = department(current.parentId());
		}
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

	private void validate(StaffParticulars particulars, Long staffId) {
		if (particulars.phone() != null && !PHONE.matcher(particulars.phone()).matches()) {
			throw new PhoneNumberInvalidException();
		}
		boolean seconded = particulars.employment() == Employment.SECONDED;
		boolean datesGiven = particulars.secondedFrom() != null || particulars.secondedUntil() != null;
		if (seconded && (particulars.secondedFrom() == null || particulars.secondedUntil() == null)) {
			throw new SecondmentPeriodInvalidException("organization.staff.secondmentDatesRequired");
		}
		if (!seconded && datesGiven) {
			throw new SecondmentPeriodInvalidException("organization.staff.secondmentDatesOnlyForSecondees");
		}
		if (seconded && particulars.secondedUntil().isBefore(particulars.secondedFrom())) {
			throw new SecondmentPeriodInvalidException("organization.staff.secondmentEndsBeforeStart");
		}
		if (particulars.username() != null) {
			staff.findByUsername(particulars.username())
				.filter(owner -> staffId == null || owner.id() != staffId)
				.ifPresent(owner -> {
					throw new AccountAlreadyLinkedException(particulars.username());
				});
		}
	}

	private String encryptedPhone(String phone) {
		return phone == null ? null : cryptography.encrypt(phone);
	}

	private StaffRecord existing(long id) {
		return staff.find(id).orElseThrow(() -> new OrganizationRecordNotFoundException("staff", id));
	}

	private StaffRecord onDuty(long id) {
		StaffRecord member = existing(id);
		if (member.status().hasLeft()) {
			throw new StaffAlreadyLeftException(member.staffNumber());
		}
		return member;
	}

	/** A staff member at work in this unit, as leaders and heads must be. */
	private StaffRecord ownStaff(long unitId, long staffId) {
		StaffRecord member = onDuty(staffId);
		if (member.unitId() != unitId) {
			throw new UnitBoundaryCrossedException("organization.leader.outsideUnit", member.staffNumber());
		}
		return member;
	}

	private StaffMember member(StaffRecord record) {
		String phone = record.encryptedPhone() == null ? null : PersonalDataMasks.phone(cryptography.decrypt(record.encryptedPhone()));
		return new StaffMember(record.id(), record.staffNumber(), record.name(), record.gender(), phone,
				record.position(), record.politicalStatus(), record.employment(), record.secondedFrom(),
				record.secondedUntil(), record.status(), record.unitId(), record.departmentId(), record.username(),
				record.joinedOn(), record.leftOn(), record.postIds(), record.hasPhoto());
	}

	private static String describe(NewUnit unit, String creditCode) {
		return "region=" + unit.regionCode() + ", name=" + unit.name() + ", shortName=" + unit.shortName()
				+ ", creditCode=" + creditCode;
	}

	private static String describe(NewPost post) {
		return "department=" + post.departmentId() + ", name=" + post.name() + ", kind=" + post.kind()
				+ ", categories=" + post.dutyCategories();
	}

	/** The audit summary of a staff member's particulars: the phone masked, never in clear. */
	private static String describe(StaffParticulars p) {
		return "name=" + p.name() + ", gender=" + p.gender() + ", phone=" + PersonalDataMasks.phone(p.phone()) + ", position="
				+ p.position() + ", political=" + p.politicalStatus() + ", employment=" + p.employment()
				+ (p.employment() == Employment.SECONDED ? " " + p.secondedFrom() + ".." + p.secondedUntil() : "")
				+ ", account=" + p.username();
	}

	private String describe(StaffRecord r) {
		String phone = r.encryptedPhone() == null ? null : cryptography.decrypt(r.encryptedPhone());
		return describe(new StaffParticulars(r.name(), r.gender(), phone, r.position(), r.politicalStatus(),
				r.employment(), r.secondedFrom(), r.secondedUntil(), r.username()));
	}
}
