package org.xiaoneng.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/** The cards, one typed read and one typed write per aggregate; raising is idempotent per rule and object. */
@Repository
class Cards {

	static final String COLUMNS = """
			id, rule_code, rule_version, colour, state, object_type, object_id, object_part, object_label, unit_id,
			department_id, holder_staff_id, holder_level, facts, raised_at, issued_at, feedback_due, feedback,
			feedback_at, closed_at, version""";

	/**
	 * What the deadline sweep's statement returns of each card it issued: what the card's event and notice need and the
	 * statement does not already know (decision 0045). Every such card is about a case as a whole, issued (已发) to the
	 * handler level when raised, at the run's moment.
	 */
	static final String ISSUED_BY_SWEEP = """
			id, rule_code, rule_version, object_id, object_label, unit_id, department_id, holder_staff_id, facts,
			feedback_due""";

	private final JdbcClient jdbc;

	Cards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Saves a newly raised card unless this rule already raised one for the object, whatever became of it: a card is
	 * raised once per rule and object, however often the signal arrives.
	 *
	 * @return whether it was new; when it was, the card now has its id
	 */
	boolean raiseOnce(Card card) {
		CardSubject s = card.subject();
		Optional<Long> id = jdbc.sql("""
				insert into supervision.card (rule_code, rule_version, colour, state, object_type, object_id, object_part,
				  object_label, unit_id, department_id, holder_staff_id, holder_level, facts, raised_at)
				values (:rule, :ruleVersion, :colour, :state, :type, :objectId, :part, :label, :unit, :department,
				  :holder, :level, :facts, :raisedAt)
				on conflict (object_type, object_id, rule_code, object_part) do nothing
				returning id""")
			.param("rule", card.rule().code())
			.param("ruleVersion", card.ruleVersion())
			.param("colour", card.colour().name())
			.param("state", card.state().name())
			.param("type", s.type().name())
			.param("objectId", s.id())
			.param("part", s.part())
			.param("label", s.label())
			.param("unit", s.unitId())
			.param("department", s.departmentId())
			.param("holder", card.holderStaffId())
			.param("level", card.holderLevel().name())
			.param("facts", card.facts())
			.param("raisedAt", Columns.time(card.raisedAt()))
			.query(Long.class)
			.optional();
		id.ifPresent(card::saved);
		return id.isPresent();
	}

	/** The card under its row lock, for a transition. */
	Optional<Card> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from supervision.card where id = :id for update")
			.param("id", id)
			.query(Cards::card)
			.optional();
	}

	/** The card as it is now, for reading. */
	Optional<Card> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from supervision.card where id = :id")
			.param("id", id)
			.query(Cards::card)
			.optional();
	}

	/** Writes the card's changed state; the version guards against a transition made on a stale copy. */
	void save(Card card) {
		int updated = jdbc.sql("""
				update supervision.card set colour = :colour, state = :state, holder_staff_id = :holder,
				  holder_level = :level, issued_at = :issuedAt, feedback_due = :due, feedback = :feedback,
				  feedback_at = :feedbackAt, closed_at = :closedAt, version = version + 1
				where id = :id and version = :version""")
			.param("colour", card.colour().name())
			.param("state", card.state().name())
			.param("holder", card.holderStaffId())
			.param("level", card.holderLevel().name())
			.param("issuedAt", Columns.time(card.issuedAt()))
			.param("due", card.feedbackDue())
			.param("feedback", card.feedback())
			.param("feedbackAt", Columns.time(card.feedbackAt()))
			.param("closedAt", Columns.time(card.closedAt()))
			.param("id", card.idOrNull())
			.param("version", card.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("card " + card.idOrNull() + " changed");
		}
	}

	/** Names the holders of issued cards that had none, in one statement (the deadline sweep's cards). */
	void holdAll(Map<Long, Long> holderOfCard) {
		if (holderOfCard.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update supervision.card c set holder_staff_id = h.staff_id, version = c.version + 1
				from json_to_recordset(cast(:holders as json)) as h(card_id bigint, staff_id bigint)
				where c.id = h.card_id and c.holder_staff_id is null""")
			.param("holders", holderOfCard.entrySet()
				.stream()
				.map(e -> "{\"card_id\":" + e.getKey() + ",\"staff_id\":" + e.getValue() + "}")
				.collect(Collectors.joining(",", "[", "]")))
			.update();
	}

	/** The ids of the pending cards about an object, e.g. to cancel them when it recovers. */
	List<Long> pendingAbout(ObjectType type, long objectId) {
		return jdbc.sql("select id from supervision.card where object_type = :type and object_id = :id and state = 'PENDING'")
			.param("type", type.name())
			.param("id", objectId)
			.query(Long.class)
			.list();
	}

	/** The ids of issued cards whose feedback deadline passed before today. */
	List<Long> feedbackMissedBefore(LocalDate today) {
		return jdbc.sql("select id from supervision.card where state = 'ISSUED' and feedback_due < :today order by id")
			.param("today", today)
			.query(Long.class)
			.list();
	}

	/** A card the deadline sweep issued at the moment, read from its {@link #ISSUED_BY_SWEEP} columns. */
	static RowMapper<Card> issuedBySweep(Instant at) {
		return (rs, row) -> {
			Rule rule = Rule.valueOf(rs.getString("rule_code"));
			long department = rs.getLong("department_id");
			Long departmentId = rs.wasNull() ? null : department;
			long holder = rs.getLong("holder_staff_id");
			Long holderStaffId = rs.wasNull() ? null : holder;
			return new Card(rs.getLong("id"), rule, rs.getInt("rule_version"), rule.colour(), CardState.ISSUED,
					new CardSubject(ObjectType.CASE, rs.getLong("object_id"), 0, rs.getString("object_label"),
							rs.getLong("unit_id"), departmentId),
					Responsible.HANDLER, holderStaffId, rs.getString("facts"), at, at,
					rs.getObject("feedback_due", LocalDate.class), null, null, null, 0);
		};
	}

	static Card card(ResultSet rs, int row) throws SQLException {
		long department = rs.getLong("department_id");
		Long departmentId = rs.wasNull() ? null : department;
		long holder = rs.getLong("holder_staff_id");
		Long holderStaffId = rs.wasNull() ? null : holder;
		return new Card(rs.getLong("id"), Rule.valueOf(rs.getString("rule_code")), rs.getInt("rule_version"),
				CardColour.valueOf(rs.getString("colour")), CardState.valueOf(rs.getString("state")),
				new CardSubject(ObjectType.valueOf(rs.getString("object_type")), rs.getLong("object_id"),
						rs.getLong("object_part"), rs.getString("object_label"), rs.getLong("unit_id"), departmentId),
				Responsible.valueOf(rs.getString("holder_level")), holderStaffId, rs.getString("facts"),
				Columns.instant(rs, "raised_at"), Columns.instant(rs, "issued_at"),
				rs.getObject("feedback_due", LocalDate.class), rs.getString("feedback"),
				Columns.instant(rs, "feedback_at"), Columns.instant(rs, "closed_at"), rs.getInt("version"));
	}
}
