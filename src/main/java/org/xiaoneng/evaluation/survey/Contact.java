package org.xiaoneng.evaluation.survey;

import java.time.Instant;

/**
 * Someone the platform served in the period, as the survey may draw them: who they are only as a keyed digest of
 * their phone (one person with two cases is one person), where they were served, when, and how to reach them — the
 * phone still encrypted, decrypted only by the outbox's sender.
 *
 * @param person the keyed digest of the phone (HMAC-SM3, hex): the same for the same phone, revealing nothing
 * @param stratum the department that served them
 * @param at when they were served
 * @param encryptedPhone the phone as stored (SM4)
 */
record Contact(String person, Stratum stratum, Instant at, String encryptedPhone) {

	@Override
	public String toString() {
		return "Contact[" + stratum + ", " + at + "]";
	}
}
