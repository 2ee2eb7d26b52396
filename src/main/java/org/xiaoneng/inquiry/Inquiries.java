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
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.ServedPerson;
import org.xiaoneng.conduct.ConductCitation;
import org.xiaoneng.organization.DataScope;

/**
 * The register's entries, their materials, steps and (for ordinary inquiries) the encrypted visitor. Nothing here
 * reads the identity of a complainant or reporter: that lives in {@link Identities}.
 */
@Repository
class Inquiries {

	/** Newest first: what a person took first. */
	private static final RegisterOrder NEWEST = RegisterOrder.RECEIVED;

	/** Open first, then the closed, each newest first: what a person follows (首问到底). */
	private static final Keyset.Order OPEN_FIRST = Keyset.Order.descending("open", "id",
			new Keyset.Column("(state <> 'CLOSED')", Keyset.Type.BOOLEAN),
			new Keyset.Column("received_at", Keyset.Type.INSTANT));

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Inquiries(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The id the next inquiry will have, so that it is registered with its events under its own id. */
	InquiryId nextId() {
		return new InquiryId(jdbc.sql("select nextval(pg_get_serial_sequence('inquiry.inquiry', 'id'))")
			.query(Long.class)
			.single());
	}

	/** Stores a newly registered inquiry with its materials, its first steps and events. */
	void add(Inquiry inquiry) {
		InquiryFacts f = inquiry.facts();
		jdbc.sql("""
				insert into inquiry.inquiry (id, query_code, unit_id, channel, category,
				received_at, subject, content, confidential, anonymous, public_submission, first_responder_id,
				first_responder_number, concerned_unit_id, concerned_department_id, concerned_staff_id, acceptance_due,
				item_id, state, acknowledge_due, deadline, conduct_code, conduct_unit_id, conduct_version)
				overriding system value
				values (:id, :code, :unit, :channel, :category, :received, :subject, :content, :confidential,
				:anonymous, :public, :first, :firstNumber, :cUnit, :cDepartment, :cStaff, :acceptanceDue, :item,
				:state, :ackDue, :deadline, :conduct, :conductUnit, :conductVersion)""")
			.param("id", f.id().value())
			.param("code", f.queryCode())
			.param("unit", f.unitId())
			.param("channel", f.channel().name())
			.param("category", f.category().name())
			.param("received", time(f.receivedAt()))
			.param("subject", f.subject())
			.param("content", f.content())
			.param("confidential", f.category().confidential())
			.param("anonymous", f.anonymous())
			.param("public", f.publicSubmission())
			.param("first", f.firstResponderId())
			.param("firstNumber", f.firstResponderNumber())
			.param("cUnit", f.concernedUnitId())
			.param("cDepartment", f.concernedDepartmentId())
			.param("cStaff", f.concernedStaffId())
			.param("acceptanceDue", f.acceptanceDue())
			.param("item", f.itemId())
			.param("state", inquiry.state().name())
			.param("ackDue", inquiry.progress().acknowledgeDue())
			.param("deadline", inquiry.deadline())
			.param("conduct", f.conduct() == null ? null : f.conduct().code())
			.param("conductUnit", f.conduct() == null ? null : f.conduct().listUnitId())
			.param("conductVersion", f.conduct() == null ? null : f.conduct().version())
			.update();
		List<ReceivedMaterial> materials = f.materials();
		for (int i = 0; i < materials.size(); i++) {
			jdbc.sql("insert into inquiry.material (inquiry_id, position, name, count) values (:id, :position, :name, :count)")
				.param("id", f.id().value())
				.param("position", i + 1)
				.param("name", materials.get(i).name())
				.param("count", materials.get(i).count())
				.update();
		}
		save(inquiry);
	}

	/**
	 * Stores where the inquiry stands, appends the steps its transitions added and publishes the events they
	 * registered, all in the caller's transaction.
	 */
	void save(Inquiry inquiry) {
		InquiryProgress p = inquiry.progress();
		jdbc.sql("""
				update inquiry.inquiry set department_id = :department, handler_id = :handler,
				handler_number = :handlerNumber, post_id = :post, state = :state, callback_post_id = :callbackPost,
				callback_due = :callbackDue, authority_id = :authority, hand_overs = :handOvers,
				buck_passing = :buckPassing, answer = :answer, answered_at = :answeredAt, promised_by = :promisedBy,
				outcome = :outcome, closed_at = :closedAt, closed_by = :closedBy, acknowledge_due = :ackDue,
				acknowledged_at = :ackAt, deadline = :deadline, extension_days = :extensionDays,
				extension_reason = :extensionReason, extension_requested_by = :extensionBy,
				extension_approved_by = :extensionApprovedBy, overdue_reported = :overdueReported,
				verification = :verification, findings = :findings, acceptance_notified_at = :acceptanceNotifiedAt,
				handler_on_behalf = :handlerOnBehalf
				where id = :id""")
			.param("id", inquiry.id().value())
			.param("department", p.departmentId())
			.param("handler", p.handlerId())
			.param("handlerNumber", p.handlerNumber())
			.param("post", p.postId())
			.param("state", p.state().name())
			.param("callbackPost", p.callbackPostId())
			.param("callbackDue", p.callbackDue())
			.param("authority", p.authorityId())
			.param("handOvers", p.handOvers())
			.param("buckPassing", p.buckPassing())
			.param("answer", p.answer())
			.param("answeredAt", time(p.answeredAt()))
			.param("promisedBy", p.promisedBy())
			.param("outcome", p.outcome() == null ? null : p.outcome().name())
			.param("closedAt", time(p.closedAt()))
			.param("closedBy", p.closedBy())
			.param("ackDue", p.acknowledgeDue())
			.param("ackAt", time(p.acknowledgedAt()))
			.param("deadline", p.deadline())
			.param("extensionDays", p.extensionDays())
			.param("extensionReason", p.extensionReason())
			.param("extensionBy", p.extensionRequestedBy())
			.param("extensionApprovedBy", p.extensionApprovedBy())
			.param("overdueReported", p.overdueReported())
			.param("verification", p.verification() == null ? null : p.verification().name())
			.param("findings", p.findings())
			.param("acceptanceNotifiedAt", time(p.acceptanceNotifiedAt()))
			.param("handlerOnBehalf", p.handlerOnBehalf())
			.update();
		for (InquiryStep step : inquiry.newSteps()) {
			jdbc.sql("""
					insert into inquiry.step (inquiry_id, at, kind, by_name, post_id, staff_id, text)
					values (:id, :at, :kind, :by, :post, :staff, :text)""")
				.param("id", inquiry.id().value())
				.param("at", time(step.at()))
				.param("kind", step.kind().name())
				.param("by", step.byName())
				.param("post", step.postId())
				.param("staff", step.staffId())
				.param("text", step.text())
				.update();
		}
		inquiry.events().forEach(events::publishEvent);
		inquiry.saved();
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

	Optional<Inquiry> find(InquiryId id) {
		return one("select * from inquiry.inquiry where id = :id", Map.of("id", id.value()));
	}

	Optional<Inquiry> byQueryCode(String code) {
		return one("select * from inquiry.inquiry where query_code = :code", Map.of("code", code));
	}

	/** Locks the row for a change, so that two hand-overs of one matter do not cross. */
	Optional<Inquiry> lock(InquiryId id) {
		return one("select * from inquiry.inquiry where id = :id for update", Map.of("id", id.value()));
	}

	/** Locks the rows of these matters, in the order of their ids so that two runs never wait on each other in a circle. */
	List<Inquiry> lockAll(List<InquiryId> ids) {
		return ids.isEmpty() ? List.of()
				: list("select * from inquiry.inquiry where id in (:ids) order by id for update",
						Map.of("ids", ids.stream().map(InquiryId::value).toList()));
	}

	List<InquiryStep> steps(InquiryId id) {
		return jdbc.sql("select * from inquiry.step where inquiry_id = :id order by id")
			.param("id", id.value())
			.query((rs, row) -> new InquiryStep(instant(rs, "at"), StepKind.valueOf(rs.getString("kind")),
					rs.getString("by_name"), rs.getObject("post_id", Long.class), rs.getObject("staff_id", Long.class),
					rs.getString("text")))
			.list();
	}

	/** The ordinary open matters this person must act on now (handler, not the supervisors' queue). */
	List<RegisterEntry> heldBy(long staffId) {
		return entries("select * from inquiry.inquiry where handler_id = :staff and state <> 'CLOSED' and not confidential"
				+ " order by deadline, id", Map.of("staff", staffId));
	}

	/** What this person took first (ordinary inquiries), newest first. */
	KeysetPage<RegisterEntry> takenFirstBy(long staffId, String cursor, int size) {
		return page("from inquiry.inquiry where first_responder_id = :staff and not confidential",
				Map.of("staff", staffId), Keyset.at(cursor, NEWEST.keyset(), size), NEWEST.key());
	}

	/** What this person took first and someone else holds or held (首问到底), open first, then the closed. */
	KeysetPage<RegisterEntry> followedBy(long staffId, String cursor, int size) {
		return page("""
				from inquiry.inquiry where first_responder_id = :staff and not confidential
				and (handler_id is distinct from :staff or callback_post_id is not null or state = 'ESCALATED'
				     or hand_overs > 0)""", Map.of("staff", staffId), Keyset.at(cursor, OPEN_FIRST, size),
				entry -> List.of(!entry.closed(), entry.receivedAt()));
	}

	/**
	 * One page of {@code fromAndWhere} in the keyset's order, counted no further than the page: it reads at most
	 * one row more than it shows, however many match.
	 */
	private KeysetPage<RegisterEntry> page(String fromAndWhere, Map<String, ?> params, Keyset keyset,
			Function<RegisterEntry, List<Object>> keyOf) {
		Map<String, Object> all = new HashMap<>(params);
		all.putAll(keyset.parameters());
		List<RegisterEntry> rows = entries(
				"select * " + fromAndWhere + " and " + keyset.condition() + keyset.orderAndLimit(), all);
		return keyset.page(rows, keyOf, RegisterEntry::id);
	}

	/** Open callback tasks of these posts. */
	List<RegisterEntry> callbacksOf(Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return List.of();
		}
		return entries("select * from inquiry.inquiry where callback_post_id in (:posts) and state = 'AWAITING_CALLBACK'"
				+ " and not confidential order by callback_due, id", Map.of("posts", postIds));
	}

	/** The open ordinary matters of a department. */
	List<RegisterEntry> openOfDepartment(long departmentId) {
		return entries("select * from inquiry.inquiry where department_id = :department and state <> 'CLOSED'"
				+ " and not confidential order by deadline, id", Map.of("department", departmentId));
	}

	/**
	 * A page of the register within the caller's data scope, in the order asked for. Complaints and reports are only
	 * in it for supervisors; nobody else's query even reaches those rows.
	 */
	KeysetPage<RegisterEntry> register(RegisterFilter filter, LocalDate today, DataScope scope, boolean supervisor,
			RegisterOrder order, String cursor, int size) {
		Map<String, Object> params = new HashMap<>();
		String fromAndWhere = registerCondition(filter, today, scope, supervisor, params);
		return page(fromAndWhere, params, Keyset.at(cursor, order.keyset(), size), order.key());
	}

	/** The whole register under the filter, newest first, for its export. */
	List<RegisterEntry> registerAll(RegisterFilter filter, LocalDate today, DataScope scope, boolean supervisor) {
		Map<String, Object> params = new HashMap<>();
		String fromAndWhere = registerCondition(filter, today, scope, supervisor, params);
		return entries("select * " + fromAndWhere + " order by received_at desc, id desc", params);
	}

	private static String registerCondition(RegisterFilter filter, LocalDate today, DataScope scope,
			boolean supervisor, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder("from inquiry.inquiry where true");
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
			params.put("from", filter.from().atStartOfDay(Clocks.BUSINESS_ZONE).toOffsetDateTime());
		}
		if (filter.to() != null) {
			sql.append(" and received_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(Clocks.BUSINESS_ZONE).toOffsetDateTime());
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
		return sql.toString();
	}

	/** Complaints and reports, open first. */
	List<RegisterEntry> confidentialQueue(boolean openOnly, int limit) {
		return entries("select * from inquiry.inquiry where confidential" + (openOnly ? " and state <> 'CLOSED'" : "")
				+ " order by (state = 'CLOSED'), deadline, id limit :limit", Map.of("limit", limit));
	}

	/** Open matters past their deadline whose lateness has not been published yet. */
	List<InquiryId> overdueUnreported(LocalDate today) {
		return jdbc.sql("select id from inquiry.inquiry where state <> 'CLOSED' and not overdue_reported"
				+ " and deadline < :today order by id")
			.param("today", today)
			.query((rs, row) -> new InquiryId(rs.getLong(1)))
			.list();
	}

	/** The posts a matter was handed to, in order: the chain shown when it is flagged as 推诿. */
	List<Long> handOverChain(InquiryId id) {
		return steps(id).stream()
			.filter(step -> step.kind() == StepKind.HANDED_OVER || step.kind() == StepKind.CALLBACK_REQUESTED)
			.map(InquiryStep::postId)
			.toList();
	}

	long count() {
		return jdbc.sql("select count(*) from inquiry.inquiry").query(Long.class).single();
	}

	private Optional<Inquiry> one(String sql, Map<String, ?> params) {
		List<Inquiry> found = list(sql, params);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	private List<RegisterEntry> entries(String sql, Map<String, ?> params) {
		return list(sql, params).stream().map(Inquiry::entry).toList();
	}

	private List<Inquiry> list(String sql, Map<String, ?> params) {
		List<Row> rows = jdbc.sql(sql).params(params).query(Inquiries::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ReceivedMaterial>> materials = new HashMap<>();
		jdbc.sql("select inquiry_id, name, count from inquiry.material where inquiry_id in (:ids) order by inquiry_id, position")
			.param("ids", rows.stream().map(row -> row.facts().id().value()).toList())
			.query((rs, row) -> materials.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new ReceivedMaterial(rs.getString(2), rs.getInt(3))))
			.list();
		return rows.stream()
			.map(row -> new Inquiry(row.facts().withMaterials(materials.getOrDefault(row.facts().id().value(),
					List.of())), row.progress()))
			.toList();
	}

	/** A row before its materials are added. */
	private record Row(InquiryFacts facts, InquiryProgress progress) {
	}

	private static ConductCitation conduct(ResultSet rs) throws SQLException {
		String code = rs.getString("conduct_code");
		return code == null ? null
				: new ConductCitation(code, rs.getLong("conduct_unit_id"), rs.getInt("conduct_version"));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		String verification = rs.getString("verification");
		InquiryFacts facts = new InquiryFacts(new InquiryId(rs.getLong("id")), rs.getString("query_code"),
				rs.getLong("unit_id"), InquiryChannel.valueOf(rs.getString("channel")),
				InquiryCategory.valueOf(rs.getString("category")), instant(rs, "received_at"), rs.getString("subject"),
				rs.getString("content"), rs.getBoolean("anonymous"), rs.getBoolean("public_submission"),
				rs.getObject("first_responder_id", Long.class), rs.getString("first_responder_number"),
				rs.getObject("concerned_unit_id", Long.class), rs.getObject("concerned_department_id", Long.class),
				rs.getObject("concerned_staff_id", Long.class), rs.getObject("acceptance_due", LocalDate.class),
				rs.getObject("item_id", Long.class), List.of(), conduct(rs));
		InquiryProgress progress = new InquiryProgress(rs.getObject("department_id", Long.class),
				rs.getObject("handler_id", Long.class), rs.getString("handler_number"), rs.getObject("post_id", Long.class),
				InquiryState.valueOf(rs.getString("state")), rs.getObject("callback_post_id", Long.class),
				rs.getObject("callback_due", LocalDate.class), rs.getObject("authority_id", Long.class),
				rs.getInt("hand_overs"), rs.getBoolean("buck_passing"), rs.getString("answer"),
				instant(rs, "answered_at"), rs.getObject("promised_by", LocalDate.class),
				outcome == null ? null : InquiryOutcome.valueOf(outcome), instant(rs, "closed_at"),
				rs.getString("closed_by"), rs.getObject("acknowledge_due", LocalDate.class),
				instant(rs, "acknowledged_at"), rs.getObject("deadline", LocalDate.class),
				rs.getObject("extension_days", Integer.class), rs.getString("extension_reason"),
				rs.getString("extension_requested_by"), rs.getString("extension_approved_by"),
				rs.getBoolean("overdue_reported"), verification == null ? null : Verification.valueOf(verification),
				rs.getString("findings"), instant(rs, "acceptance_notified_at"), rs.getBoolean("handler_on_behalf"));
		return new Row(facts, progress);
	}

	/**
	 * The visitors with a phone of the ordinary inquiries received in the period that name a department, of one unit
	 * or of all ({@code unitId} null). Complainants and reporters are never among them: their identity is kept apart.
	 */
	List<ServedPerson> visitors(Long unitId, Instant from, Instant to) {
		return jdbc.sql("""
				select i.unit_id, i.department_id, i.received_at, v.phone from inquiry.inquiry i
				join inquiry.visitor v on v.inquiry_id = i.id
				where i.received_at >= :from and i.received_at < :to and not i.confidential
				  and i.department_id is not null and v.phone is not null
				  and (cast(:unit as bigint) is null or i.unit_id = :unit)""")
			.param("from", time(from))
			.param("to", time(to))
			.param("unit", unitId)
			.query((rs, row) -> new ServedPerson(rs.getLong(1), rs.getLong(2), instant(rs, "received_at"),
					rs.getString(4)))
			.list();
	}

}
