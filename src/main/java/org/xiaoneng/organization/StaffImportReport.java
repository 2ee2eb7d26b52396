package org.xiaoneng.organization;

import java.util.List;

/**
 * The outcome of a staff import: either every row was imported, or none was and the problems say why, row by row.
 *
 * @param imported how many staff joined (0 when there are problems)
 * @param problems every problem found, by row
 */
public record StaffImportReport(int imported, List<StaffImportProblem> problems) {

	public StaffImportReport {
		problems = List.copyOf(problems);
	}

	public boolean succeeded() {
		return problems.isEmpty();
	}
}
