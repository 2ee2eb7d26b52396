package org.xiaoneng.organization;

import java.time.LocalDate;
import java.util.List;

import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.PersonalDataMasks;

/**
 * A staff member as stored: the phone number still encrypted.
 */
record StaffRecord(long id, String staffNumber, String name, Gender gender, String encryptedPhone, String position,
		PoliticalStatus politicalStatus, Employment employment, LocalDate secondedFrom, LocalDate secondedUntil,
		StaffStatus status, long unitId, long departmentId, String username, LocalDate joinedOn, LocalDate leftOn,
		List<Long> postIds, boolean hasPhoto) {

	/** The staff member as they leave the module: the phone masked, never in clear (GB/T 39786). */
	StaffMember toMember(Cryptography cryptography) {
		String phone = encryptedPhone == null ? null : PersonalDataMasks.phone(cryptography.decrypt(encryptedPhone));
		return new StaffMember(id, staffNumber, name, gender, phone, position, politicalStatus, employment,
				secondedFrom, secondedUntil, status, unitId, departmentId, username, joinedOn, leftOn, postIds,
				hasPhoto);
	}

	/** What an administrator edits about them, the phone in clear: for the audit summary of a change. */
	StaffParticulars particulars(Cryptography cryptography) {
		String phone = encryptedPhone == null ? null : cryptography.decrypt(encryptedPhone);
		return new StaffParticulars(name, gender, phone, position, politicalStatus, employment, secondedFrom,
				secondedUntil, username);
	}
}
