package org.xiaoneng.casework;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The applicant's personal data at rest (GB/T 39786): ID numbers and phones encrypted with SM4, keyed hashes (HMAC-SM3)
 * for exact search, the full view only audited (个人信息保护法 第五十一条), and the key of the progress page's QR code.
 */
@Component
class ApplicantKeys {

	private final Cryptography cryptography;

	private final AuditLog auditLog;

	ApplicantKeys(Cryptography cryptography, AuditLog auditLog) {
		this.cryptography = cryptography;
		this.auditLog = auditLog;
	}

	String encrypt(String value) {
		return value == null ? null : cryptography.encrypt(value);
	}

	String decrypt(String value) {
		return value == null ? null : cryptography.decrypt(value);
	}

	/** The keyed hash of a normalised value, compared exactly. */
	String hash(String normalized) {
		return HexFormat.of().formatHex(cryptography.keyedHash(normalized.getBytes(StandardCharsets.UTF_8)));
	}

	/** Whether the ID number (any type) is the applicant's or a registered agent's. */
	boolean identityMatches(Case kase, String idNumber) {
		String hash = hash(IdentityNumbers.normalize(idNumber));
		return hash.equals(kase.applicant().idNumberHash()) || hash.equals(kase.applicant().agentIdHash());
	}

	/** The applicant's identity in full; each view is written to the audit log. */
	FullIdentity fullIdentity(Case kase) {
		auditLog.record(AuditEntry.of(Cases.MODULE, "case.identity-viewed", String.valueOf(kase.id())));
		ApplicantOnFile applicant = kase.applicant();
		return new FullIdentity(decrypt(applicant.idNumberEncrypted()), decrypt(applicant.phoneEncrypted()),
				decrypt(applicant.emailEncrypted()), decrypt(applicant.agentIdEncrypted()),
				decrypt(applicant.agentPhoneEncrypted()));
	}

	/** The key printed in the QR code: a keyed hash of the query code, so nobody can make one for another case. */
	String accessKey(String queryCode) {
		byte[] mac = cryptography.keyedHash(("progress:" + queryCode).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac, 0, 8);
	}
}
