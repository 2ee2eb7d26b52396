package org.xiaoneng.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The conduct rules as complaints, findings and cases cite them: the region's default is the source text's 十不准, a
 * unit's own version replaces it for that unit while what was cited keeps its wording, an unknown code is refused by
 * name, and the portal shows the list in force.
 */
@IntegrationTest
class ConductRulebookIntegrationTests {

	@Autowired
	ConductRulebook conduct;

	@Autowired
	Organization organization;

	@Autowired
	MockMvc mvc;

	@Test
	void theRegionsDefaultIsTheSixProhibitionsTheSourceTextsCopyHolds() {
		assertThat(conduct.regionDefault()).extracting(ConductRule::code, ConductRule::text)
			.startsWith(tuple("SBZ-1", "不准阳奉阴违、自行其是"))
			.contains(tuple("SBZ-5", "不准滥用职权、吃拿卡要"),
					tuple("SBZ-6", "不准办事拖拉"));
		assertThat(conduct.regionDefault()).allSatisfy(rule -> assertThat(rule.source()).contains("十不准"));
	}

	@Test
	void aUnitsOwnVersionReplacesTheDefaultWhileACitationKeepsTheWordingItWasJudgedBy() {
		long unit = unit();
		ConductCitation before = conduct.cite(unit, "SBZ-6");

		runAs("conduct-supervisor", () -> conduct.publish(unit, List.of(new NewConductRule("SBZ-6", "不准办事拖拉", ""),
				new NewConductRule("DW-1", "不准在窗口玩手机", "本单位补充规定"))), "ROLE_SUPERVISOR");

		assertThat(conduct.inForce(unit)).extracting(ConductRule::code).containsExactly("SBZ-6", "DW-1");
		assertThat(conduct.cite(unit, " DW-1 ")).isEqualTo(new ConductCitation("DW-1", unit, 1));
		assertThat(before.listUnitId()).isZero();
		assertThat(conduct.wording(before)).contains("不准办事拖拉");
		assertThat(conduct.wording(new ConductCitation("DW-1", 0, 1))).isEmpty();
	}

	@Test
	void aCodeNotInTheUnitsListIsRefusedByName() {
		long unit = unit();

		assertThatThrownBy(() -> conduct.cite(unit, "SBZ-99")).isInstanceOf(RuleViolationException.class)
			.satisfies(e -> assertThat(((RuleViolationException) e).messageKey()).isEqualTo("conduct.error.ruleUnknown"))
			.satisfies(e -> assertThat(((RuleViolationException) e).arguments()).containsExactly("SBZ-99"));
	}

	@Test
	void onlySupervisorsPublishAndADuplicateCodeChangesNothing() {
		long unit = unit();

		assertThatThrownBy(() -> runAs("conduct-clerk",
				() -> conduct.publish(unit, List.of(new NewConductRule("X-1", "不准", ""))), "ROLE_WINDOW_CLERK"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> runAs("conduct-supervisor", () -> conduct.publish(unit,
				List.of(new NewConductRule("X-1", "不准", ""), new NewConductRule("X-1", "又不准", ""))), "ROLE_SUPERVISOR"))
			.isInstanceOf(ConductCodeInvalidException.class);
		assertThat(conduct.inForce(unit)).extracting(ConductRule::unitId).containsOnly(0L);
	}

	@Test
	void thePortalShowsTheListInForceWithoutSigningIn() throws Exception {
		mvc.perform(get("/portal/conduct-rules"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不准滥用职权、吃拿卡要")));
	}

	private long unit() {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		return runAs("conduct-admin", () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "规范测试局" + tag, "规" + tag, creditCode()));
		}, "ROLE_ADMIN").id();
	}
}
