package org.xiaoneng.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the per-year holiday files in the format the product ships (that of the holiday-cn project:
 * {@code {"year": 2026, "papers": [...], "days": [{"name", "date", "isOffDay"}]}}), and loads the shipped years.
 * Usable without Spring, so benchmarks and tests can build a calendar from the shipped data.
 */
public final class HolidayFiles {

	/** The years shipped in {@code calendar/holidays/}, the first and the last (an empty placeholder). */
	public static final int FIRST_SHIPPED_YEAR = 2007;

	public static final int LAST_SHIPPED_YEAR = 2027;

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FileDay(String name, String date, @JsonProperty("isOffDay") Boolean isOffDay) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FileFormat(Integer year, List<String> papers, List<FileDay> days) {
	}

	private HolidayFiles() {
	}

	/** Every shipped year, 2007 to the placeholder of the next year, in order. */
	public static List<YearCalendar> shipped() {
		List<YearCalendar> years = new ArrayList<>();
		for (int year = FIRST_SHIPPED_YEAR; year <= LAST_SHIPPED_YEAR; year++) {
			String resource = "calendar/holidays/" + year + ".json";
			try (InputStream in = HolidayFiles.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("The shipped calendar lacks " + resource);
				}
				years.add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return years;
	}

	/**
	 * Reads one year's file and checks it: a year, every day a valid date from the previous December to the end of
	 * the year (a notice may start a holiday in December), listed once, with a holiday name.
	 */
	public static YearCalendar parse(String json) {
		FileFormat file;
		try {
			file = JSON.readValue(json, FileFormat.class);
		}
		catch (JacksonException e) {
			throw new InvalidCalendarFileException("calendar.file.unreadable");
		}
		if (file == null || file.year() == null || file.year() < 1949 || file.year() > 2999) {
			throw new InvalidCalendarFileException("calendar.file.noYear");
		}
		int year = file.year();
		List<HolidayEntry> days = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		for (FileDay day : file.days() == null ? List.<FileDay>of() : file.days()) {
			if (day == null || day.date() == null) {
				throw new InvalidCalendarFileException("calendar.file.badDate", "");
			}
			LocalDate date;
			try {
				date = LocalDate.parse(day.date().strip());
			}
			catch (DateTimeParseException e) {
				throw new InvalidCalendarFileException("calendar.file.badDate", day.date());
			}
			days.add(entry(year, date, day.name(), day.isOffDay(), seen));
		}
		List<String> papers = file.papers() == null ? List.of()
				: file.papers().stream().filter(paper -> paper != null && !paper.isBlank()).toList();
		return new YearCalendar(year, papers, days);
	}

	/** Checks one entry of a year's notice; shared by the file import and the form. */
	static HolidayEntry entry(int year, LocalDate date, String name, Boolean offDay, Set<LocalDate> seen) {
		if (date.isBefore(LocalDate.of(year - 1, 12, 1)) || date.isAfter(LocalDate.of(year, 12, 31))) {
			throw new InvalidCalendarFileException("calendar.file.outsideYear", date.toString(), String.valueOf(year));
		}
		if (name == null || name.isBlank() || name.strip().length() > 60) {
			throw new InvalidCalendarFileException("calendar.file.noName", date.toString());
		}
		if (offDay == null) {
			throw new InvalidCalendarFileException("calendar.file.noOffDay", date.toString());
		}
		if (!seen.add(date)) {
			throw new InvalidCalendarFileException("calendar.file.duplicate", date.toString());
		}
		return new HolidayEntry(date, name.strip(), offDay);
	}

	/**
	 * A range of days of one holiday, as an administrator types it from the notice (e.g. 国庆节 10-01 to 10-08).
	 *
	 * @param first its first day
	 * @param last its last day, the same as the first for a single day
	 * @param name the holiday's name
	 */
	public record DayRange(LocalDate first, LocalDate last, String name) {
	}

	/** The longest range accepted: the longest holiday so far (Spring Festival 2020, extended) lasted 10 days. */
	private static final int MAX_RANGE_DAYS = 31;

	/** A year's notice from the rest-day ranges and make-up working days an administrator typed in. */
	public static YearCalendar fromRanges(int year, List<DayRange> restDays, List<DayRange> makeUpDays) {
		Set<LocalDate> seen = new HashSet<>();
		List<HolidayEntry> days = new ArrayList<>();
		addRanges(year, restDays, true, seen, days);
		addRanges(year, makeUpDays, false, seen, days);
		return new YearCalendar(year, List.of(), days);
	}

	private static void addRanges(int year, List<DayRange> ranges, boolean offDay, Set<LocalDate> seen,
			List<HolidayEntry> days) {
		for (DayRange range : ranges) {
			if (range.last().isBefore(range.first())) {
				throw new InvalidCalendarFileException("calendar.file.reversedRange", range.first().toString(),
						range.last().toString());
			}
			if (range.first().plusDays(MAX_RANGE_DAYS).isBefore(range.last())) {
				throw new InvalidCalendarFileException("calendar.file.longRange", range.first().toString(),
						range.last().toString(), String.valueOf(MAX_RANGE_DAYS));
			}
			for (LocalDate date = range.first(); !date.isAfter(range.last()); date = date.plusDays(1)) {
				days.add(entry(year, date, range.name(), offDay, seen));
			}
		}
	}

	/** The year in the shipped format, as stored and as offered for download. */
	public static String write(YearCalendar calendar) {
		List<FileDay> days = calendar.days()
			.stream()
			.map(day -> new FileDay(day.name(), day.date().toString(), day.offDay()))
			.toList();
		return JSON.writeValueAsString(new FileFormat(calendar.year(), calendar.papers(), days));
	}
}
