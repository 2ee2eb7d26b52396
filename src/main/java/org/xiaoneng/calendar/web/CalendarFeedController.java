package org.xiaoneng.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The public iCalendar feed of holidays and make-up working days, for subscription in a desktop or phone calendar.
 */
@RestController
@Hidden
class CalendarFeedController {

	private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final ICalendarFeed feed;

	CalendarFeedController(ICalendarFeed feed) {
		this.feed = feed;
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<byte[]> feed(@RequestParam(required = false) String unit, Locale locale) {
		// the calendar checks the code as for every other question; a bad one is refused with a 400
		String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("calendar.ics").build().toString())
			.body(feed.write(unitCode, locale).getBytes(StandardCharsets.UTF_8));
	}
}
