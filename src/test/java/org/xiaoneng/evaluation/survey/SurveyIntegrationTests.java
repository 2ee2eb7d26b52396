package org.xiaoneng.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.evaluation.survey.SurveyUnit.asSupervisor;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * A survey of one unit through the facade, on the database: the period's visitors drawn by department and invited by
 * text message, answers through the links from those messages, a used link refused, and the closed survey's figures
 * handed to the evaluation through {@code evaluation.survey_result}.
 */
@IntegrationTest
class SurveyIntegrationTests {

	@Autowired
	SamplingSurvey surveys;

	@Autowired
	Organization organization;

	@Autowired
	InquiryRegister register;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cryptography cryptography;

	@Autowired
	MutableClock clock;

	@Test
	void aSurveyInvitesItsSampleByTextAndHandsEachAnsweredDepartmentsFiguresToTheEvaluation() {
		SurveyUnit unit = new SurveyUnit(organization, register);
		for (int n = 0; n < 6; n++) {
			unit.inquiry(unit.registration, unit.mobile(n));
		}
		unit.inquiry(unit.registration, unit.mobile(0)); // the same person twice is invited once
		unit.inquiry(unit.food, unit.mobile(100));
		unit.inquiry(unit.food, unit.mobile(101));

		SurveySummary survey = asSupervisor(() -> surveys.define(yearOf(unit, 4, 42L)));
		asSupervisor(() -> surveys.invite(survey.id()));
		List<String> tokens = tokensTextedFor(survey.id());

		assertThat(tokens).hasSize(6); // four of the six of 登记注册科, both of 食品安全科
		answer(tokens.get(0), 5);
		answer(tokens.get(1), 4);
		answer(tokens.get(2), 3);
		SurveyReport open = asSupervisor(() -> surveys.report(survey.id()));
		assertThat(open.units()).singleElement().satisfies(u -> assertThat(u.departments()).hasSize(2));
		assertThat(open.total().responses()).isEqualTo(3);

		asSupervisor(() -> surveys.close(survey.id()));

		SurveyReport report = asSupervisor(() -> surveys.report(survey.id()));
		assertThat(report.survey().state()).isEqualTo(SurveyState.CLOSED);
		assertThat(report.total().sampleSize()).isEqualTo(6);
		// 登记注册科: six people, four invited, answers 100, 75, 50: mean 75, s² = 625,
		// margin 1.96 · √(625 / 3 · (1 − 3/6)) = 20.00; 食品安全科 did not answer and has no public figure
		assertThat(resultsOf(survey.id())).containsExactly(unit.registration.id() + " 75.00 4 3 20.00");
		assertThat(report.units().get(0).departments().get(0).estimate().marginOfError()).isEqualByComparingTo("20.00");
		assertRefused(() -> answer(tokens.get(3), 5), "survey.error.link.expired");
	}

	@Test
	void aUsedLinkIsRefusedAndChangesNothing() {
		SurveyUnit unit = new SurveyUnit(organization, register);
		unit.inquiry(unit.registration, unit.mobile(1));
		SurveySummary survey = asSupervisor(() -> surveys.define(yearOf(unit, 5, 7L)));
		asSupervisor(() -> surveys.invite(survey.id()));
		String token = tokensTextedFor(survey.id()).get(0);
		answer(token, 5);

		assertRefused(() -> answer(token, 1), "survey.error.link.used");
		assertRefused(() -> surveys.questionnaire(token, "198.51.100.7"), "survey.error.link.used");
		assertThat(jdbc.sql("select count(*) from evaluation.survey_answer where survey_id = :id")
			.param("id", survey.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSameSeedDrawsTheSameDepartmentsPeopleAndOnlySupervisorsRunSurveys() {
		SurveyUnit unit = new SurveyUnit(organization, register);
		for (int n = 0; n < 5; n++) {
			unit.inquiry(unit.registration, unit.mobile(n));
		}
		SurveySummary first = asSupervisor(() -> surveys.define(yearOf(unit, 2, 99L)));
		SurveySummary second = asSupervisor(() -> surveys.define(yearOf(unit, 2, 99L)));
		asSupervisor(() -> surveys.invite(first.id()));
		asSupervisor(() -> surveys.invite(second.id()));

		assertThat(phonesTextedFor(second.id())).isEqualTo(phonesTextedFor(first.id())).hasSize(2);
		assertRefused(() -> asSupervisor(() -> surveys.invite(first.id())), "survey.error.state");
		assertThatThrownBy(() -> runAs("survey-leader", () -> surveys.report(first.id()), "ROLE_LEADER"))
			.isInstanceOf(AccessDeniedException.class);
	}

	private NewSurvey yearOf(SurveyUnit unit, int perStratum, long seed) {
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		return new NewSurvey(today.getYear(), unit.unit.id(), today.withDayOfYear(1), today, perStratum, seed,
				today.plusDays(14));
	}

	private void answer(String token, int overall) {
		Map<SurveyQuestion, Integer> scores = new EnumMap<>(SurveyQuestion.class);
		for (SurveyQuestion question : SurveyQuestion.values()) {
			scores.put(question, 4);
		}
		scores.put(SurveyQuestion.OVERALL, overall);
		surveys.answer(token, scores, "198.51.100.7");
	}

	private List<String> tokensTextedFor(SurveyId id) {
		return SurveyLinks.tokens(jdbc, cryptography, id);
	}

	private List<String> phonesTextedFor(SurveyId id) {
		return SurveyLinks.phones(jdbc, cryptography, id);
	}

	private List<String> resultsOf(SurveyId id) {
		return jdbc.sql("""
				select department_id || ' ' || score || ' ' || sample_size || ' ' || responses || ' ' || margin_of_error
				from evaluation.survey_result where survey_id = :id order by department_id""")
			.param("id", id.value())
			.query(String.class)
			.list();
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo(messageKey);
	}
}
