package org.xiaoneng.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The calendar pages: the year view and the calculator for any signed-in staff member, the publication page for
 * administrators only, with the differences shown before anything is published.
 */
@IntegrationTest
class CalendarPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	@WithMockUser(username = "clerk", roles = "WINDOW_CLERK")
	void theYearViewMarksHolidaysWithTheirNamesAndMakeUpDays() throws Exception {
		String page = mvc.perform(get("/calendar").param("year", "2025"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");

		assertThat(page)
			.contains("2025 年工作日历",
					"id=\"day-2025-10-01\" class=\"day-public_holiday\" title=\"国庆节、中秋节\"",
					"id=\"day-2025-09-28\" class=\"day-make_up_working_day\"", "id=\"calendar-previous\"")
			.doesNotContain("calendar-provisional");
	}

	@Test
	@WithMockUser(username = "clerk", roles = "WINDOW_CLERK")
	void anUnpublishedYearSaysItsDaysAreProvisional() throws Exception {
		mvc.perform(get("/calendar").param("year", "2027"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"calendar-provisional\"")));
	}

	@Test
	void theYearViewNeedsASignedInUser() throws Exception {
		mvc.perform(get("/calendar")).andExpect(status().is3xxRedirection());
	}

	@Test
	@WithMockUser(username = "handler", roles = "HANDLER")
	void theCalculatorShowsTheDeadlineAndHowItWasComputed() throws Exception {
		mvc.perform(get("/calendar/deadline").param("from", "2025-09-26").param("days", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<strong id=\"deadline-date\">2025-10-16</strong>"),
					containsString("第 10 日"), containsString("法定节假日（国庆节、中秋节）"),
					containsString("调休上班（国庆节、中秋节）"))));
	}

	@Test
	@WithMockUser(username = "handler", roles = "HANDLER")
	void theCalculatorExplainsBadInputInsteadOfFailing() throws Exception {
		mvc.perform(get("/calendar/deadline").param("from", "2025-02-30").param("days", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写有效的起算日期")));
		mvc.perform(get("/calendar/deadline").param("from", "2025-09-26").param("days", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("天数 -3 无效")));
	}

	@Test
	@WithMockUser(username = "handler", roles = "HANDLER")
	void onlyAnAdministratorOpensThePublicationPage() throws Exception {
		mvc.perform(get("/calendar/publish")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anAdministratorTypesAYearSeesTheDifferencesAndPublishes() throws Exception {
		String page = mvc.perform(post("/calendar/publish/preview").with(csrf())
				.param("year", "2059")
				.param("restDays", "2059-10-01 2059-10-03 国庆节\n2059-01-01 元旦")
				.param("makeUpDays", "2059-09-27 国庆节"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"publish-diff\""), containsString("国庆节 放假"),
					containsString("国庆节 调休上班"), containsString("name=\"expectedVersion\" value=\"0\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThatTheYearIsStillUnpublished();

		String notice = HtmlUtils.htmlUnescape(page.replaceAll("(?s).*name=\"notice\" value=\"([^\"]*)\".*", "$1"));
		mvc.perform(post("/calendar/publish/confirm").with(csrf()).param("notice", notice).param("expectedVersion", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/calendar/publish?year=2059"))
			.andExpect(flash().attribute("publishedVersion", 1));

		assertThat(calendar.day(null, LocalDate.of(2059, 10, 2)).kind())
			.isEqualTo(DayKind.PUBLIC_HOLIDAY);
		mvc.perform(get("/calendar/publish").param("year", "2059"))
			.andExpect(content().string(containsString("2059 年现行为第 1 版，共 5 天")));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anImportedFileIsCheckedAndItsDifferencesShown() throws Exception {
		String json = """
				{"year": 2052, "papers": [], "days": [
				  {"name": "春节", "date": "2052-02-01", "isOffDay": true},
				  {"name": "春节", "date": "2052-02-03", "isOffDay": false}]}""";
		mvc.perform(multipart("/calendar/publish/preview")
				.file(new MockMultipartFile("file", "2052.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
				.param("year", "2052")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2052-02-01"), containsString("春节 调休上班"))));

		mvc.perform(multipart("/calendar/publish/preview")
				.file(new MockMultipartFile("file", "2052.json", "application/json",
						"{\"year\": 2052, \"days\": [{\"name\": \"春节\", \"date\": \"2051-06-01\", \"isOffDay\": true}]}"
							.getBytes(StandardCharsets.UTF_8)))
				.param("year", "2052")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"publish-error\""),
					containsString("2051-06-01 不属于 2052 年的安排"), not(containsString("publish-diff")))));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anUnreadableLineIsNamedAndNothingIsShownForPublication() throws Exception {
		mvc.perform(post("/calendar/publish/preview").with(csrf())
				.param("year", "2051")
				.param("restDays", "2051-10-01 国庆节\nten days in October"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("第 2 行无法识别"), not(containsString("publish-confirm")))));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anAdministratorAddsAndRemovesALocalHolidayOfAUnit() throws Exception {
		String unit = "452000-PAGE-1";
		mvc.perform(post("/calendar/publish/local-holidays").with(csrf())
				.param("unit", unit).param("date", "2026-04-20").param("name", "壮族三月三"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/calendar/publish?unit=" + unit));

		mvc.perform(get("/calendar/publish").param("unit", unit))
			.andExpect(content().string(allOf(containsString("id=\"local-holiday-list\""), containsString("壮族三月三"))));
		assertThat(calendar.day(unit, LocalDate.of(2026, 4, 20)).kind()).isEqualTo(DayKind.LOCAL_HOLIDAY);

		mvc.perform(post("/calendar/publish/local-holidays/remove").with(csrf()).param("unit", unit).param("date", "2026-04-20"))
			.andExpect(status().is3xxRedirection());
		assertThat(calendar.day(unit, LocalDate.of(2026, 4, 20)).kind()).isEqualTo(DayKind.WORKING_DAY);

		mvc.perform(post("/calendar/publish/local-holidays").with(csrf())
				.param("unit", "bad unit!").param("date", "2026-04-20").param("name", "三月三"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("单位代码无效")));
	}

	private void assertThatTheYearIsStillUnpublished() {
		assertThat(calendar.published(2059)).isFalse();
	}
}
