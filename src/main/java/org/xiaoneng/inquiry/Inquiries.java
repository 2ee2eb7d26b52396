package org.xiaoneng.inquiry;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.organization.DataScope;

/**
 * The register's entries, their materials, steps and (for ordinary inquiries) the encrypted visitor. Nothing here
 * reads the identity of a complainant or reporter: that lives in {@link Identities}.
 */
@Repository
class Inquiries {

	private final JdbcClient jdbc;

	Inquiries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The columns of a new entry. */
	record Entry(String queryCode, long unitId, Long departmentId, InquiryChannel channel, InquiryCategory category,
			Instant receivedAt, String subject, String content, boolean anonymous, boolean publicSubmission,
			Long firstResponderId, String firstResponderNumber, Long handlerId, String handlerNumber, Long postId,
			InquiryState state, LocalDate acknowledgeDue, Instant acknowledgedAt, LocalDate deadline,
			Long concernedUnitId, Long concernedDepartmentId, Long concernedStaffId, LocalDate acceptanceDue,
			Long itemId) {
	}

	long insert(Entry e) {
		long id = jdbc.sql("""
				insert into inquiry.inquiry (query_code, unit_id, department_id, channel, category, received_at, subject,
				content, confidential, anonymous, public_submission, first_responder_id, first_responder_number,
				handler_id, handler_number, post_id, state, acknowledge_due, acknowledged_at, deadline,
				concerned_unit_id, concerned_department_id, concerned_staff_id, acceptance_due, item_id)
				values (:code, :unit, :department, :channel, :category, :received, :subject, :content, :confidential,
				:anonymous, :public, :first, :firstNumber, :handler, :handlerNumber, :post, :state, :ackDue, :ackAt,
				:deadline, :cUnit, :cDepartment, :cStaff, :acceptanceDue, :item) returning id""")
			.param("code", e.queryCode())
			.param("unit", e.unitId())
			.param("department", e.departmentId())
			.param("channel", e.channel().name())
			.param("category", e.category().name())
			.param("received", time(e.receivedAt()))
			.param("subject", e.subject())
			.param("content", e.content())
			.param("confidential", e.category().confidential())
			.param("anonymous", e.anonymous())
			.param("public", e.publicSubmission())
			.param("first", e.firstResponderId())
			.param("firstNumber", e.firstResponderNumber())
			.param("handler", e.handlerId())
			.param("handlerNumber", e.handlerNumber())
			.param("post", e.postId())
			.param("state", e.state().name())
			.param("ackDue", e.acknowledgeDue())
			.param("ackAt", time(e.acknowledgedAt()))
			.param("deadline", e.deadline())
			.param("cUnit", e.concernedUnitId())
			.param("cDepartment", e.concernedDepartmentId())
			.param("cStaff", e.concernedStaffId())
			.param("acceptanceDue", e.acceptanceDue())
			.param("item", e.itemId())
			.query(Long.class)
			.single();
		return id;
	}

	void insertMaterials(long id, List<ReceivedMaterial> materials) {
		for (int i = 0; i < materials.size(); i++) {
			jdbc.sql("insert into inquiry.material (inquiry_id, position, name, count) values (:id, :position, :name, :count)")
				.param("id", id)
				.param("position", i + 1)
				.param("name", materials.get(i).name())
				.param("count", materials.get(i).count())
				.update();
		}
	}

	/** The encrypted visitor of an ordinary inquiry. */
	void insertVisitor(long id, String name, String organisation, String phone, String address) {
		jdbc.sql("insert into inquiry.visitor (inquiry_id, name, organisation, phone, address) values (:id, :name, :org, :phone, :address)")
			.param("id", id)
			.param("name", name)
			.param("org", organisation)
			.param("phone", phone)
			.param("address", address)
			.update();
	}

	/** The encrypted visitor columns of an ordinary inquiry (name, organisation, phone, address), if any. */
	Optional<String[]> visitor(long id) {
		return jdbc.sql("""
				select v.name, v.organisation, v.phone, v.address from inquiry.visitor v
				join inquiry.inquiry i on i.id = v.inquiry_id where v.inquiry_id = :id and not i.confidential""")
			.param("id", id)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.optional();
	}

	/** The encrypted visitor phones of these ordinary inquiries, by inquiry id, for masked lists. */
	Map<Long, String> visitorPhones(Collection<Long> ids) {
		Map<Long, String> phones = new HashMap<>();
		if (ids.isEmpty()) {
			return phones;
		}
		jdbc.sql("""
				select v.inquiry_id, v.phone from inquiry.visitor v join inquiry.inquiry i on i.id = v.inquiry_id
				where v.inquiry_id in (:ids) and not i.confidential and v.phone is not null""")
			.param("ids", ids)
			.query((rs, row) -> phones.put(rs.getLong(1), rs.getString(2)))
			.list();
		return phones;
	}

	Optional<Inquiry> find(long id) {
		return one("select * from inquiry.inquiry where id = :id", Map.of("id", id));
	}

