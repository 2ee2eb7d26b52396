package org.xiaoneng.casework;

import static org.xiaoneng.common.Columns.time;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.calendar.DeadlineWarning;

/**
 * The deadline warning the running cases' days ({@code deadline_turns_on}) are worked out with, remembered across
 * starts (casework V18), so that a start with another warning in the settings can make their days be worked out again.
 */
@Repository
class DeadlineWarningInUse {

	private final JdbcClient jdbc;

	DeadlineWarningInUse(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Remembers this warning; {@code false} when it is the one already remembered (a restart, or another node that
	 * started first with it). Nothing remembered yet counts as another warning: the days stored before are of none
	 * known.
	 */
	boolean remember(DeadlineWarning warning, Instant at) {
		return jdbc.sql("""
				insert into casework.deadline_warning_in_use (working_days_left, percent_used, since)
				values (:days, :percent, :at)
				on conflict (only_row) do update set working_days_left = excluded.working_days_left,
				percent_used = excluded.percent_used, since = excluded.since
				where (deadline_warning_in_use.working_days_left, deadline_warning_in_use.percent_used)
				      is distinct from (excluded.working_days_left, excluded.percent_used)""")
			.param("days", warning.workingDaysLeft())
			.param("percent", warning.percentUsed())
			.param("at", time(at))
			.update() == 1;
	}

	/**
	 * The deadline warning changed: every running case whose day lies ahead is due now, for the next sweep to work
	 * its day out again with the new warning. Returns how many.
	 */
	int turningAgain(LocalDate today) {
		return jdbc.sql("""
				update casework.case_file set deadline_turns_on = :today
				where deadline_turns_on > :today and state in ('ACCEPTED', 'PROCESSING', 'REFUSAL_PENDING')""")
			.param("today", today)
			.update();
	}

}
