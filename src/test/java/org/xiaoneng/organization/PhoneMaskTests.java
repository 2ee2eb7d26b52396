package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Phone numbers on screen keep their first three and last four digits.
 */
class PhoneMaskTests {

	@Test
	void aMobileNumberShowsItsFirstThreeAndLastFourDigits() {
		assertThat(PhoneMask.mask("13800138000")).isEqualTo("138****8000");
	}

	@Test
	void aLandlineIsMaskedTheSameWay() {
		assertThat(PhoneMask.mask("0851-12345678")).isEqualTo("085******5678");
	}

	@Test
	void aShortNumberIsHiddenEntirely() {
		assertThat(PhoneMask.mask("12345")).isEqualTo("*****");
		assertThat(PhoneMask.mask(null)).isNull();
	}
}
