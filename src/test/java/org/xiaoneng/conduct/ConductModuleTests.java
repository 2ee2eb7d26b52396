package org.xiaoneng.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;

/**
 * The conduct module's main story with only the modules it needs (the organisation and the platform beneath it): a
 * supervisor publishes a unit's own rules, which replace the region's 十不准 for that unit, while a rule cited before
 * keeps the wording it was cited in.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ConductModuleTests {

	@Autowired
	ConductRulebook conduct;

	@Autowired
	Organization organization;

	@Test
	void aUnitsOwnPublishedRulesReplaceTheRegionsDefaultAndEarlierCitationsKeepTheirWording(Scenario scenario) {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		long unit = runAs("conduct-admin", () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "规范模块局" + tag, "规" + tag, creditCode()));
		}, "ROLE_ADMIN").id();
		ConductCitation before = conduct.cite(unit, "SBZ-6");

		scenario.stimulate(() -> runAs("conduct-supervisor", () -> conduct.publish(unit,
				List.of(new NewConductRule("DW-1", "不准在窗口玩手机", "本单位补充规定"))), "ROLE_SUPERVISOR"))
			.andWaitForStateChange(() -> conduct.inForce(unit), rules -> rules.stream().allMatch(r -> r.unitId() == unit))
			.andVerify(rules -> {
				assertThat(rules).extracting(ConductRule::code).containsExactly("DW-1");
				assertThat(conduct.cite(unit, "DW-1")).isEqualTo(new ConductCitation("DW-1", unit, 1));
				assertThat(conduct.wording(before)).contains("不准办事拖拉");
			});
	}
}
