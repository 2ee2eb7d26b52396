package org.xiaoneng.refusal;

import org.xiaoneng.common.RefusalId;

/**
 * A leader or supervisor found a refusal wrong on review: the case was reopened. Accountability turns such findings
 * into cases against the people responsible.
 *
 * @param refusalId the filing
 * @param matter the case, or the inquiry's matter, it refuses
 * @param unitId the matter's unit
 * @param departmentId the matter's department
 * @param handlerStaffId who filed
 * @param deciderStaffId the leader who agreed, or {@code null} when it lay within the handler's authority
 * @param reviewedBy the reviewer's sign-in name
 * @param finding what the reviewer found
 */
public record RefusalFoundWrong(RefusalId refusalId, RefusedMatter matter, long unitId, long departmentId, long handlerStaffId,
		Long deciderStaffId, String reviewedBy, String finding) {
}
