package org.xiaoneng.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.calendar.CalendarAdministration;
import org.xiaoneng.calendar.CalendarDiff;
import org.xiaoneng.calendar.HolidayFiles;
import org.xiaoneng.calendar.HolidayFiles.DayRange;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.calendar.YearCalendar;
import org.xiaoneng.common.RuleViolationException;

/**
 * The administrator publishes a year's notice: typed in as ranges of days with the holiday's name, or imported as
 * a file of the shipped format; the differences against the version in force are shown before anything changes.
 */
@Controller
@RequestMapping("/calendar/publish")
@PreAuthorize("hasRole('ADMIN')")
class CalendarPublishController {

	private static final String PAGE = "calendar/publish";

	private final CalendarAdministration administration;

	private final WorkingDayCalendar calendar;

	CalendarPublishController(CalendarAdministration administration, WorkingDayCalendar calendar) {
		this.administration = administration;
		this.calendar = calendar;
	}

	/** A line of the form that cannot be read. */
	private static final class UnreadableLine extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient Object[] arguments;

		UnreadableLine(int number, String line) {
			super(null, null, false, false);
			this.arguments = new Object[] { String.valueOf(number), line };
		}
	}

	@GetMapping
	String form(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
			Model model) {
		int shown = year == null ? calendar.today().getYear() + 1 : year;
		model.addAttribute("year", shown);
		model.addAttribute("restDays", "");
		model.addAttribute("makeUpDays", "");
		model.addAttribute("unit", unit);
		if (unit != null && !unit.isBlank()) {
			try {
				model.addAttribute("localHolidays", administration.localHolidays(unit));
			}
			catch (RuleViolationException refused) {
				return refused(model, shown, refused.messageKey(), refused.arguments());
			}
		}
		return page(shown, model);
	}

	/** Adds a local holiday of a unit (e.g. an ethnic-autonomy holiday) on top of the national calendar. */
	@PostMapping("/local-holidays")
	String addLocalHoliday(@RequestParam String unit, @RequestParam String date, @RequestParam String name,
			Model model, RedirectAttributes redirect) {
		try {
			administration.addLocalHoliday(unit, parseDate(date), name);
		}
		catch (RuleViolationException refused) {
			return localRefusal(model, unit, refused.messageKey(), refused.arguments());
		}
		catch (DateTimeParseException e) {
			return localRefusal(model, unit, "calendar.file.badDate", date);
		}
		redirect.addAttribute("unit", unit.strip());
		return "redirect:/calendar/publish";
	}

	@PostMapping("/local-holidays/remove")
	String removeLocalHoliday(@RequestParam String unit, @RequestParam String date, Model model,
			RedirectAttributes redirect) {
		try {
			administration.removeLocalHoliday(unit, parseDate(date));
		}
		catch (RuleViolationException refused) {
			return localRefusal(model, unit, refused.messageKey(), refused.arguments());
		}
		catch (DateTimeParseException e) {
			return localRefusal(model, unit, "calendar.file.badDate", date);
		}
		redirect.addAttribute("unit", unit.strip());
		return "redirect:/calendar/publish";
	}

	private String localRefusal(Model model, String unit, String messageKey, Object... arguments) {
		int year = calendar.today().getYear() + 1;
		model.addAttribute("year", year);
		model.addAttribute("restDays", "");
		model.addAttribute("makeUpDays", "");
		model.addAttribute("unit", unit);
		return refused(model, year, messageKey, arguments);
	}

	private static LocalDate parseDate(String date) {
		return LocalDate.parse(date.strip());
	}

	@PostMapping("/preview")
	String preview(@RequestParam(required = false) String year, @RequestParam(defaultValue = "") String restDays,
			@RequestParam(defaultValue = "") String makeUpDays, @RequestParam(required = false) MultipartFile file,
			Model model) {
		model.addAttribute("restDays", restDays);
		model.addAttribute("makeUpDays", makeUpDays);
		int shown;
		try {
			shown = Integer.parseInt(year == null ? "" : year.strip());
		}
		catch (NumberFormatException e) {
			model.addAttribute("year", calendar.today().getYear() + 1);
			return refused(model, calendar.today().getYear() + 1, "calendar.publish.badYear");
		}
		model.addAttribute("year", shown);
		YearCalendar proposed;
		try {
			if (file != null && !file.isEmpty()) {
				proposed = HolidayFiles.parse(new String(file.getBytes(), StandardCharsets.UTF_8));
				model.addAttribute("year", proposed.year());
				shown = proposed.year();
			}
			else {
				proposed = HolidayFiles.fromRanges(shown, ranges(restDays), ranges(makeUpDays));
			}
		}
		catch (IOException e) {
			return refused(model, shown, "calendar.file.unreadable");
		}
		catch (UnreadableLine unreadable) {
			return refused(model, shown, "calendar.publish.badLine", unreadable.arguments);
		}
		catch (RuleViolationException refused) {
			return refused(model, shown, refused.messageKey(), refused.arguments());
		}
		if (!proposed.published()) {
			return refused(model, shown, "calendar.file.empty", String.valueOf(shown));
		}
		CalendarDiff diff = administration.preview(proposed);
		model.addAttribute("diff", diff);
		model.addAttribute("notice", HolidayFiles.write(proposed));
		return page(shown, model);
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String notice, @RequestParam int expectedVersion, Model model,
			RedirectAttributes redirect) {
		YearCalendar proposed;
		try {
			proposed = HolidayFiles.parse(notice);
			var published = administration.publish(proposed, expectedVersion);
			redirect.addFlashAttribute("publishedVersion", published.version());
			return "redirect:/calendar/publish?year=" + published.year();
		}
		catch (RuleViolationException refused) {
			int year = calendar.today().getYear() + 1;
			model.addAttribute("year", year);
			model.addAttribute("restDays", "");
			model.addAttribute("makeUpDays", "");
			return refused(model, year, refused.messageKey(), refused.arguments());
		}
	}

	private String refused(Model model, int year, String messageKey, Object... arguments) {
		model.addAttribute("error", messageKey);
		model.addAttribute("errorArguments", arguments);
		return page(year, model);
	}

	private String page(int year, Model model) {
		model.addAttribute("current", administration.current(year).orElse(null));
		model.addAttribute("history", administration.history(year));
		return PAGE;
	}

	/** Lines of {@code first [last] name}, e.g. {@code 2027-10-01 2027-10-07 国庆节} or {@code 2027-09-26 国庆节}. */
	private static List<DayRange> ranges(String text) throws UnreadableLine {
		List<DayRange> ranges = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+", 3);
			try {
				LocalDate first = LocalDate.parse(parts[0]);
				if (parts.length == 3 && parts[1].matches("\\d{4}-\\d{2}-\\d{2}")) {
					ranges.add(new DayRange(first, LocalDate.parse(parts[1]), parts[2]));
				}
				else if (parts.length >= 2) {
					ranges.add(new DayRange(first, first, line.substring(parts[0].length()).strip()));
				}
				else {
					throw new UnreadableLine(number, line);
				}
			}
			catch (DateTimeParseException e) {
				throw new UnreadableLine(number, line);
			}
		}
		return ranges;
	}
}
