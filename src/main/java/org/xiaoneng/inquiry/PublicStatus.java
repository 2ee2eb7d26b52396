package org.xiaoneng.inquiry;

import java.time.LocalDate;

/**
 * What the public status page shows for a query code: no personal data, no staff names.
 *
 * @param queryCode the code
 * @param category what it is
 * @param receivedOn the day it was received
 * @param state where it stands
 * @param deadline the day it must be answered by
 * @param answer the answer (or the reply to a complaint), once closed; else {@code null}
 */
public record PublicStatus(String queryCode, InquiryCategory category, LocalDate receivedOn, InquiryState state,
		LocalDate deadline, String answer) {
}
