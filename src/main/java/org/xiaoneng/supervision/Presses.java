package org.xiaoneng.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/** The presses (督办), kept as written. */
@Repository
class Presses {

	private static final String COLUMNS = """
			id, card_id, case_id, unit_id, department_id, addressee_staff_id, instruction, due_on, pressed_by, pressed_at""";

	private final JdbcClient jdbc;

	Presses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PressView add(PressView press) {
		long id = jdbc.sql("""
				insert into supervision.press (card_id, case_id, unit_id, department_id, addressee_staff_id, instruction,
				  due_on, pressed_by, pressed_at)
				values (:card, :case, :unit, :department, :addressee, :instruction, :due, :by, :at) returning id""")
			.param("card", press.cardId())
			.param("case", press.caseId())
			.param("unit", press.unitId())
			.param("department", press.departmentId())
			.param("addressee", press.addresseeStaffId())
			.param("instruction", press.instruction())
			.param("due", press.dueOn())
			.param("by", press.pressedBy())
			.param("at", Columns.time(press.pressedAt()))
			.query(Long.class)
			.single();
		return new PressView(id, press.cardId(), press.caseId(), press.unitId(), press.departmentId(),
				press.addresseeStaffId(), press.instruction(), press.dueOn(), press.pressedBy(), press.pressedAt());
	}

	List<PressView> ofCard(long cardId) {
		return jdbc.sql("select " + COLUMNS + " from supervision.press where card_id = :id order by pressed_at, id")
			.param("id", cardId)
			.query(Presses::press)
			.list();
	}

	List<PressView> ofCase(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from supervision.press where case_id = :id order by pressed_at, id")
			.param("id", caseId)
			.query(Presses::press)
			.list();
	}

	private static PressView press(ResultSet rs, int row) throws SQLException {
		long card = rs.getLong("card_id");
		Long cardId = rs.wasNull() ? null : card;
		long kase = rs.getLong("case_id");
		Long caseId = rs.wasNull() ? null : kase;
		long addressee = rs.getLong("addressee_staff_id");
		Long addresseeId = rs.wasNull() ? null : addressee;
		long department = rs.getLong("department_id");
		Long departmentId = rs.wasNull() ? null : department;
		return new PressView(rs.getLong("id"), cardId, caseId, rs.getLong("unit_id"), departmentId,
				addresseeId, rs.getString("instruction"), rs.getObject("due_on", java.time.LocalDate.class),
				rs.getString("pressed_by"), Columns.instant(rs, "pressed_at"));
	}
}
