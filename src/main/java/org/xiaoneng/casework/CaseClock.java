package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.CalendarChanged;
import org.xiaoneng.calendar.DeadlineWarning;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * The passage of time over the cases, once per sweep and row by row (docs/decisions/0006): acceptance by law where no
 * notice came within 5 working days, deadlines turning yellow and red, handovers not signed for the same working day,
 * leaders' extension decisions overdue.
 * Each case is changed in its own transaction under its row lock, so that a second node (or a second run) finds the
 * change made and publishes nothing again; only the next days of deadlines whose status stands move on in one
 * statement per page (decision 0051).
 */
@Component
class CaseClock {

	/** Cases read and worked per page of the deadline sweep. */
	private static final int PAGE = 1000;

	private final CaseFiles cases;

	private final Acceptance acceptance;

	private final UnitCalendars calendars;

	private final CaseJournal journal;

	private final Sweeps sweeps;

	private final ApplicationEventPublisher events;

	private final ExtensionClock extensions;

	private final DeadlineWarningInUse warningInUse;

	CaseClock(CaseFiles cases, Acceptance acceptance, UnitCalendars calendars, CaseJournal journal, Sweeps sweeps,
			ApplicationEventPublisher events, ExtensionClock extensions, DeadlineWarningInUse warningInUse) {
		this.cases = cases;
		this.acceptance = acceptance;
		this.calendars = calendars;
		this.journal = journal;
		this.sweeps = sweeps;
		this.events = events;
		this.extensions = extensions;
		this.warningInUse = warningInUse;
	}

	/** Reports the leaders' extension decisions not taken by their last day, once each (领导不压不拖). */
	SweepCount reportOverdueExtensionDecisions() {
		return extensions.reportOverdueDecisions();
	}

	/**
	 * 行政许可法 第三十二条: records the acceptances by law. A case the rules refuse (an item without a procedure) is
	 * counted as failed and stops no other.
	 */
	SweepCount acceptWhereNoticePeriodPassed() {
		Instant at = calendars.now();
		return sweeps.each(Cases.SWEEP, cases.receivedWithNoticePeriodOver(calendars.dateOf(at)), id -> id,
				id -> acceptance.acceptByLaw(id, at));
	}

	/**
	 * Publishes DeadlineTurnedYellow and DeadlineTurnedRed once per case as the deadlines come near and pass. Only the
	 * cases whose day has come are read (decision 0051), a page at a time. Each whose status worsens today is locked
	 * and checked again on its own, so that a second run or node finds its day moved on and does nothing; the days of
	 * those whose status stands (after a calendar change, or the first run after casework V13) move on in one
	 * statement per page.
	 */
	SweepCount markDeadlineStatuses() {
		LocalDate today = calendars.today();
		SweepCount count = SweepCount.NONE;
		List<CaseFiles.Turning> page;
		CaseFiles.Turning after = CaseFiles.Turning.FIRST;
		// each unit's calendar code, read once per run rather than once per case
		Map<Long, String> unitCodes = new HashMap<>();
		do {
			page = cases.turningBy(today, after, PAGE);
			List<CaseFiles.Turning> turning = new ArrayList<>();
			List<CaseFiles.NextDay> standing = new ArrayList<>();
			page.forEach(due -> sortOut(due, unitCodes, turning, standing));
			cases.moveDaysOn(standing);
			count = count.plus(sweeps.each(Cases.SWEEP, turning, CaseFiles.Turning::id,
					due -> markDeadline(due.id(), today)));
			after = page.isEmpty() ? after : page.get(page.size() - 1);
		}
		while (page.size() == PAGE);
		return count;
	}

	private void sortOut(CaseFiles.Turning due, Map<Long, String> unitCodes, List<CaseFiles.Turning> turning,
			List<CaseFiles.NextDay> standing) {
		DeadlineStatus now;
		try {
			String unitCode = unitCodes.computeIfAbsent(due.unitId(), calendars::unitCode);
			now = calendars.status(unitCode, due.acceptedOn(), due.deadline());
		}
		catch (RuntimeException e) {
			// a case the calendar cannot answer for goes its own way, to be skipped and reported there with its id
			turning.add(due);
			return;
		}
		DeadlineStatus before = due.status() == null ? DeadlineStatus.NORMAL : due.status();
		if (now.compareTo(before) > 0) {
			turning.add(due);
		}
		else {
			standing.add(new CaseFiles.NextDay(due,
					Schedule.turnsOn(before, due.acceptedOn(), due.deadline(), due.unitId(), calendars)));
		}
	}

	private boolean markDeadline(long id, LocalDate today) {
		Case kase = cases.lock(id);
		if (!kase.schedule().turnsBy(today)) {
			return false;
		}
		String unitCode = calendars.unitCode(kase.unitId());
		boolean turned = kase.markDeadline(calendars.status(unitCode, kase.acceptedOn(), kase.deadline()), calendars);
		cases.save(kase);
		return turned;
	}

	/**
	 * A calendar changed: the running cases of its units whose clock touches the changed years are due at the next
	 * sweep, which works their status and next day out with the new calendar. One statement, however many cases.
	 */
	int recountAfter(CalendarChanged changed) {
		List<Long> units = changed.unitCode() == null ? null : calendars.unitIdsOf(changed.unitCode());
		LocalDate firstDay = LocalDate.of(Collections.min(changed.years()), 1, 1);
		LocalDate lastDay = LocalDate.of(Collections.max(changed.years()), 12, 31);
		return cases.turningAgainFrom(calendars.today(), firstDay, lastDay, units);
	}

	/**
	 * The deadline warning of the settings, read at start: when it is not the one the running cases' days were worked
	 * out with, it is remembered and every running case is due at the next sweep, which works its status and day out
	 * with this warning. One statement, however many cases; a restart, or a second node, with the same warning
	 * changes nothing. Returns how many cases were made due.
	 */
	int recountIfChanged(DeadlineWarning warning) {
		return warningInUse.remember(warning, calendars.now()) ? warningInUse.turningAgain(calendars.today()) : 0;
	}

	/** Flags the steps handed over and not signed for by the end of their working day, once each. */
	SweepCount flagUnsignedHandovers() {
		Instant at = calendars.now();
		return sweeps.each(Cases.SWEEP, cases.unsignedBefore(calendars.dateOf(at)),
				step -> step.caseId() + "#" + step.number(), step -> {
					// only the run that sets the flag records and publishes it
					if (!cases.flagUnsigned(step.caseId(), step.number())) {
						return false;
					}
					journal.found(step.caseId(), at, "handover-unsigned", String.valueOf(step.number()));
					events.publishEvent(new HandoverNotSignedSameDay(step.caseId(), step.unitId(), step.number(),
							step.departmentId(), step.staffId(), step.assignedOn()));
					return true;
				});
	}
}
