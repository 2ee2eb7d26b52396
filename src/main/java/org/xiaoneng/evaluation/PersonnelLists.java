package org.xiaoneng.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.documents.Documents;

/**
 * The personnel office's lists of a year (see {@link PersonnelList}), drawn from the final results of the staff the
 * caller may read (leaders of their unit, the evaluation team), and each as an Excel workbook. Only final results count: a published one may still change on an
 * objection.
 */
@Component
class PersonnelLists {

	private final ResultReadings readings;

	private final Organization organization;

	private final Documents documents;

	private final MessageSource messages;

	PersonnelLists(ResultReadings readings, Organization organization, Documents documents, MessageSource messages) {
		this.readings = readings;
		this.organization = organization;
		this.documents = documents;
		this.messages = messages;
	}

	List<PersonnelEntry> list(Caller caller, int year, PersonnelList kind) {
		if (!caller.hasRole("LEADER") && !EvaluationAccess.onTeam(caller)) {
			throw new AccessDeniedException("LEADER");
		}
		return select(kind, finalOf(caller, year), grades(caller, year - 1), grades(caller, year - 2));
	}

	/**
	 * Who of the year's final results is on the list, given the grades of the two years before (staff id → grade).
	 */
	static List<PersonnelEntry> select(PersonnelList kind, List<ResultView> thisYear, Map<Long, Grade> lastYear,
			Map<Long, Grade> yearBefore) {
		List<PersonnelEntry> entries = new ArrayList<>();
		for (ResultView result : thisYear) {
			Grade grade = result.grade();
			boolean excellent = grade == Grade.EXCELLENT;
			switch (kind) {
				case HONOURS -> {
					if (excellent) {
						entries.add(new PersonnelEntry(result, "EXCELLENT"));
					}
				}
				case PROMOTION -> {
					if (atLeastCompetent(grade) && atLeastCompetent(lastYear.get(result.objectId()))
							&& atLeastCompetent(yearBefore.get(result.objectId()))) {
						entries.add(new PersonnelEntry(result, "THREE_YEARS_COMPETENT"));
					}
				}
				case REWARDS -> {
					if (excellent) {
						boolean threeInARow = lastYear.get(result.objectId()) == Grade.EXCELLENT
								&& yearBefore.get(result.objectId()) == Grade.EXCELLENT;
						entries.add(new PersonnelEntry(result, threeInARow ? "MERIT" : "COMMENDATION"));
					}
				}
			}
		}
		return entries;
	}

	byte[] workbook(Caller caller, int year, PersonnelList kind) {
		List<String> headers = List.of("unit", "name", "total", "grade", "basis")
			.stream()
			.map(column -> text("evaluation.personnel.column." + column))
			.toList();
		List<List<Object>> rows = new ArrayList<>();
		Map<Long, String> unitNames = new HashMap<>();
		for (PersonnelEntry entry : list(caller, year, kind)) {
			ResultView r = entry.result();
			String unit = unitNames.computeIfAbsent(r.unitId(), id -> organization.unit(new UnitId(id)).name());
			rows.add(List.of(unit, r.name(), r.total(),
					text("evaluation.grade." + r.scale().name() + "." + r.grade().name()),
					text("evaluation.personnel.basis." + entry.basis())));
		}
		return documents.excel(text("evaluation.personnel.list." + kind.name()) + " " + year, headers, rows);
	}

	private List<ResultView> finalOf(Caller caller, int year) {
		return readings.list(caller, year, ObjectType.STAFF)
			.stream()
			.filter(r -> r.state() == ResultState.FINAL && r.grade() != null)
			.toList();
	}

	private Map<Long, Grade> grades(Caller caller, int year) {
		Map<Long, Grade> grades = new HashMap<>();
		finalOf(caller, year).forEach(r -> grades.put(r.objectId(), r.grade()));
		return grades;
	}

	private static boolean atLeastCompetent(Grade grade) {
		return grade == Grade.EXCELLENT || grade == Grade.COMPETENT;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
