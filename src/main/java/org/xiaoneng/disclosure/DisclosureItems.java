package org.xiaoneng.disclosure;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;

/** The items, one typed read and one typed write per aggregate, their history and attachments. */
@Repository
class DisclosureItems {

	static final String COLUMNS = """
			id, unit_id, department_id, editor_id, editor_name, category, cadence, title, body, basis, duties,
			conditions, procedure, discipline, result, status, reviewer_name, due_on, overdue_raised_for, published_at,
			previous_edition, version""";

	private final JdbcClient jdbc;

	DisclosureItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves a new draft; it then has its id. */
	void add(DisclosureItem item) {
		long id = jdbc.sql("""
				insert into disclosure.item (unit_id, department_id, editor_id, editor_name, category, cadence, title,
				  body, status, previous_edition)
				values (:unit, :department, :editor, :editorName, :category, :cadence, :title, :body, :status, :previous)
				returning id""")
			.param("unit", item.unitId().value())
			.param("department", item.departmentId().value())
			.param("editor", item.editorId().value())
			.param("editorName", item.editorName())
			.param("category", item.category().name())
			.param("cadence", item.cadence().name())
			.param("title", item.title())
			.param("body", item.body())
			.param("status", item.status().name())
			.param("previous", item.previousEdition())
			.query(Long.class)
			.single();
		item.saved(id);
		// the elements, the due day and the search index are written as for every change (version 0 → 1)
		save(item);
	}

	/** Writes the item's changed state and its search index; the version guards against a stale copy. */
	void save(DisclosureItem item) {
		ItemElements e = item.elements() == null ? ItemElements.none() : item.elements();
		int updated = jdbc.sql("""
				update disclosure.item set category = :category, cadence = :cadence, title = :title, body = :body,
				  basis = :basis, duties = :duties, conditions = :conditions, procedure = :procedure,
				  discipline = :discipline, result = :result, status = :status, reviewer_name = :reviewer,
				  due_on = :dueOn, overdue_raised_for = :raisedFor, published_at = :publishedAt,
				  search = setweight(array_to_tsvector(cast(:titleGrams as text[])), 'A')
				    || setweight(array_to_tsvector(cast(:bodyGrams as text[])), 'B'),
				  version = version + 1
				where id = :id and version = :version""")
			.param("category", item.category().name())
			.param("cadence", item.cadence().name())
			.param("title", item.title())
			.param("body", item.body())
			.param("basis", e.basis())
			.param("duties", e.duties())
			.param("conditions", e.conditions())
			.param("procedure", e.procedure())
			.param("discipline", e.discipline())
			.param("result", e.result())
			.param("status", item.status().name())
			.param("reviewer", item.reviewerName())
			.param("dueOn", item.dueOn())
			.param("raisedFor", item.overdueRaisedFor())
			.param("publishedAt", time(item.publishedAt()))
			.param("titleGrams", Bigrams.of(item.title()).toArray(String[]::new))
			.param("bodyGrams", Bigrams.of(item.body()).toArray(String[]::new))
			.param("id", item.idOrNull())
			.param("version", item.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("item " + item.idOrNull() + " changed meanwhile");
		}
	}

