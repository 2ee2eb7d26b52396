package org.xiaoneng.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The administrator's side of the calendar: publishing a year's notice (each publication a new, audited version)
 * and a unit's local holidays. Every change publishes {@link CalendarChanged} and rebuilds this node's calendars
 * once committed.
 */
@Service
public class CalendarAdministration {

	private final YearVersions versions;

	private final LocalHolidays localHolidays;

	private final CalendarTables tables;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarAdministration(YearVersions versions, LocalHolidays localHolidays, CalendarTables tables, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.localHolidays = localHolidays;
		this.tables = tables;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The version of a year in force, if it has been published. */
	@Transactional(readOnly = true)
	public Optional<YearVersion> current(int year) {
		return versions.current(year).map(CalendarAdministration::version);
	}

	/** Every published version of a year, newest first. */
	@Transactional(readOnly = true)
	public List<YearVersion> history(int year) {
		return versions.history(year).stream().map(CalendarAdministration::version).toList();
	}

	/** The days a publication would change, against the version in force. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public CalendarDiff preview(YearCalendar proposed) {
		Optional<YearVersion> current = current(proposed.year());
		List<HolidayEntry> before = current.map(version -> version.calendar().days()).orElse(List.of());
		return diff(proposed.year(), current.map(YearVersion::version).orElse(0), before, proposed.days());
	}

	/**
	 * Publishes a year as its next version, provided the version in force is still the one whose differences were
	 * shown. A year without any day is refused: it would make the year look unpublished.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public YearVersion publish(YearCalendar proposed, int expectedCurrentVersion) {
		if (!proposed.published()) {
			throw new InvalidCalendarFileException("calendar.file.empty", String.valueOf(proposed.year()));
		}
		if (proposed.year() < WorkingDayTable.FIRST.getYear() || proposed.year() > WorkingDayTable.LAST.getYear()) {
			throw new InvalidCalendarFileException("calendar.file.yearOutsideRange", String.valueOf(proposed.year()),
					String.valueOf(WorkingDayTable.FIRST.getYear()), String.valueOf(WorkingDayTable.LAST.getYear()));
		}
		// the revision row is locked until commit, so concurrent publications are serialized and numbered in turn
		versions.raiseRevision();
		Optional<YearVersion> current = current(proposed.year());
		int currentVersion = current.map(YearVersion::version).orElse(0);
		if (currentVersion != expectedCurrentVersion) {
			throw new CalendarVersionChangedException(proposed.year(), expectedCurrentVersion, currentVersion);
		}
		CalendarDiff diff = diff(proposed.year(), currentVersion, current.map(v -> v.calendar().days()).orElse(List.of()),
				proposed.days());
		int version = currentVersion + 1;
		String actor = actor();
		versions.insert(proposed.year(), version, HolidayFiles.write(proposed), proposed.days().size(), clock.instant(),
				actor);
		audit.record(new AuditEntry("calendar", "calendar.year.published", String.valueOf(proposed.year()),
				current.map(v -> "version " + v.version() + ", " + v.calendar().days().size() + " days").orElse(null),
				"version " + version + ", " + proposed.days().size() + " days, " + diff.changes().size() + " changed"));
		changed(affectedYears(proposed.year(), diff), null);
		return new YearVersion(proposed.year(), version, proposed, clock.instant(), actor);
	}

	/** A unit's local holidays, by date. */
	@Transactional(readOnly = true)
	public List<LocalHoliday> localHolidays(String unitCode) {
		return localHolidays.of(requireUnit(unitCode));
	}

	/** Adds (or renames) a local holiday of a unit. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void addLocalHoliday(String unitCode, LocalDate date, String name) {
		String unit = requireUnit(unitCode);
		if (name == null || name.isBlank() || name.strip().length() > 60) {
			throw new InvalidCalendarFileException("calendar.file.noName", String.valueOf(date));
		}
		if (date.isBefore(WorkingDayTable.FIRST) || date.isAfter(WorkingDayTable.LAST)) {
			throw new DateOutsideSupportedRangeException(WorkingDayTable.FIRST, WorkingDayTable.LAST);
		}
		versions.raiseRevision();
		localHolidays.put(new LocalHoliday(unit, date, name.strip()));
		audit.record(new AuditEntry("calendar", "calendar.localHoliday.added", unit, null, date + " " + name.strip()));
		changed(Set.of(date.getYear()), unit);
	}

	/** Removes a local holiday of a unit; nothing happens if the day is not one. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void removeLocalHoliday(String unitCode, LocalDate date) {
		String unit = requireUnit(unitCode);
		if (localHolidays.remove(unit, date)) {
			versions.raiseRevision();
			audit.record(new AuditEntry("calendar", "calendar.localHoliday.removed", unit, date.toString(), null));
			changed(Set.of(date.getYear()), unit);
		}
	}

	private void changed(Set<Integer> years, String unit) {
		events.publishEvent(new CalendarChanged(years, unit));
		// this node rebuilds as soon as the change is committed; others notice the raised revision
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				tables.refreshIfStale();
			}
		});
	}

	/** The notice's year and any other year whose days changed (a notice may reach into the previous December). */
	private static Set<Integer> affectedYears(int year, CalendarDiff diff) {
		Set<Integer> years = new TreeSet<>();
		years.add(year);
		diff.changes().forEach(change -> years.add(change.date().getYear()));
		return years;
	}

	private static CalendarDiff diff(int year, int currentVersion, List<HolidayEntry> before, List<HolidayEntry> after) {
		Map<LocalDate, HolidayEntry> old = byDate(before);
		Map<LocalDate, HolidayEntry> proposed = byDate(after);
		Set<LocalDate> dates = new TreeSet<>(old.keySet());
		dates.addAll(proposed.keySet());
		List<CalendarDiff.Change> changes = new ArrayList<>();
		for (LocalDate date : dates) {
			if (!Objects.equals(old.get(date), proposed.get(date))) {
				changes.add(new CalendarDiff.Change(date, old.get(date), proposed.get(date)));
			}
		}
		return new CalendarDiff(year, currentVersion, changes);
	}

	private static Map<LocalDate, HolidayEntry> byDate(List<HolidayEntry> entries) {
		return entries.stream()
			.collect(Collectors.toMap(HolidayEntry::date, Function.identity(), (a, b) -> b, TreeMap::new));
	}

	private static YearVersion version(YearVersions.Stored stored) {
		return new YearVersion(stored.year(), stored.version(), HolidayFiles.parse(stored.notice()), stored.publishedAt(),
				stored.publishedBy());
	}

	private static String requireUnit(String unitCode) {
		String unit = InvalidUnitCodeException.check(unitCode);
		if (unit == null) {
			throw new InvalidUnitCodeException();
		}
		return unit;
	}

	private static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}
