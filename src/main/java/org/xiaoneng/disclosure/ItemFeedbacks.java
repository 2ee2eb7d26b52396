package org.xiaoneng.disclosure;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback on items, one typed read and one typed write of the aggregate, each read with its item's title. */
@Repository
class ItemFeedbacks {

	private static final String SELECT = """
			select f.id, f.item_id, f.unit_id, f.text, f.author_name, f.contact, f.shown_publicly, f.received_at,
			  f.answer_by, f.answer, f.answered_at, f.answered_by, f.version, i.title
			from disclosure.feedback f join disclosure.item i on i.id = f.item_id""";

	private final JdbcClient jdbc;

	ItemFeedbacks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(ItemFeedback feedback) {
		feedback.saved(jdbc.sql("""
				insert into disclosure.feedback (item_id, unit_id, text, author_name, contact, shown_publicly,
				  received_at, answer_by)
				values (:item, :unit, :text, :author, :contact, :shown, :received, :answerBy) returning id""")
			.param("item", feedback.itemId())
			.param("unit", feedback.unitId())
			.param("text", feedback.text())
			.param("author", feedback.authorName())
			.param("contact", feedback.contact())
			.param("shown", feedback.shownPublicly())
			.param("received", time(feedback.receivedAt()))
			.param("answerBy", feedback.answerBy())
			.query(Long.class)
			.single());
	}

	/** Writes the answer; the version guards against a second editor answering meanwhile. */
	void save(ItemFeedback feedback) {
		int updated = jdbc.sql("""
				update disclosure.feedback set answer = :answer, answered_at = :at, answered_by = :by,
				  version = version + 1
				where id = :id and version = :version""")
			.param("answer", feedback.answer())
			.param("at", time(feedback.answeredAt()))
			.param("by", feedback.answeredBy())
			.param("id", feedback.idOrNull())
			.param("version", feedback.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("feedback " + feedback.idOrNull() + " changed meanwhile");
		}
	}

	Optional<Titled> find(long id) {
		return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(ItemFeedbacks::titled).optional();
	}

	/** The unit's feedback, the waiting ones first by their answer-by day, then the answered ones newest first. */
	List<Titled> ofUnit(long unitId, boolean waitingOnly) {
		return jdbc.sql(SELECT + " where f.unit_id = :unit" + (waitingOnly ? " and f.answer is null" : "")
				+ " order by f.answer is not null, f.answer_by, f.received_at desc limit 500")
			.param("unit", unitId)
			.query(ItemFeedbacks::titled)
			.list();
	}

	/** The unit's feedback waiting past its answer-by day. */
	int overdueOf(long unitId, LocalDate today) {
		return jdbc.sql("""
				select count(*) from disclosure.feedback
				where unit_id = :unit and answer is null and answer_by < :today""")
			.param("unit", unitId)
			.param("today", today)
			.query(Integer.class)
			.single();
	}

	/** What the portal shows under an item: the feedback its authors agreed to show, oldest first. */
	List<Titled> shownOn(long itemId) {
		return jdbc.sql(SELECT + " where f.item_id = :item and f.shown_publicly order by f.received_at, f.id")
			.param("item", itemId)
			.query(ItemFeedbacks::titled)
			.list();
	}

	/** A feedback with the title of its item. */
	record Titled(ItemFeedback feedback, String itemTitle) {
	}

	private static Titled titled(ResultSet rs, int row) throws SQLException {
		return new Titled(new ItemFeedback(rs.getLong("id"), rs.getLong("item_id"), rs.getLong("unit_id"),
				rs.getString("text"), rs.getString("author_name"), rs.getString("contact"),
				rs.getBoolean("shown_publicly"), instant(rs, "received_at"),
				rs.getObject("answer_by", LocalDate.class), rs.getString("answer"),
				instant(rs, "answered_at"), rs.getString("answered_by"), rs.getInt("version")),
				rs.getString("title"));
	}
}
