package org.xiaoneng.evaluation.survey;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Cryptography;

/**
 * The tokens of survey links: 144 random bits each, written in the link only; the platform keeps their SM3 digest, so
 * that nobody who reads the database can answer in someone's place.
 */
@Component
class SurveyTokens {

	private static final int TOKEN_BYTES = 18;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{24}");

	private final SecureRandom random = new SecureRandom();

	private final Cryptography cryptography;

	SurveyTokens(Cryptography cryptography) {
		this.cryptography = cryptography;
	}

	String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The digest under which a token's link is stored.
	 *
	 * @throws SurveyLinkException when the text cannot be a token at all
	 */
	String digest(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw new SurveyLinkException(SurveyLinkException.Reason.UNKNOWN);
		}
		return HexFormat.of().formatHex(cryptography.sm3(token.getBytes(StandardCharsets.US_ASCII)));
	}

	/** A seed for a survey whose definer named none; recorded with the survey all the same. */
	long newSeed() {
		return random.nextLong();
	}
}
