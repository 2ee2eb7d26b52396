package org.xiaoneng.inquiry;

import java.time.Instant;

import org.xiaoneng.common.InquiryId;
import org.xiaoneng.conduct.ConductCitation;

/**
 * A supervisor found a complaint or report substantiated (or partly): the accountability module opens a case against
 * the unit, department or staff member concerned. Carries nothing about the complainant.
 *
 * @param inquiryId the complaint or report
 * @param unitId the unit concerned, or {@code null}
 * @param departmentId the department concerned, or {@code null}
 * @param staffId the staff member concerned, or {@code null}
 * @param verification substantiated or partly
 * @param at when it was verified
 * @param conduct the conduct rule the complaint cited, or {@code null}: the case cites it too
 */
public record ComplaintSubstantiated(InquiryId inquiryId, Long unitId, Long departmentId, Long staffId,
		Verification verification, Instant at, ConductCitation conduct) {
}
