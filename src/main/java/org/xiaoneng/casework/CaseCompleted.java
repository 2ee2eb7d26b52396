package org.xiaoneng.casework;

import java.time.LocalDate;

/**
 * A case was completed (办结), granted or refused. It is measured against what was promised and, separately, against
 * the law's limit; an approved extension moves neither (it is reported as the deadline in force). Feeds the
 * service-commitment metrics and the cockpit.
 *
 * @param deadline the promised deadline (承诺时限), pauses added
 * @param onTime whether completed on or before the promised deadline
 * @param workingDaysUsed the working days used, pauses not counted
 * @param deadlineInForce the deadline the case ran against, approved extensions added
 * @param statutoryDeadline the statutory deadline (法定时限), pauses added; {@code null} when the law sets none
 * @param onTimeStatutory whether completed within the statutory deadline; {@code null} when the law sets none
 */
public record CaseCompleted(long caseId, long unitId, long departmentId, CaseResult result, LocalDate completedOn,
		LocalDate deadline, boolean onTime, int workingDaysUsed, LocalDate deadlineInForce,
		LocalDate statutoryDeadline, Boolean onTimeStatutory) {
}
