package org.xiaoneng.common;

import java.time.Instant;

/**
 * Someone a department served (an applicant of a case, the visitor of an inquiry), as a public survey may invite
 * them: where and when they were served and their phone as stored, SM4-encrypted. Nothing here is shown to anyone;
 * the phone is decrypted only to hand a text message to the outbox.
 *
 * @param unitId the unit that served them
 * @param departmentId the department that served them
 * @param servedAt when they were served (the case or inquiry received)
 * @param encryptedPhone their phone as {@link Cryptography#encrypt(String)} stored it
 */
public record ServedPerson(long unitId, long departmentId, Instant servedAt, String encryptedPhone) {

	@Override
	public String toString() {
		return "ServedPerson[unit=" + unitId + ", department=" + departmentId + ", servedAt=" + servedAt + "]";
	}
}
