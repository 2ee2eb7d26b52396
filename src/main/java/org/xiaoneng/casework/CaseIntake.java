package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

/** What a case was received with (接件): the item's version, the applicant and the channel; it never changes. */
record CaseIntake(long unitId, long departmentId, long itemId, int itemVersion, String itemName, String queryCode,
		SubmissionChannel channel, ApplicantOnFile applicant, DeliveryMethod pickup, LocalDate receivedOn,
		Instant receivedAt, String receivedBy, String idempotencyKey) {
}
