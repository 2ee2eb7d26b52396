package org.xiaoneng.inquiry;

import java.time.LocalDate;

/**
 * The filters of the register; every one optional.
 *
 * @param from received on or after this day
 * @param to received on or before this day
 * @param category only this category
 * @param state only this state
 * @param unitId only this unit
 * @param text part of the subject, or a query code
 * @param buckPassingOnly only matters flagged as 推诿
 * @param overdueOnly only open matters past their deadline
 */
public record RegisterFilter(LocalDate from, LocalDate to, InquiryCategory category, InquiryState state, Long unitId,
		String text, boolean buckPassingOnly, boolean overdueOnly) {

	public static RegisterFilter none() {
		return new RegisterFilter(null, null, null, null, null, null, false, false);
	}
}
