package org.xiaoneng.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The demo's survey, run on a unit of its own: invited, two in three answering through their links, closed with every
 * answered department's margin of error; and only once.
 */
@IntegrationTest
class DemoSurveyIntegrationTests {

	@Autowired
	SamplingSurvey surveys;

	@Autowired
	Surveys stored;

	@Autowired
	Organization organization;

	@Autowired
	InquiryRegister register;

	@Autowired
	MutableClock clock;

	@Test
	void theDemoSurveyIsClosedWithAnswersAndEachAnsweredDepartmentsMarginAndRunsOnce() {
		SurveyUnit unit = new SurveyUnit(organization, register);
		for (int n = 0; n < 9; n++) {
			unit.inquiry(n < 6 ? unit.registration : unit.food, unit.mobile(n));
		}
		DemoSurvey demo = new DemoSurvey(surveys, stored, organization, clock);

		Optional<SurveyReport> report = demo.build("survey-supervisor", unit.registrationClerk());

		assertThat(report).hasValueSatisfying(r -> {
			assertThat(r.survey().state()).isEqualTo(SurveyState.CLOSED);
			assertThat(r.survey().seed()).isEqualTo(2026);
			assertThat(r.total().sampleSize()).isEqualTo(9);
			assertThat(r.total().responses()).isEqualTo(6);
			assertThat(r.units()).singleElement()
				.satisfies(u -> assertThat(u.departments()).allSatisfy(d -> assertThat(d.estimate().marginOfError())
					.isNotNull()));
		});
		assertThat(demo.build("survey-supervisor", unit.registrationClerk())).isEmpty();
	}
}
