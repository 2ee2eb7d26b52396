package org.xiaoneng.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The iCalendar feed is valid RFC 5545 as subscribing clients read it: CRLF lines of at most 75 octets, which a
 * small parser here unfolds into events carrying the holidays and make-up days of the shipped notices.
 */
@IntegrationTest
class ICalendarFeedTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theFeedIsPublicFoldedAtSeventyFiveOctetsWithCrlfLineEnds() throws Exception {
		byte[] body = feed();

		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		List<String> lines = unfold(text);
		assertThat(lines).contains("VERSION:2.0", "PRODID:-//Xiaoneng//Working-day calendar//ZH");
		assertThat(lines).anyMatch(line -> line.startsWith("X-WR-CALNAME:"));
	}

	@Test
	void nationalDay2025AndItsMakeUpDaysAreEvents() throws Exception {
		List<Map<String, String>> events = events(unfold(new String(feed(), StandardCharsets.UTF_8)));

		assertThat(events).anySatisfy(event -> {
			assertThat(event.get("DTSTART;VALUE=DATE")).isEqualTo("20251001");
			assertThat(event.get("DTEND;VALUE=DATE")).isEqualTo("20251009");
			assertThat(event.get("SUMMARY")).isEqualTo("国庆节、中秋节");
		});
		assertThat(events).filteredOn(event -> event.get("SUMMARY").startsWith("调休上班"))
			.extracting(event -> event.get("DTSTART;VALUE=DATE"))
			.contains("20250928", "20251011", "20260214", "20260228");
		Set<String> uids = new HashSet<>();
		assertThat(events).allSatisfy(event -> {
			assertThat(uids.add(event.get("UID"))).as("unique UID %s", event.get("UID")).isTrue();
			assertThat(event.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
		});
		assertThat(events).noneMatch(event -> event.get("DTSTART;VALUE=DATE").startsWith("2027"));
	}

	@Test
	void theUidsStayTheSameFromOneDownloadToTheNext() throws Exception {
		List<String> first = events(unfold(new String(feed(), StandardCharsets.UTF_8))).stream()
			.map(event -> event.get("UID"))
			.toList();
		List<String> second = events(unfold(new String(feed(), StandardCharsets.UTF_8))).stream()
			.map(event -> event.get("UID"))
			.toList();

		assertThat(first).isNotEmpty().isEqualTo(second);
	}

	@Test
	void aLongLineIsFoldedBetweenCharactersNeverInsideOne() {
		StringBuilder feed = new StringBuilder();
		String summary = "SUMMARY:" + "抗日战争暨世界反法西斯战争胜利70周年纪念日".repeat(4);

		ICalendarFeed.line(feed, summary);

		String[] physical = feed.toString().split("\r\n");
		assertThat(physical.length).isGreaterThan(1);
		for (int i = 0; i < physical.length; i++) {
			assertThat(physical[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(physical[i].startsWith(" ")).isEqualTo(i > 0);
		}
		assertThat(unfold(feed.toString())).containsExactly(summary);
		assertThat(ICalendarFeed.text("a,b;c\\d")).isEqualTo("a\\,b\\;c\\\\d");
	}

	private byte[] feed() throws Exception {
		MvcResult result = mvc.perform(get("/calendar.ics")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		return result.getResponse().getContentAsByteArray();
	}

	/** RFC 5545 3.1: a CRLF followed by a space or tab continues the previous line. */
	private static List<String> unfold(String text) {
		List<String> lines = new ArrayList<>();
		for (String physical : text.split("\r\n")) {
			if (!lines.isEmpty() && (physical.startsWith(" ") || physical.startsWith("\t"))) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
			}
			else if (!physical.isEmpty()) {
				lines.add(physical);
			}
		}
		return lines;
	}

	/** The properties of each VEVENT, by name (with parameters), values unescaped. */
	private static List<Map<String, String>> events(List<String> lines) {
		List<Map<String, String>> events = new ArrayList<>();
		Map<String, String> event = null;
		for (String line : lines) {
			if (line.equals("BEGIN:VEVENT")) {
				event = new LinkedHashMap<>();
			}
			else if (line.equals("END:VEVENT")) {
				events.add(event);
				event = null;
			}
			else if (event != null) {
				int colon = line.indexOf(':');
				event.put(line.substring(0, colon), line.substring(colon + 1).replace("\\,", ",").replace("\\;", ";")
					.replace("\\n", "\n").replace("\\\\", "\\"));
			}
		}
		return events;
	}
}
