package org.xiaoneng.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.calendar.CalendarDay;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.ExplainedDay;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.calendar.WorkingDayCount;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The working-day calendar for anyone, without signing in: the kind of a day, a deadline in working days, the
 * working days between two dates. Bad input is answered with a 400 problem in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working days (工作日) and deadlines; public, no sign-in")
class CalendarApiController {

	private static final String UNIT = "A unit's code (e.g. its unified social credit code) for its local holidays; "
			+ "the national calendar when omitted or when the unit has none";

	/** A day of the calendar. */
	record DayAnswer(LocalDate date, boolean workingDay, DayKind kind, String name, boolean provisional) {
	}

	/** A deadline with the days that were counted and skipped. */
	record DeadlineAnswer(LocalDate from, int workingDays, LocalDate deadline, boolean provisional,
			List<ExplainedDay> explanation) {
	}

	/** A count of working days. */
	record CountAnswer(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
	}

	private final WorkingDayCalendar calendar;

	CalendarApiController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "Whether a date is a working day, and what kind of day it is (holiday name included)")
	DayAnswer day(@PathVariable @DateTimeFormat(iso = ISO.DATE) @Parameter(description = "YYYY-MM-DD") LocalDate date,
			@RequestParam(required = false) @Parameter(description = UNIT) String unit) {
		CalendarDay day = calendar.day(unit, date);
		return new DayAnswer(day.date(), day.workingDay(), day.kind(), day.name(), day.provisional());
	}

	@GetMapping("/deadline")
	@Operation(summary = "The deadline N working days after a date (the start day never counts), with the explanation; "
			+ "provisional when it reaches a year without a published calendar")
	DeadlineAnswer deadline(
			@RequestParam @DateTimeFormat(iso = ISO.DATE) @Parameter(description = "The start day, YYYY-MM-DD") LocalDate from,
			@RequestParam @Parameter(description = "0 to 3650") int workingDays,
			@RequestParam(required = false) @Parameter(description = UNIT) String unit) {
		Deadline deadline = calendar.deadline(unit, from, workingDays);
		return new DeadlineAnswer(from, workingDays, deadline.date(), deadline.provisional(), deadline.explanation());
	}

	@GetMapping("/working-days")
	@Operation(summary = "The working days after `from` up to and including `to`")
	CountAnswer workingDays(
			@RequestParam @DateTimeFormat(iso = ISO.DATE) @Parameter(description = "YYYY-MM-DD, not counted") LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) @Parameter(description = "YYYY-MM-DD, counted") LocalDate to,
			@RequestParam(required = false) @Parameter(description = UNIT) String unit) {
		WorkingDayCount count = calendar.workingDays(unit, from, to);
		return new CountAnswer(from, to, count.days(), count.provisional());
	}
}