	Optional<Inquiry> byQueryCode(String code) {
		return one("select * from inquiry.inquiry where query_code = :code", Map.of("code", code));
	}

	/** Locks the row for a change, so that two hand-overs of one matter do not cross. */
	Optional<Inquiry> lock(long id) {
		return one("select * from inquiry.inquiry where id = :id for update", Map.of("id", id));
	}

	void update(long id, String assignments, Map<String, ?> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("id", id);
		jdbc.sql("update inquiry.inquiry set " + assignments + " where id = :id").params(all).update();
	}

	void insertStep(long id, Instant at, StepKind kind, String by, Long postId, Long staffId, String text) {
		jdbc.sql("""
				insert into inquiry.step (inquiry_id, at, kind, by_name, post_id, staff_id, text)
				values (:id, :at, :kind, :by, :post, :staff, :text)""")
			.param("id", id)
			.param("at", time(at))
			.param("kind", kind.name())
			.param("by", by)
			.param("post", postId)
			.param("staff", staffId)
			.param("text", text)
			.update();
	}

	List<InquiryStep> steps(long id) {
		return jdbc.sql("select * from inquiry.step where inquiry_id = :id order by id")
			.param("id", id)
			.query((rs, row) -> new InquiryStep(instant(rs, "at"), StepKind.valueOf(rs.getString("kind")),
					rs.getString("by_name"), rs.getObject("post_id", Long.class), rs.getObject("staff_id", Long.class),
					rs.getString("text")))
			.list();
	}

	/** The ordinary open matters this person must act on now (handler, not the supervisors' queue). */
	List<Inquiry> heldBy(long staffId) {
		return list("select * from inquiry.inquiry where handler_id = :staff and state <> 'CLOSED' and not confidential"
				+ " order by deadline, id", Map.of("staff", staffId));
	}

	/** What this person took first (ordinary inquiries), newest first. */
	List<Inquiry> takenFirstBy(long staffId, int limit) {
		return list("select * from inquiry.inquiry where first_responder_id = :staff and not confidential"
				+ " order by received_at desc, id desc limit :limit", Map.of("staff", staffId, "limit", limit));
	}

	/** What this person took first and someone else holds or held (首问到底), open first, then the closed. */
	List<Inquiry> followedBy(long staffId, int limit) {
		return list("""
				select * from inquiry.inquiry where first_responder_id = :staff and not confidential
				and (handler_id is distinct from :staff or callback_post_id is not null or state = 'ESCALATED'
				     or hand_overs > 0)
				order by (state = 'CLOSED'), received_at desc, id desc limit :limit""",
				Map.of("staff", staffId, "limit", limit));
	}

