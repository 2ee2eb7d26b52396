package org.xiaoneng.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;

/**
 * Each unit's working-day calendar (its region's holidays) and the business clock, as casework asks them: by unit id,
 * with the deadline warnings of the settings.
 */
@Component
class UnitCalendars implements CaseCalendar {

	private final WorkingDayCalendar calendar;

	private final Organization organization;

	private final CaseworkSettings settings;

	private final Clock clock;

	UnitCalendars(WorkingDayCalendar calendar, Organization organization, CaseworkSettings settings, Clock clock) {
		this.calendar = calendar;
		this.organization = organization;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Now, from the injected clock that tests move, to the microsecond the database keeps: a case saved in a
	 * transaction and read again in it (from memory, {@link CaseFiles#find}) says the same times as read from its row.
	 */
	Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The business day of a moment. */
	LocalDate dateOf(Instant at) {
		return at.atZone(clock.getZone()).toLocalDate();
	}

	/** The business time zone of the clock, for times printed on notices. */
	ZoneId zone() {
		return clock.getZone();
	}

	LocalDate today() {
		return calendar.today();
	}

	@Override
	public LocalDate deadline(long unitId, LocalDate from, int workingDays) {
		return calendar.deadline(unitCode(unitId), from, workingDays).date();
	}

	@Override
	public LocalDate naturalDeadline(long unitId, LocalDate from, int naturalDays) {
		return calendar.naturalDeadline(unitCode(unitId), from, naturalDays).date();
	}

	@Override
	public int workingDaysBetween(long unitId, LocalDate from, LocalDate toInclusive) {
		return calendar.workingDays(unitCode(unitId), from, toInclusive).days();
	}

	@Override
	public LocalDate firstWarningDay(long unitId, LocalDate start, LocalDate deadline) {
		return calendar.firstWarningDay(unitCode(unitId), start, deadline, settings.warning());
	}

	/** The deadline with the days it counts, for the case page's explanation. */
	Deadline explained(String unitCode, LocalDate from, int days, boolean natural) {
		return natural ? calendar.naturalDeadline(unitCode, from, days) : calendar.deadline(unitCode, from, days);
	}

	/** Normal, yellow or red (限时办结制), by the warnings of the settings. */
	DeadlineStatus status(String unitCode, LocalDate acceptedOn, LocalDate deadline) {
		return calendar.status(unitCode, acceptedOn, deadline, settings.warning());
	}

	int remainingWorkingDays(String unitCode, LocalDate deadline) {
		return calendar.remainingWorkingDays(unitCode, deadline).days();
	}

	/** The units whose calendar is the one of that code. */
	List<Long> unitIdsOf(String unitCode) {
		return organization.units().stream().filter(u -> unitCode.equals(u.creditCode())).map(Unit::id).toList();
	}

	/** A unit's calendar is its region's, found by the unit's credit code. */
	String unitCode(long unitId) {
		return ReadOnce.read("unit", unitId, () -> organization.unit(new UnitId(unitId))).creditCode();
	}
}
