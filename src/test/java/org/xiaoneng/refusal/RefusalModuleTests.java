package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.MutableClock;
import org.xiaoneng.testing.MutableClockConfiguration;

/**
 * The refusal module's main story with only the modules it needs: a handler files a refusal beyond their authority,
 * which publishes {@link RefusalFiled}; the head agrees, which publishes {@link RefusalTookEffect} with the notice's
 * number, and the case is refused. The web shell comes along for the message bundles the leader's and handler's
 * inbox messages are written from.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
@Import(MutableClockConfiguration.class)
class RefusalModuleTests {

	@Autowired
	Refusals refusals;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	RefusalUnit unit;

	RefusalCases fixtures;

	@BeforeEach
	void aUnitOfItsOwn() {
		clock.set(RefusalCases.MONDAY_MORNING);
		unit = new RefusalUnit(organization);
		fixtures = new RefusalCases(context);
	}

	@Test
	void aRefusalFiledAndAgreedIsPublishedAndRefusesTheCase(Scenario scenario) {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPARTMENT_HEAD);

		AtomicReference<RefusalId> filed = new AtomicReference<>();
		scenario.stimulate(() -> unit.as("a", () -> refusals.file(RefusalCases.filing(caseId))))
			.andWaitForEventOfType(RefusalFiled.class)
			.matching(event -> event.matter().equals(RefusedMatter.ofCase(caseId)))
			.toArriveAndVerify((event, refusal) -> {
				assertThat(event.refusalId()).isEqualTo(refusal.id());
				assertThat(event.deciderStaffId()).isEqualTo(unit.head.id());
				assertThat(fixtures.state(caseId)).isEqualTo(CaseState.REFUSAL_PENDING);
				filed.set(refusal.id());
			});

		scenario.stimulate(() -> unit.as("h", () -> refusals.decide(filed.get(), Decision.AGREED, "同意不予受理")))
			.andWaitForEventOfType(RefusalTookEffect.class)
			.matching(event -> event.refusalId().equals(filed.get()))
			.toArriveAndVerify(event -> {
				assertThat(event.noticeNumber()).isNotBlank();
				assertThat(event.withinAuthority()).isFalse();
				assertThat(fixtures.state(caseId)).isEqualTo(CaseState.NOT_ACCEPTED);
			});
	}
}
