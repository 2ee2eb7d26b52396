package org.xiaoneng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calendar in force agrees with the shipped State Council data for every day of every shipped year. The
 * expected answer is worked out here from the raw files, independently of the module's own reading, by the rule of
 * the data's README: a day listed as not off is a working day; a weekday not listed as off is one; the rest are not.
 */
@IntegrationTest
class ShippedCalendarTests {

	private static final LocalDate FIRST = LocalDate.of(2007, 1, 1);

	private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Test
	void everyShippedDayHasTheKindOfTheData() throws IOException {
		Map<LocalDate, JsonNode> listed = rawData();
		int days = 0;
		for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
			CalendarDay day = calendar.day(null, date);
			assertThat(day.workingDay()).as("working day %s", date).isEqualTo(expectedWorking(listed, date));
			assertThat(day.kind()).as("kind of %s", date).isEqualTo(expectedKind(listed, date));
			assertThat(day.provisional()).isFalse();
			days++;
		}
		assertThat(days).isEqualTo(7305);
	}

	@Test
	void theApiAgreesWithTheDataForASampleOfShippedDays() throws Exception {
		Map<LocalDate, JsonNode> listed = rawData();
		// every listed day (all holidays and make-up days) plus every 31st day, a spread of ordinary days
		for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
			if (listed.containsKey(date) || date.toEpochDay() % 31 == 0) {
				mvc.perform(get("/api/v1/calendar/days/" + date))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.workingDay").value(expectedWorking(listed, date)))
					.andExpect(jsonPath("$.kind").value(expectedKind(listed, date).name()));
			}
		}
	}

	@Test
	void theFirstYearWithoutANoticeIsProvisional() {
		assertThat(calendar.published(2026)).isTrue();
		assertThat(calendar.published(2027)).isFalse();
		assertThat(calendar.day(null, LocalDate.of(2027, 6, 1)).provisional()).isTrue();
	}

	private static boolean expectedWorking(Map<LocalDate, JsonNode> listed, LocalDate date) {
		JsonNode entry = listed.get(date);
		if (entry != null) {
			return !entry.get("isOffDay").asBoolean();
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static DayKind expectedKind(Map<LocalDate, JsonNode> listed, LocalDate date) {
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		JsonNode entry = listed.get(date);
		if (entry == null) {
			return weekend ? DayKind.WEEKEND : DayKind.WORKING_DAY;
		}
		if (entry.get("isOffDay").asBoolean()) {
			return DayKind.PUBLIC_HOLIDAY;
		}
		return weekend ? DayKind.MAKE_UP_WORKING_DAY : DayKind.WORKING_DAY;
	}

	/** All files' days in one map keyed by date, as the data's README asks (a notice reaches into December). */
	private static Map<LocalDate, JsonNode> rawData() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Map<LocalDate, JsonNode> days = new HashMap<>();
		for (int year = 2007; year <= 2027; year++) {
			try (InputStream in = ShippedCalendarTests.class.getResourceAsStream("/calendar/holidays/" + year + ".json")) {
				for (JsonNode day : json.readTree(in).get("days")) {
					days.put(LocalDate.parse(day.get("date").asString()), day);
				}
			}
		}
		return days;
	}
}
