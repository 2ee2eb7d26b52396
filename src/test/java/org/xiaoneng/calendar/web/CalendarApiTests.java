package org.xiaoneng.calendar.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The public calendar API answers without signing in, and refuses bad input with a 400 problem that says why.
 */
@IntegrationTest
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aDayOfNationalDayIsAPublicHolidayWithItsName() throws Exception {
		mvc.perform(get("/api/v1/calendar/days/2025-10-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2025-10-01"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.kind").value("PUBLIC_HOLIDAY"))
			.andExpect(jsonPath("$.name").value("国庆节、中秋节"))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/v1/calendar/days/2025-09-28"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.kind").value("MAKE_UP_WORKING_DAY"));
	}

	@Test
	void tenWorkingDaysFromTheFridayBeforeNationalDay2025EndOnOctober16WithTheirExplanation() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2025-09-26").param("workingDays", "10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadline").value("2025-10-16"))
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.explanation", hasSize(20)))
			.andExpect(jsonPath("$.explanation[0].date").value("2025-09-27"))
			.andExpect(jsonPath("$.explanation[0].kind").value("WEEKEND"))
			.andExpect(jsonPath("$.explanation[0].counted").value(false))
			.andExpect(jsonPath("$.explanation[1].kind").value("MAKE_UP_WORKING_DAY"))
			.andExpect(jsonPath("$.explanation[1].ordinal").value(1))
			.andExpect(jsonPath("$.explanation[19].ordinal").value(10));
	}

	@Test
	void aDeadlineInTheUnpublishedYearIsProvisional() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-25").param("workingDays", "10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadline").value("2027-01-08"))
			.andExpect(jsonPath("$.provisional").value(true));
	}

	@Test
	void workingDaysBetweenTwoDatesExcludeTheStart() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-02-10").param("to", "2026-03-16"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(20))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@Test
	void anUnknownUnitGetsTheNationalCalendar() throws Exception {
		mvc.perform(get("/api/v1/calendar/days/2025-10-01").param("unit", "91110000000000000X"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("PUBLIC_HOLIDAY"));
	}

	@Test
	void aMalformedDateIsABadRequest() throws Exception {
		mvc.perform(get("/api/v1/calendar/days/2025-13-40").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").isString());
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "yesterday").param("workingDays", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void aNegativeOrTooLargeCountIsABadRequestInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2025-09-26").param("workingDays", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("0 至 3650")));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2025-09-26").param("workingDays", "3651")
				.locale(Locale.ENGLISH).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("from 0 to 3650")));
	}

	@Test
	void aRangeEndingBeforeItStartsIsABadRequest() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-03-16").param("to", "2026-02-10"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("2026-03-16")));
	}

	@Test
	void aDateOutsideTheCoveredRangeOrABadUnitCodeIsABadRequest() throws Exception {
		mvc.perform(get("/api/v1/calendar/days/1999-01-01")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/calendar/days/2025-10-01").param("unit", "no spaces; please"))
			.andExpect(status().isBadRequest());
	}
}
