package org.xiaoneng.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Personal data shows only enough to tell one from another.
 */
class PersonalDataMasksTests {

	@Test
	void aMobileNumberShowsItsFirstThreeAndLastFourDigits() {
		assertThat(PersonalDataMasks.phone("13800138000")).isEqualTo("138****8000");
	}

	@Test
	void aLandlineIsMaskedTheSameWay() {
		assertThat(PersonalDataMasks.phone("0851-12345678")).isEqualTo("085******5678");
	}

	@Test
	void aShortNumberIsHiddenEntirely() {
		assertThat(PersonalDataMasks.phone("12345")).isEqualTo("*****");
		assertThat(PersonalDataMasks.phone(null)).isNull();
	}

	@Test
	void anEmailAddressKeepsItsFirstCharacterAndDomain() {
		assertThat(PersonalDataMasks.email("zhang.san@example.com")).isEqualTo("z***@example.com");
	}

	@Test
	void masksAnIdentityNumberInTextKeepingRegionAndLastFour() {
		assertThat(PersonalDataMasks.inText("applicant=11010519491231002X;status=accepted"))
			.isEqualTo("applicant=110105********002X;status=accepted");
	}

	@Test
	void masksAMobileNumberInText() {
		assertThat(PersonalDataMasks.inText("phone 13800138000 changed")).isEqualTo("phone 138****8000 changed");
	}

	@Test
	void leavesOtherNumbersInTextAlone() {
		assertThat(PersonalDataMasks.inText("case=2026-000123;count=12345678901234567890"))
			.isEqualTo("case=2026-000123;count=12345678901234567890");
	}
}
