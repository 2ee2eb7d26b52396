package org.xiaoneng.supervision;

import java.time.YearMonth;

/**
 * A department was last in its unit's monthly ranking two months running and is invited to a talk (约谈) with the
 * unit's leader. Accountability and evaluation may record it against the department.
 *
 * @param unitId the unit
 * @param departmentId the department
 * @param month the second month running it was last in
 */
public record DepartmentFlaggedForTalk(long unitId, long departmentId, YearMonth month) {
}
