package org.xiaoneng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Identity and mobile numbers that reach the audit log are stored masked.
 */
class PersonalDataMaskTests {

	@Test
	void masksAnIdentityNumberKeepingRegionAndLastFour() {
		assertThat(PersonalDataMask.mask("applicant=11010519491231002X;status=accepted"))
			.isEqualTo("applicant=110105********002X;status=accepted");
	}

	@Test
	void masksAMobileNumberKeepingPrefixAndLastFour() {
		assertThat(PersonalDataMask.mask("phone 13800138000 changed")).isEqualTo("phone 138****8000 changed");
	}

	@Test
	void leavesOtherNumbersAlone() {
		assertThat(PersonalDataMask.mask("case=2026-000123;count=12345678901234567890"))
			.isEqualTo("case=2026-000123;count=12345678901234567890");
	}
}
