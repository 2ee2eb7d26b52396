package org.xiaoneng.refusal;

import org.xiaoneng.common.RefusalId;

/**
 * A refusal took effect: the case is refused (不予受理 or 不予许可/不予办理), the notice was issued, archived with the case
 * and sent to the applicant. Evaluation and disclosure may count it.
 *
 * @param refusalId the filing
 * @param matter the case, or the inquiry's matter, it refuses
 * @param unitId the matter's unit
 * @param departmentId the matter's department
 * @param kind what was refused
 * @param withinAuthority whether it lay within the handler's authority
 * @param noticeNumber the notice's number
 */
public record RefusalTookEffect(RefusalId refusalId, RefusedMatter matter, long unitId, long departmentId, RefusalKind kind,
		boolean withinAuthority, String noticeNumber) {
}
