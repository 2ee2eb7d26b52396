package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.MutableClock;
import org.xiaoneng.testing.MutableClockConfiguration;

/**
 * The casework module's main story, booted with only the modules it depends on (organization, catalog, substitution,
 * calendar and the platform): casework cannot start without them, as it asks them for items, posts and calendars.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(MutableClockConfiguration.class)
class CaseworkModuleTests {

	@Autowired
	Cases cases;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	MutableClock clock;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void acceptingACasePublishesCaseAcceptedAndTheReceiptIsOnTheCase(Scenario scenario) {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();

		scenario.stimulate(() -> u.as("c", () -> cases.accept(id)))
			.andWaitForEventOfType(CaseAccepted.class)
			.matching(accepted -> accepted.caseId() == id)
			.toArriveAndVerify((accepted, file) -> {
				assertThat(file.state()).isEqualTo(CaseState.ACCEPTED);
				assertThat(accepted.caseNumber()).isEqualTo(file.caseNumber());
				assertThat(accepted.deadline()).isEqualTo(file.deadline());
				assertThat(cases.details(id, DataScope.wholeRegionScope()).documents()).extracting(CaseDocument::kind)
					.containsExactly(CaseNotices.RECEIPT);
			});
	}
}
