package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The password policy: at least 10 characters from three character classes, not containing the user name.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(new SecuritySettings(5, Duration.ofMinutes(30),
			Duration.ofDays(90), 10, Set.of(Role.ADMIN), "Xiaoneng", Duration.ofDays(365)));

	@Test
	void acceptsTenCharactersFromThreeClasses() {
		assertThat(policy.violations("Abcdefgh12", "zhang")).isEmpty();
		assertThat(policy.violations("Xiaoneng@2026", "handler")).isEmpty();
	}

	@Test
	void refusesNineCharacters() {
		assertThat(policy.violations("Abcdefg12", "zhang")).containsExactly(PasswordPolicy.TOO_SHORT);
	}

	@Test
	void refusesTwoCharacterClasses() {
		assertThat(policy.violations("abcdefgh1234", "zhang")).containsExactly(PasswordPolicy.TOO_FEW_CLASSES);
		assertThat(policy.violations("ABCDEFGHIJKL", "zhang")).containsExactly(PasswordPolicy.TOO_FEW_CLASSES);
	}

	@Test
	void countsChineseAndPunctuationAsOtherCharacters() {
		assertThat(policy.violations("效能abcdefgh12", "zhang")).isEmpty();
	}

	@Test
	void refusesAPasswordContainingTheUsername() {
		assertThat(policy.violations("Zhang-2026-ok", "zhang")).containsExactly(PasswordPolicy.CONTAINS_USERNAME);
	}

	@Test
	void namesEveryBrokenRule() {
		assertThat(policy.violations("abc", "zhang")).containsExactly(PasswordPolicy.TOO_SHORT,
				PasswordPolicy.TOO_FEW_CLASSES);
	}

	@RepeatedTest(20)
	void randomOneTimePasswordsPassThePolicy() {
		String password = policy.randomPassword();
		assertThat(password).hasSize(16);
		assertThat(policy.violations(password, "admin")).isEmpty();
	}

	/**
	 * A one-time password is read off a console or a slip of paper and typed in: characters that look alike in
	 * common fonts (0/O/o, 1/l/I/i/|), quotes and punctuation that ends a sentence are easily mistyped.
	 */
	@Test
	void randomOneTimePasswordsHaveNoCharacterThatIsEasilyMistyped() {
		String ambiguous = "0Oo1lIi|!?'\"`.,;:~^()[]{}<>/\\ ";
		for (int i = 0; i < 2_000; i++) {
			String password = policy.randomPassword();
			assertThat(password).doesNotContainAnyWhitespaces();
			assertThat(password.chars().filter(c -> ambiguous.indexOf(c) >= 0))
				.as("look-alike or punctuation characters in %s", password)
				.isEmpty();
			assertThat(policy.violations(password, "admin")).isEmpty();
		}
	}
}
