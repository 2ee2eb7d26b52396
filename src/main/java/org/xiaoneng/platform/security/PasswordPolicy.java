package org.xiaoneng.platform.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The password rules of GB/T 22239-2019 8.1.4.1 a (口令具有复杂度要求): at least {@code minPasswordLength}
 * characters from at least three of the four classes lower case, upper case, digits and other characters, and not
 * containing the user name. Also makes the random one-time passwords, which always pass these rules.
 */
@Component
class PasswordPolicy {

	static final String TOO_SHORT = "security.password.tooShort";

	static final String TOO_FEW_CLASSES = "security.password.tooFewClasses";

	static final String CONTAINS_USERNAME = "security.password.containsUsername";

	/**
	 * The alphabets of generated passwords, one per class. A one-time password is read off a console or a slip and
	 * typed in, so none holds a character that looks like another (0/O/o, 1/l/I/i) or that reads as punctuation
	 * ({@code ! ? . ,} and quotes).
	 */
	private static final String[] CLASSES = { "abcdefghjkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789",
			"@#%+=*" };

	private static final int GENERATED_LENGTH = 16;

	private final SecureRandom random = new SecureRandom();

	private final SecuritySettings settings;

	PasswordPolicy(SecuritySettings settings) {
		this.settings = settings;
	}

	/** The message keys of the rules the password breaks; empty when it is acceptable. */
	List<String> violations(String password, String username) {
		List<String> violations = new ArrayList<>();
		if (password == null || password.length() < settings.minPasswordLength()) {
			violations.add(TOO_SHORT);
		}
		if (password == null || characterClasses(password) < 3) {
			violations.add(TOO_FEW_CLASSES);
		}
		if (password != null && username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			violations.add(CONTAINS_USERNAME);
		}
		return violations;
	}

	int minLength() {
		return settings.minPasswordLength();
	}

	/** A random password with characters of all four classes, none of them easily mistyped. */
	String randomPassword() {
		int length = Math.max(GENERATED_LENGTH, settings.minPasswordLength());
		char[] out = new char[length];
		for (int i = 0; i < length; i++) {
			String alphabet = CLASSES[i < CLASSES.length ? i : random.nextInt(CLASSES.length)];
			out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		for (int i = length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			char swap = out[i];
			out[i] = out[j];
			out[j] = swap;
		}
		return new String(out);
	}

	private static int characterClasses(String password) {
		boolean lower = false;
		boolean upper = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}
}
