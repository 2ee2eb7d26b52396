package org.xiaoneng.calendar;

import java.util.Comparator;
import java.util.List;

/**
 * The holidays and make-up working days of one year's notice (国务院办公厅关于××年部分节假日安排的通知). A notice
 * may list days of the previous December. A year without any entry has not been published.
 *
 * @param year the year in the notice's title
 * @param papers the addresses of the notices it was taken from, if known
 * @param days its entries, by date
 */
public record YearCalendar(int year, List<String> papers, List<HolidayEntry> days) {

	public YearCalendar {
		papers = List.copyOf(papers);
		days = days.stream().sorted(Comparator.comparing(HolidayEntry::date)).toList();
	}

	/** Whether the notice has been published: a placeholder file has no days. */
	public boolean published() {
		return !days.isEmpty();
	}
}
