package org.xiaoneng.casework;

import java.time.LocalDate;

import org.xiaoneng.common.CaseId;

/**
 * A handler asked for an extension (延期) after the case's deadline had passed. The request was refused (行政许可法
 * 第四十二条 extends a limit still running) and changed nothing, but the attempt is a fact: supervision raises its card.
 *
 * @param caseId the case
 * @param unitId its unit
 * @param departmentId its department
 * @param handlerStaffId who asked, or {@code null} for someone without a staff record
 * @param deadline the deadline in force that had passed
 * @param askedOn the day of the request
 * @param workingDays the working days asked for
 */
public record ExtensionAskedLate(CaseId caseId, long unitId, long departmentId, Long handlerStaffId,
		LocalDate deadline, LocalDate askedOn, int workingDays) {
}
