package org.xiaoneng.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The precomputed calendars in force on this node: the national one and one per unit with local holidays. Built at
 * start-up from the database (after adding any shipped year it lacks) and swapped as a whole, atomically, when the
 * stored revision is newer than the loaded one; readers never see half a calendar and never wait.
 */
@Component
class CalendarTables implements InitializingBean {

	private static final Logger LOG = LoggerFactory.getLogger(CalendarTables.class);

	/** The calendars of one revision. */
	record Loaded(long revision, WorkingDayTable national, Map<String, WorkingDayTable> units) {
	}

	private final YearVersions versions;

	private final LocalHolidays localHolidays;

	private final Clock clock;

	private final AtomicReference<Loaded> loaded = new AtomicReference<>();

	CalendarTables(YearVersions versions, LocalHolidays localHolidays, Clock clock) {
		this.versions = versions;
		this.localHolidays = localHolidays;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		seedShippedYears();
		rebuild();
	}

	/** The calendar of a unit: national plus its local holidays, or national when it has none. */
	WorkingDayTable table(String unitCode) {
		Loaded current = loaded.get();
		return unitCode == null ? current.national() : current.units().getOrDefault(unitCode, current.national());
	}

	long loadedRevision() {
		return loaded.get().revision();
	}

	/** Rebuilds when the database holds a newer revision than this node has loaded. */
	synchronized boolean refreshIfStale() {
		if (versions.revision() > loaded.get().revision()) {
			rebuild();
			return true;
		}
		return false;
	}

	synchronized void rebuild() {
		// the revision is read first: a change committed meanwhile raises it again and triggers another rebuild
		long revision = versions.revision();
		List<YearCalendar> years = versions.current().stream().map(stored -> HolidayFiles.parse(stored.notice())).toList();
		WorkingDayTable national = WorkingDayTable.of(years, Map.of());
		Map<String, Map<LocalDate, String>> byUnit = localHolidays.all()
			.stream()
			.collect(Collectors.groupingBy(LocalHoliday::unitCode,
					Collectors.toMap(LocalHoliday::date, LocalHoliday::name)));
		Map<String, WorkingDayTable> units = new HashMap<>();
		byUnit.forEach((unit, holidays) -> units.put(unit, WorkingDayTable.of(years, holidays)));
		loaded.set(new Loaded(revision, national, Map.copyOf(units)));
		LOG.info("Calendar revision {} loaded: {} years, {} units with local holidays", revision, years.size(),
				units.size());
	}

	/**
	 * Stores each shipped year that the database lacks as its version 1. Idempotent, and safe when several nodes
	 * start at once: the insert does nothing on a conflict.
	 */
	private void seedShippedYears() {
		boolean added = false;
		for (YearCalendar year : HolidayFiles.shipped()) {
			if (year.published()) {
				added |= versions.insert(year.year(), 1, HolidayFiles.write(year), year.days().size(), clock.instant(),
						"system");
			}
		}
		if (added) {
			versions.raiseRevision();
		}
	}
}
