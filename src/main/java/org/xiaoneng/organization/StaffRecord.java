package org.xiaoneng.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A staff member as stored: the phone number still encrypted.
 */
record StaffRecord(long id, String staffNumber, String name, Gender gender, String encryptedPhone, String position,
		PoliticalStatus politicalStatus, Employment employment, LocalDate secondedFrom, LocalDate secondedUntil,
		StaffStatus status, long unitId, long departmentId, String username, LocalDate joinedOn, LocalDate leftOn,
		List<Long> postIds, boolean hasPhoto) {
}
