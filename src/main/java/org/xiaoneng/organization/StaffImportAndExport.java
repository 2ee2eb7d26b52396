package org.xiaoneng.organization;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Administrators take on many staff at once from a filled-in Excel template, and anyone exports the staff they may
 * see as an Excel register with phones masked.
 */
@Component
class StaffImportAndExport {

	private final StaffWorkbook workbook;

	private final UnitsAndDepartments places;

	private final Departments departments;

	private final StaffMembers staff;

	private final Staffing staffing;

	private final StaffRoster roster;

	private final Callers callers;

	private final AuditLog auditLog;

	StaffImportAndExport(StaffWorkbook workbook, UnitsAndDepartments places, Departments departments,
			StaffMembers staff, Staffing staffing, StaffRoster roster, Callers callers, AuditLog auditLog) {
		this.workbook = workbook;
		this.places = places;
		this.departments = departments;
		this.staff = staff;
		this.staffing = staffing;
		this.roster = roster;
		this.callers = callers;
		this.auditLog = auditLog;
	}

	byte[] staffImportTemplate(Locale locale) {
		return workbook.template(locale);
	}

	byte[] exportStaff(StaffQuery query, Locale locale) {
		return exportStaff(query, callers.current().scope(), locale);
	}

	byte[] exportStaff(StaffQuery query, DataScope scope, Locale locale) {
		List<Unit> allUnits = places.units();
		List<Department> allDepartments = allUnits.stream().flatMap(unit -> departments.ofUnit(unit.id()).stream()).toList();
		return workbook.export(roster.allStaff(query, scope), allUnits, allDepartments, locale);
	}

	/** Every row joins, or, if any row has a problem, none does and the report lists every problem by row and column. */
	StaffImportReport importStaff(InputStream xlsx) {
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
		List<Unit> allUnits = places.units();
		for (StaffWorkbook.ImportRow row : rows) {
			new ImportedRow(row, problems, allUnits, numbers, usernames).toNewStaff().ifPresent(joining::add);
		}
		if (!problems.isEmpty()) {
			return new StaffImportReport(0, problems);
		}
		joining.forEach(staffing::join);
		auditLog.record(new AuditEntry(Organization.MODULE, "staff.imported", null, null, joining.size() + " staff"));
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
				staffing.validate(particulars, null);
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
}