	/** The item under its row lock, for a transition. */
	Optional<DisclosureItem> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from disclosure.item where id = :id for update")
			.param("id", id)
			.query(DisclosureItems::item)
			.optional();
	}

	Optional<DisclosureItem> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from disclosure.item where id = :id")
			.param("id", id)
			.query(DisclosureItems::item)
			.optional();
	}

	/** The ids of items past their due day whose miss is not yet raised. */
	List<Long> overdueOn(LocalDate today) {
		return jdbc.sql("""
				select id from disclosure.item
				where due_on < :today and (overdue_raised_for is null or overdue_raised_for <> due_on)
				order by due_on, id""")
			.param("today", today)
			.query(Long.class)
			.list();
	}

	/** The unit's items for its editors, newest first. */
	List<DisclosureItem> ofUnit(long unitId, ItemStatus status) {
		return jdbc.sql("select " + COLUMNS + " from disclosure.item where unit_id = :unit"
				+ (status == null ? "" : " and status = :status") + " order by id desc limit 500")
			.param("unit", unitId)
			.params(status == null ? Map.of() : Map.of("status", status.name()))
			.query(DisclosureItems::item)
			.list();
	}

	/** Records a step of the item, with its text as it was when the step was publication or withdrawal. */
	void record(DisclosureItem item, String action, String by, String note, Instant at, boolean withText) {
		jdbc.sql("""
				insert into disclosure.item_history (item_id, at, action, by_name, note, title, body)
				values (:item, :at, :action, :by, :note, :title, :body)""")
			.param("item", item.idOrNull())
			.param("at", time(at))
			.param("action", action)
			.param("by", by)
			.param("note", note)
			.param("title", withText ? item.title() : null)
			.param("body", withText ? item.body() : null)
			.update();
	}

	/** The item's steps, oldest first. */
	List<ItemView.Step> history(long itemId) {
		return jdbc.sql("""
				select at, action, by_name, note, title from disclosure.item_history where item_id = :item
				order by at, id""")
			.param("item", itemId)
			.query((rs, n) -> new ItemView.Step(instant(rs, "at"),
					rs.getString("action"), rs.getString("by_name"), rs.getString("note"), rs.getString("title")))
			.list();
	}

	long addAttachment(long itemId, String name, String mediaType, byte[] content, Instant at, String by) {
		return jdbc.sql("""
				insert into disclosure.attachment (item_id, name, media_type, size, content, uploaded_at, uploaded_by)
				values (:item, :name, :type, :size, :content, :at, :by) returning id""")
			.param("item", itemId)
			.param("name", name)
			.param("type", mediaType)
			.param("size", content.length)
			.param("content", content)
			.param("at", time(at))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** The item's attachments with their content, for the scan before publication. */
	List<StoredAttachment> attachmentsOf(long itemId) {
		return jdbc.sql("select id, name, media_type, content from disclosure.attachment where item_id = :item order by id")
			.param("item", itemId)
			.query((rs, n) -> new StoredAttachment(rs.getLong("id"), rs.getString("name"), rs.getString("media_type"),
					rs.getBytes("content")))
			.list();
	}

	/** The item's attachments as lists show them. */
	List<ItemView.Attachment> attachmentListOf(long itemId) {
		return jdbc.sql("select id, name, media_type, size from disclosure.attachment where item_id = :item order by id")
			.param("item", itemId)
			.query((rs, n) -> new ItemView.Attachment(rs.getLong("id"), rs.getString("name"),
					rs.getString("media_type"), rs.getInt("size")))
			.list();
	}

	Optional<StoredAttachment> attachment(long itemId, long attachmentId) {
		return jdbc.sql("""
				select id, name, media_type, content from disclosure.attachment where item_id = :item and id = :id""")
			.param("item", itemId)
			.param("id", attachmentId)
			.query((rs, n) -> new StoredAttachment(rs.getLong("id"), rs.getString("name"), rs.getString("media_type"),
					rs.getBytes("content")))
			.optional();
	}

	int removeAttachment(long itemId, long attachmentId) {
		return jdbc.sql("delete from disclosure.attachment where item_id = :item and id = :id")
			.param("item", itemId)
			.param("id", attachmentId)
			.update();
	}

	/** An attachment as stored. */
	record StoredAttachment(long id, String name, String mediaType, byte[] content) {
	}

	static DisclosureItem item(ResultSet rs, int row) throws SQLException {
		long previous = rs.getLong("previous_edition");
		Long previousEdition = rs.wasNull() ? null : previous;
		return new DisclosureItem(rs.getLong("id"), new UnitId(rs.getLong("unit_id")),
				new DepartmentId(rs.getLong("department_id")), new StaffId(rs.getLong("editor_id")),
				rs.getString("editor_name"), Category.valueOf(rs.getString("category")),
				Cadence.valueOf(rs.getString("cadence")), rs.getString("title"), rs.getString("body"),
				new ItemElements(rs.getString("basis"), rs.getString("duties"), rs.getString("conditions"),
						rs.getString("procedure"), rs.getString("discipline"), rs.getString("result")),
				ItemStatus.valueOf(rs.getString("status")), rs.getString("reviewer_name"),
				rs.getObject("due_on", LocalDate.class), rs.getObject("overdue_raised_for", LocalDate.class),
				instant(rs, "published_at"), previousEdition, rs.getInt("version"));
	}
}
