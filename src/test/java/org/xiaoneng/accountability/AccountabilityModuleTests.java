package org.xiaoneng.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.accountability.AccountableUnit.asSupervisor;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.inquiry.ComplaintSubstantiated;
import org.xiaoneng.inquiry.Verification;
import org.xiaoneng.organization.Organization;

/**
 * The accountability module with the modules it depends on, and the web shell for its message bundles: its main story,
 * a substantiated complaint's case.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
class AccountabilityModuleTests {

	@Autowired
	Accountability accountability;

	@Autowired
	Organization organization;

	@Test
	void aSubstantiatedComplaintOpensACaseAgainstThePersonConcernedAndPublishesThatItWasOpened(Scenario scenario) {
		AccountableUnit u = new AccountableUnit(organization);
		long complaint = 700_000_000L + Math.abs(u.tag.hashCode() % 1_000_000);

		scenario.publish(new ComplaintSubstantiated(new InquiryId(complaint), u.unit.id(), u.registration.id(),
				u.handler.id(), Verification.SUBSTANTIATED, Instant.now(), null))
			.andWaitForEventOfType(AccountabilityCaseOpened.class)
			.matching(opened -> opened.unitId() == u.unit.id())
			.toArriveAndVerify(opened -> {
				assertThat(opened.source()).isEqualTo(CaseSource.COMPLAINT);
				assertThat(opened.staffId()).isEqualTo(new StaffId(u.handler.id()));
				assertThat(opened.aggravated()).isFalse();
				CaseView kase = asSupervisor(() -> accountability.kase(opened.caseId().value()));
				assertThat(kase.sourceId()).isEqualTo(complaint);
				assertThat(kase.row().state()).isEqualTo(CaseState.OPEN);
			});
	}
}
