package org.xiaoneng.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Unified social credit codes and their check character (GB 32100-2015).
 */
class UnifiedSocialCreditCodeTests {

	/** A published code of a registered company (Fujian), whose check character is 3. */
	private static final String PUBLISHED = "91350100M000100Y43";

	@Test
	void aPublishedCodeIsValid() {
		assertThat(UnifiedSocialCreditCode.isValid(PUBLISHED)).isTrue();
		assertThat(UnifiedSocialCreditCode.checkCharacter(PUBLISHED.substring(0, 17))).isEqualTo('3');
	}

	@Test
	void aWrongCheckCharacterIsInvalid() {
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
	}

	@Test
	void lettersOutsideTheCodeAlphabetAreInvalid() {
		// I, O, S, V and Z are not code characters: they look like digits or each other
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100I43")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("9135010OM000100Y43")).isFalse();
	}

	@Test
	void aCodeOfTheWrongLengthIsInvalid() {
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y4")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
	}

	@Test
	void parsingToleratesBlanksAndLowerCase() {
		assertThat(UnifiedSocialCreditCode.parse(" 91350100m000100y43 ")).map(UnifiedSocialCreditCode::value)
			.contains(PUBLISHED);
		assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y44")).isEmpty();
	}

	@Test
	void aCheckCharacterOfThirtyOneIsWrittenAsZero() {
		String first17 = "11520999000000000";
		char check = UnifiedSocialCreditCode.checkCharacter(first17);

		assertThat(UnifiedSocialCreditCode.isValid(first17 + check)).isTrue();
		assertThat(new UnifiedSocialCreditCode(first17 + check).regionCode()).isEqualTo("520999");
	}

	@Test
	void constructingFromAnInvalidCodeFails() {
		assertThatThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
