package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;

/** The inquiry module with the modules it depends on, and nothing else: its main story. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class InquiryModuleTests {

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Test
	void registeringAConsultationPublishesInquiryRegisteredAndTheRegisterShowsIt(Scenario scenario) {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		scenario.stimulate(() -> u.as("c", "WINDOW_CLERK",
				() -> register.register(u.consultation("营业执照遗失怎么补办" + u.tag), null)))
			.andWaitForEventOfType(InquiryRegistered.class)
			.matching(event -> event.unitId() == u.unit.id())
			.toArriveAndVerify((event, entry) -> {
				assertThat(event.inquiryId().value()).isEqualTo(entry.id());
				assertThat(event.firstResponderId()).isEqualTo(u.clerk.id());
				assertThat(u.as("c", "WINDOW_CLERK", () -> register.register(RegisterFilter.none(), null, null).rows()))
					.extracting(RegisterEntry::id, RegisterEntry::state)
					.contains(org.assertj.core.groups.Tuple.tuple(entry.id(), InquiryState.OPEN));
			});
	}
}
