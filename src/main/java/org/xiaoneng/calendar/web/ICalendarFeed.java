package org.xiaoneng.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.CalendarDay;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.WorkingDayCalendar;

/**
 * Writes the holidays and make-up working days of every published year as an iCalendar (RFC 5545) feed that
 * Outlook, Apple Calendar and Thunderbird subscribe to: CRLF line ends, lines folded at 75 octets, all-day events
 * ({@code VALUE=DATE}, the end date exclusive), a UID per event that stays the same from one download to the next,
 * so clients update events instead of duplicating them.
 */
@Component
class ICalendarFeed {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final int MAX_OCTETS = 75;

	private final WorkingDayCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	ICalendarFeed(WorkingDayCalendar calendar, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	/** One event: a run of consecutive rest days of one holiday, or one make-up working day. */
	private record Event(LocalDate first, LocalDate last, DayKind kind, String name) {
	}

	String write(String unitCode, Locale locale) {
		StringBuilder feed = new StringBuilder();
		String stamp = STAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
		String unitSuffix = unitCode == null ? "" : "-" + unitCode;
		line(feed, "BEGIN:VCALENDAR");
		line(feed, "VERSION:2.0");
		line(feed, "PRODID:-//Xiaoneng//Working-day calendar//ZH");
		line(feed, "CALSCALE:GREGORIAN");
		line(feed, "METHOD:PUBLISH");
		line(feed, "X-WR-CALNAME:" + text(messages.getMessage(
				unitCode == null ? "calendar.ics.name" : "calendar.ics.unitName", new Object[] { unitCode }, locale)));
		line(feed, "X-WR-CALDESC:" + text(messages.getMessage("calendar.ics.description", null, locale)));
		for (Event event : events(unitCode)) {
			boolean workday = event.kind() == DayKind.MAKE_UP_WORKING_DAY;
			String summary = workday ? messages.getMessage("calendar.ics.makeUpDay", new Object[] { event.name() }, locale)
					: event.name();
			line(feed, "BEGIN:VEVENT");
			line(feed, "UID:" + DATE.format(event.first()) + (workday ? "-workday" : "-holiday") + unitSuffix
					+ "@calendar.xiaoneng");
			line(feed, "DTSTAMP:" + stamp);
			line(feed, "DTSTART;VALUE=DATE:" + DATE.format(event.first()));
			line(feed, "DTEND;VALUE=DATE:" + DATE.format(event.last().plusDays(1)));
			line(feed, "SUMMARY:" + text(summary));
			line(feed, "CATEGORIES:" + (workday ? "MAKE-UP WORKING DAY" : "HOLIDAY"));
			// a holiday leaves the day free in the subscriber's calendar; a make-up working day does not
			line(feed, "TRANSP:" + (workday ? "OPAQUE" : "TRANSPARENT"));
			line(feed, "END:VEVENT");
		}
		line(feed, "END:VCALENDAR");
		return feed.toString();
	}

	private List<Event> events(String unitCode) {
		List<Event> events = new ArrayList<>();
		Event open = null;
		for (int year = calendar.firstSupportedDay().getYear(); year <= calendar.lastSupportedDay().getYear(); year++) {
			if (!calendar.published(year)) {
				continue;
			}
			for (CalendarDay day : calendar.year(unitCode, year)) {
				DayKind kind = day.kind();
				boolean rest = kind == DayKind.PUBLIC_HOLIDAY || kind == DayKind.LOCAL_HOLIDAY;
				if (open != null && rest && open.kind() == kind && open.name().equals(day.name())
						&& open.last().plusDays(1).equals(day.date())) {
					open = new Event(open.first(), day.date(), kind, open.name());
					continue;
				}
				if (open != null) {
					events.add(open);
					open = null;
				}
				if (rest || kind == DayKind.MAKE_UP_WORKING_DAY) {
					open = new Event(day.date(), day.date(), kind, day.name());
				}
			}
		}
		if (open != null) {
			events.add(open);
		}
		return events;
	}

	/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/**
	 * RFC 5545 3.1: a content line longer than 75 octets is folded with CRLF and a space; never inside a UTF-8
	 * sequence, so a client that unfolds before decoding still sees whole characters.
	 */
	static void line(StringBuilder feed, String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				feed.append("\r\n ");
				octets = 0;
				// the leading space of a continuation line counts towards its 75 octets
				limit = MAX_OCTETS - 1;
			}
			feed.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		feed.append("\r\n");
	}
}
