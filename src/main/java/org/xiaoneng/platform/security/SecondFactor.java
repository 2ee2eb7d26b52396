package org.xiaoneng.platform.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.platform.documents.Documents;

/**
 * TOTP second factor (RFC 6238): new secrets, the {@code otpauth://} URI authenticator apps read from a QR code, and
 * checking a code against an SM4-encrypted secret with one step of tolerance either way.
 */
@Component
class SecondFactor {

	/** 160 bits, the key length RFC 4226 section 4 recommends for HMAC-SHA1. */
	private static final int SECRET_BYTES = 20;

	private static final int TOLERATED_STEPS = 1;

	private static final int QR_CODE_SIZE = 240;

	private final SecureRandom random = new SecureRandom();

	private final Cryptography cryptography;

	private final SecuritySettings settings;

	private final Clock clock;

	private final Documents documents;

	SecondFactor(Cryptography cryptography, SecuritySettings settings, Clock clock, Documents documents) {
		this.cryptography = cryptography;
		this.settings = settings;
		this.clock = clock;
		this.documents = documents;
	}

	/** A new random secret, already encrypted for storage. */
	String newEncryptedSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		return cryptography.encrypt(Base32.encode(secret));
	}

	String encrypt(String base32Secret) {
		Base32.decode(base32Secret);
		return cryptography.encrypt(base32Secret);
	}

	SecondFactorEnrolment enrolmentFor(String username, String encryptedSecret) {
		String secret = cryptography.decrypt(encryptedSecret);
		String issuer = encode(settings.totpIssuer());
		String uri = "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + secret + "&issuer=" + issuer
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
		// A data URL: the enrolment page shows the code without script (the CSP forbids inline script).
		String qrCode = "data:image/png;base64," + Base64.getEncoder().encodeToString(documents.qrCode(uri, QR_CODE_SIZE));
		return new SecondFactorEnrolment(secret, uri, qrCode);
	}

	/** The time step whose code was given, if the code is valid now; whether it was used before is not checked here. */
	OptionalLong matchingStep(String encryptedSecret, String code) {
		if (encryptedSecret == null) {
			return OptionalLong.empty();
		}
		byte[] key = Base32.decode(cryptography.decrypt(encryptedSecret));
		String digits = code == null ? null : code.replace(" ", "").strip();
		return Totp.matchingStep(key, digits, Totp.stepAt(clock.instant()), TOLERATED_STEPS);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
