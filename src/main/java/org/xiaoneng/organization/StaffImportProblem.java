package org.xiaoneng.organization;

import java.util.List;

/**
 * Why one row of a staff import cannot be imported.
 *
 * @param row the row number as the spreadsheet shows it (the header is row 1)
 * @param column the column's header key ({@code organization.import.column.…}), or {@code null} for the whole row
 * @param messageKey the message key of the reason
 * @param arguments the reason's arguments
 */
public record StaffImportProblem(int row, String column, String messageKey, List<String> arguments) {

	public StaffImportProblem {
		arguments = List.copyOf(arguments);
	}
}
