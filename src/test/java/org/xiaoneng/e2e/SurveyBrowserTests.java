package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.xiaoneng.evaluation.survey.SurveyUnit.asSupervisor;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.evaluation.survey.NewSurvey;
import org.xiaoneng.evaluation.survey.SamplingSurvey;
import org.xiaoneng.evaluation.survey.SurveyLinks;
import org.xiaoneng.evaluation.survey.SurveySummary;
import org.xiaoneng.evaluation.survey.SurveyUnit;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * Someone who asked 登记注册科 a question gets the survey's text message and opens its link on a phone, no login:
 * they answer the four questions with a thumb and are thanked; the same link opened again says it was used.
 */
@IntegrationTest
class SurveyBrowserTests {

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

	@LocalServerPort
	int port;

	BrowserContext phone;

	Page page;

	@BeforeEach
	void openPhone() {
		phone = Chromium.phone();
		page = phone.newPage();
	}

	@AfterEach
	void closePhone() {
		phone.close();
	}

	@Test
	void anInvitedPersonAnswersOnTheirPhoneOnceAndTheUsedLinkSaysSo() {
		SurveyUnit unit = new SurveyUnit(organization, register);
		unit.inquiry(unit.registration, unit.mobile(7));
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		SurveySummary survey = asSupervisor(() -> surveys.define(new NewSurvey(today.getYear(), unit.unit.id(),
				today.withDayOfYear(1), today, 10, 3L, today.plusDays(14))));
		asSupervisor(() -> surveys.invite(survey.id()));
		String link = "http://localhost:" + port + "/portal/survey/"
				+ SurveyLinks.tokens(jdbc, cryptography, survey.id()).get(0);

		page.navigate(link);
		assertThat(page.locator("#survey-context")).containsText("登记注册科");
		// one column on the phone: the questions fit the screen's width
		org.assertj.core.api.Assertions.assertThat(page.locator("#question-OVERALL").boundingBox().width)
			.isLessThanOrEqualTo(390.0);
		page.locator("#question-OVERALL label").nth(4).tap();
		page.locator("#question-ATTITUDE label").nth(3).tap();
		page.locator("#question-EFFICIENCY label").nth(3).tap();
		page.locator("#question-INTEGRITY label").nth(4).tap();
		page.locator("#survey-submit").tap();
		assertThat(page.locator("#survey-thanks")).isVisible();

		page.navigate(link);
		assertThat(page.locator("#survey-error")).hasText("此评价链接已使用过，每个链接只能评价一次。感谢您的参与！");
		assertThat(page.locator("#survey-form")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(jdbc.sql(
				"select overall || '/' || attitude from evaluation.survey_answer where survey_id = :id")
			.param("id", survey.id().value())
			.query(String.class)
			.list()).containsExactly("5/4");
	}
}
