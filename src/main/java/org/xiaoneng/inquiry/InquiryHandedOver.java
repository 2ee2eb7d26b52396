package org.xiaoneng.inquiry;

import java.time.Instant;

import org.xiaoneng.common.InquiryId;

/** An inquiry was handed to another post of the unit: to whoever acts for it ({@code onBehalf} when a substitute), or, with {@code toStaffId} null, a callback task went to the post because nobody acts for it. */
public record InquiryHandedOver(InquiryId inquiryId, long unitId, Long fromStaffId, long toPostId, Long toStaffId, boolean onBehalf, Instant at) {
}
