package org.xiaoneng.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.calendar.CalendarDay;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.RuleViolationException;

/**
 * The staff pages of the calendar: the year at a glance (holidays in red with their names, make-up working days
 * marked) and the deadline calculator with its explanation.
 */
@Controller
@RequestMapping("/calendar")
class CalendarPageController {

	/** One month of the year view: weeks from Monday to Sunday, {@code null} for the days of other months. */
	record MonthView(int month, List<List<CalendarDay>> weeks) {
	}

	private final WorkingDayCalendar calendar;

	CalendarPageController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping
	String year(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit, Model model) {
		int first = calendar.firstSupportedDay().getYear();
		int last = calendar.lastSupportedDay().getYear();
		int shown = year == null ? calendar.today().getYear() : Math.max(first, Math.min(last, year));
		String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
		List<CalendarDay> days = calendar.year(unitCode, shown);
		List<MonthView> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add(month(YearMonth.of(shown, month), days));
		}
		model.addAttribute("year", shown);
		model.addAttribute("unit", unitCode);
		model.addAttribute("published", calendar.published(shown));
		model.addAttribute("previousYear", shown > first ? shown - 1 : null);
		model.addAttribute("nextYear", shown < last ? shown + 1 : null);
		model.addAttribute("months", months);
		model.addAttribute("weekdays", List.of(DayOfWeek.values()));
		return "calendar/year";
	}

	@GetMapping("/deadline")
	String deadline(@RequestParam(required = false) String from, @RequestParam(required = false) String days,
			@RequestParam(defaultValue = "working") String count, @RequestParam(required = false) String unit,
			Model model) {
		boolean natural = "natural".equals(count);
		model.addAttribute("from", from == null ? calendar.today().toString() : from);
		model.addAttribute("days", days);
		model.addAttribute("count", natural ? "natural" : "working");
		model.addAttribute("unit", unit);
		if (from == null || days == null) {
			return "calendar/deadline";
		}
		LocalDate start;
		int number;
		try {
			start = LocalDate.parse(from.strip());
		}
		catch (DateTimeParseException e) {
			return refused(model, "calendar.deadline.badDate");
		}
		try {
			number = Integer.parseInt(days.strip());
		}
		catch (NumberFormatException e) {
			return refused(model, "calendar.deadline.badNumber");
		}
		try {
			Deadline deadline = natural ? calendar.naturalDeadline(unit, start, number)
					: calendar.deadline(unit, start, number);
			model.addAttribute("deadline", deadline);
			model.addAttribute("explanation", deadline.explanation());
		}
		catch (RuleViolationException refused) {
			model.addAttribute("errorArguments", refused.arguments());
			return refused(model, refused.messageKey());
		}
		return "calendar/deadline";
	}

	private static String refused(Model model, String messageKey) {
		model.addAttribute("error", messageKey);
		if (!model.containsAttribute("errorArguments")) {
			model.addAttribute("errorArguments", new Object[0]);
		}
		return "calendar/deadline";
	}

	private static MonthView month(YearMonth month, List<CalendarDay> yearDays) {
		List<CalendarDay> cells = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, null));
		int offset = month.atDay(1).getDayOfYear() - 1;
		for (int day = 0; day < month.lengthOfMonth(); day++) {
			cells.add(yearDays.get(offset + day));
		}
		while (cells.size() % 7 != 0) {
			cells.add(null);
		}
		List<List<CalendarDay>> weeks = new ArrayList<>();
		for (int i = 0; i < cells.size(); i += 7) {
			weeks.add(cells.subList(i, i + 7));
		}
		return new MonthView(month.getMonthValue(), weeks);
	}
}