	/** Open callback tasks of these posts. */
	List<Inquiry> callbacksOf(Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return List.of();
		}
		return list("select * from inquiry.inquiry where callback_post_id in (:posts) and state = 'AWAITING_CALLBACK'"
				+ " and not confidential order by callback_due, id", Map.of("posts", postIds));
	}

	/** The open ordinary matters of a department. */
	List<Inquiry> openOfDepartment(long departmentId) {
		return list("select * from inquiry.inquiry where department_id = :department and state <> 'CLOSED'"
				+ " and not confidential order by deadline, id", Map.of("department", departmentId));
	}

	/**
	 * The register within the caller's data scope. Complaints and reports are only in it for supervisors; nobody
	 * else's query even reaches those rows.
	 */
	List<Inquiry> register(RegisterFilter filter, LocalDate today, DataScope scope, boolean supervisor, int limit) {
		StringBuilder sql = new StringBuilder("select * from inquiry.inquiry where true");
		Map<String, Object> params = new HashMap<>();
		if (!supervisor) {
			sql.append(" and not confidential");
		}
		if (!scope.wholeRegion()) {
			sql.append(" and (unit_id in (:units) or department_id in (:departments)"
					+ " or handler_number = :own or first_responder_number = :own)");
			params.put("units", scope.unitIds().isEmpty() ? List.of(-1L) : scope.unitIds());
			params.put("departments", scope.departmentIds().isEmpty() ? List.of(-1L) : scope.departmentIds());
			params.put("own", scope.ownStaffNumber() == null ? "" : scope.ownStaffNumber());
		}
		if (filter.from() != null) {
			sql.append(" and received_at >= :from");
			params.put("from", filter.from().atStartOfDay(InquiryRegister.ZONE).toOffsetDateTime());
		}
		if (filter.to() != null) {
			sql.append(" and received_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(InquiryRegister.ZONE).toOffsetDateTime());
		}
		if (filter.category() != null) {
			sql.append(" and category = :category");
			params.put("category", filter.category().name());
		}
		if (filter.state() != null) {
			sql.append(" and state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.unitId() != null) {
			sql.append(" and unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and (subject ilike :text or query_code = :code)");
			params.put("text", "%" + filter.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
			params.put("code", filter.text().strip());
		}
		if (filter.buckPassingOnly()) {
			sql.append(" and buck_passing");
		}
		if (filter.overdueOnly()) {
			sql.append(" and state <> 'CLOSED' and deadline < :today");
			params.put("today", today);
		}
		sql.append(" order by received_at desc, id desc limit :limit");
		params.put("limit", limit);
		return list(sql.toString(), params);
	}

	/** Complaints and reports, open first. */
	List<Inquiry> confidentialQueue(boolean openOnly, int limit) {
		return list("select * from inquiry.inquiry where confidential" + (openOnly ? " and state <> 'CLOSED'" : "")
				+ " order by (state = 'CLOSED'), deadline, id limit :limit", Map.of("limit", limit));
	}

	/** Open matters past their deadline whose lateness has not been published yet. */
	List<Inquiry> overdueUnreported(LocalDate today) {
		return list("select * from inquiry.inquiry where state <> 'CLOSED' and not overdue_reported and deadline < :today"
				+ " order by id", Map.of("today", today));
	}

	boolean markOverdueReported(long id) {
		return jdbc.sql("update inquiry.inquiry set overdue_reported = true where id = :id and not overdue_reported")
			.param("id", id)
			.update() == 1;
	}

	Optional<String> extensionRequester(long id) {
		return jdbc.sql("select extension_requested_by from inquiry.inquiry where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	long count() {
		return jdbc.sql("select count(*) from inquiry.inquiry").query(Long.class).single();
	}

	private Optional<Inquiry> one(String sql, Map<String, ?> params) {
		List<Inquiry> found = list(sql, params);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	private List<Inquiry> list(String sql, Map<String, ?> params) {
		List<Row> rows = jdbc.sql(sql).params(params).query(Inquiries::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ReceivedMaterial>> materials = new HashMap<>();
		jdbc.sql("select inquiry_id, name, count from inquiry.material where inquiry_id in (:ids) order by inquiry_id, position")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, row) -> materials.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new ReceivedMaterial(rs.getString(2), rs.getInt(3))))
			.list();
		return rows.stream().map(row -> row.with(materials.getOrDefault(row.id(), List.of()))).toList();
	}

	/** A row before its materials are added. */
	private record Row(long id, java.util.function.Function<List<ReceivedMaterial>, Inquiry> make) {

		Inquiry with(List<ReceivedMaterial> materials) {
			return make.apply(materials);
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		Instant received = instant(rs, "received_at");
		String outcome = rs.getString("outcome");
		String verification = rs.getString("verification");
		Inquiry base = new Inquiry(id, rs.getString("query_code"), rs.getLong("unit_id"),
				rs.getObject("department_id", Long.class), InquiryChannel.valueOf(rs.getString("channel")),
				InquiryCategory.valueOf(rs.getString("category")), received, rs.getString("subject"),
				rs.getString("content"), rs.getBoolean("anonymous"), rs.getBoolean("public_submission"),
				rs.getObject("first_responder_id", Long.class), rs.getObject("handler_id", Long.class),
				rs.getObject("post_id", Long.class), InquiryState.valueOf(rs.getString("state")),
				rs.getObject("callback_post_id", Long.class), rs.getObject("callback_due", LocalDate.class),
				rs.getObject("authority_id", Long.class), rs.getInt("hand_overs"), rs.getBoolean("buck_passing"),
				rs.getString("answer"), instant(rs, "answered_at"), rs.getObject("promised_by", LocalDate.class),
				outcome == null ? null : InquiryOutcome.valueOf(outcome), instant(rs, "closed_at"),
				rs.getObject("acknowledge_due", LocalDate.class), instant(rs, "acknowledged_at"),
				rs.getObject("deadline", LocalDate.class), received.atZone(InquiryRegister.ZONE).toLocalDate(),
				rs.getObject("extension_days", Integer.class), rs.getString("extension_reason"),
				rs.getString("extension_approved_by"), rs.getObject("concerned_unit_id", Long.class),
				rs.getObject("concerned_department_id", Long.class), rs.getObject("concerned_staff_id", Long.class),
				verification == null ? null : Verification.valueOf(verification), rs.getString("findings"),
				rs.getObject("acceptance_due", LocalDate.class), instant(rs, "acceptance_notified_at"), List.of(),
				rs.getObject("item_id", Long.class));
		return new Row(id, materials -> new Inquiry(base.id(), base.queryCode(), base.unitId(), base.departmentId(),
				base.channel(), base.category(), base.receivedAt(), base.subject(), base.content(), base.anonymous(),
				base.publicSubmission(), base.firstResponderId(), base.handlerId(), base.postId(), base.state(),
				base.callbackPostId(), base.callbackDue(), base.authorityId(), base.handOvers(), base.buckPassing(),
				base.answer(), base.answeredAt(), base.promisedBy(), base.outcome(), base.closedAt(),
				base.acknowledgeDue(), base.acknowledgedAt(), base.deadline(), base.receivedOn(),
				base.extensionDays(), base.extensionReason(), base.extensionApprovedBy(), base.concernedUnitId(),
				base.concernedDepartmentId(), base.concernedStaffId(), base.verification(), base.findings(),
				base.acceptanceDue(), base.acceptanceNotifiedAt(), materials, base.itemId()));
	}
}
