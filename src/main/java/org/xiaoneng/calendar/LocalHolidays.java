package org.xiaoneng.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The local holidays of each unit, on top of the national calendar.
 */
@Repository
class LocalHolidays {

	private final JdbcClient jdbc;

	LocalHolidays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LocalHoliday> all() {
		return jdbc.sql("SELECT unit_code, day, name FROM calendar.local_holiday ORDER BY unit_code, day")
			.query((rs, row) -> new LocalHoliday(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
			.list();
	}

	List<LocalHoliday> of(String unitCode) {
		return jdbc.sql("SELECT unit_code, day, name FROM calendar.local_holiday WHERE unit_code = ? ORDER BY day")
			.param(unitCode)
			.query((rs, row) -> new LocalHoliday(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
			.list();
	}

	/** Adds a unit's holiday, or renames it when the day is already one. */
	void put(LocalHoliday holiday) {
		jdbc.sql("""
				INSERT INTO calendar.local_holiday (unit_code, day, name) VALUES (?, ?, ?)
				ON CONFLICT (unit_code, day) DO UPDATE SET name = EXCLUDED.name""")
			.params(holiday.unitCode(), holiday.date(), holiday.name())
			.update();
	}

	boolean remove(String unitCode, LocalDate date) {
		return jdbc.sql("DELETE FROM calendar.local_holiday WHERE unit_code = ? AND day = ?")
			.params(unitCode, date)
			.update() == 1;
	}
}
