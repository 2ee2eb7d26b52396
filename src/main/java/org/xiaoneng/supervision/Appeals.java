package org.xiaoneng.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/** The appeals; at most one open per card, which the database guards as well. */
@Repository
class Appeals {

	private static final String COLUMNS = """
			id, card_id, appellant_staff_id, reasons, filed_at, state, decided_by, decided_at, decision_reason""";

	private final JdbcClient jdbc;

	Appeals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(Appeal appeal) {
		return jdbc.sql("""
				insert into supervision.appeal (card_id, appellant_staff_id, reasons, filed_at, state)
				values (:card, :staff, :reasons, :at, 'OPEN') returning id""")
			.param("card", appeal.cardId())
			.param("staff", appeal.appellantStaffId())
			.param("reasons", appeal.reasons())
			.param("at", Columns.time(appeal.filedAt()))
			.query(Long.class)
			.single();
	}

	boolean openFor(long cardId) {
		return jdbc.sql("select count(*) from supervision.appeal where card_id = :card and state = 'OPEN'")
			.param("card", cardId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Appeal> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from supervision.appeal where id = :id for update")
			.param("id", id)
			.query(Appeals::appeal)
			.optional();
	}

	void save(Appeal appeal) {
		jdbc.sql("""
				update supervision.appeal set state = :state, decided_by = :by, decided_at = :at, decision_reason = :reason
				where id = :id""")
			.param("state", appeal.state().name())
			.param("by", appeal.decidedBy())
			.param("at", Columns.time(appeal.decidedAt()))
			.param("reason", appeal.decisionReason())
			.param("id", appeal.id())
			.update();
	}

	List<Appeal> ofCard(long cardId) {
		return jdbc.sql("select " + COLUMNS + " from supervision.appeal where card_id = :card order by filed_at, id")
			.param("card", cardId)
			.query(Appeals::appeal)
			.list();
	}

	/** The open appeals, oldest first, with their cards' ids, at most 500. */
	List<Appeal> open() {
		return jdbc.sql("select " + COLUMNS + " from supervision.appeal where state = 'OPEN' order by filed_at, id limit 500")
			.query(Appeals::appeal)
			.list();
	}

	private static Appeal appeal(ResultSet rs, int row) throws SQLException {
		return new Appeal(rs.getLong("id"), rs.getLong("card_id"), rs.getLong("appellant_staff_id"),
				rs.getString("reasons"), Columns.instant(rs, "filed_at"), AppealState.valueOf(rs.getString("state")),
				rs.getString("decided_by"), Columns.instant(rs, "decided_at"), rs.getString("decision_reason"));
	}
}
