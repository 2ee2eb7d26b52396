package org.xiaoneng.accountability;

import java.time.LocalDate;

/** An inspection in the list: when, where, by whom, how many findings and how many of them opened a case. */
public record InspectionRow(long id, InspectionKind kind, LocalDate visitedOn, long unitId, String unitName,
		String inspectors, String visited, int findings, int cases) {

	InspectionRow named(String name) {
		return new InspectionRow(id, kind, visitedOn, unitId, name, inspectors, visited, findings, cases);
	}
}
