package org.xiaoneng.refusal;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.organization.DataScope;

/** The filings (否定报备登记表) with their legal basis and notices. */
@Repository
class Filings {

	private static final String AWAITING = "('AWAITING_LEADER', 'AWAITING_COLLECTIVE_DECISION')";

	private final JdbcClient jdbc;

	private final Cryptography cryptography;

	Filings(JdbcClient jdbc, Cryptography cryptography) {
		this.jdbc = jdbc;
		this.cryptography = cryptography;
	}

	/** A filing to insert: everything the form and the authority check decided. */
	record NewFiling(RefusedMatter matter, String caseReference, RefusalKind kind, RefusalState state, long unitId,
			long departmentId, long itemId, int itemVersion, String itemName, Refusal.ApplicantParticulars applicant,
			String circumstances, String reasons, List<LegalBasis> legalBasis, String materialsConcerned,
			Refusal.HandlerParticulars handler, String handlerStaffNumber, RefusalAuthority requiredAuthority,
			boolean withinAuthority, boolean major, Long deciderStaffId, Long actingForStaffId, LocalDate decisionDue,
			String filedBy, Instant filedAt, LocalDate filedOn) {
	}

	long insert(NewFiling filing) {
		long id = jdbc.sql("""
				insert into refusal.filing (case_id, inquiry_id, case_reference, kind, state, unit_id, department_id, item_id,
				item_version, item_name, applicant_name, applicant_organisation, applicant_masked_id,
				applicant_masked_phone, applicant_address, circumstances, reasons, materials_concerned, handler_staff_id,
				handler_staff_number, handler_name, handler_unit, handler_post, handler_masked_phone, required_authority,
				within_authority, major, decider_staff_id, acting_for_staff_id, decision_due, filed_by, filed_at,
				filed_on)
				values (:caseId, :inquiryId, :caseReference, :kind, :state, :unitId, :departmentId, :itemId, :itemVersion,
				:itemName, :applicantName, :applicantOrganisation, :applicantMaskedId, :applicantMaskedPhone,
				:applicantAddress, :circumstances, :reasons, :materials, :handlerStaffId, :handlerStaffNumber,
				:handlerName, :handlerUnit, :handlerPost, :handlerPhone, :requiredAuthority, :within, :major, :decider,
				:actingFor, :due, :filedBy, :filedAt, :filedOn) returning id""")
			.param("caseId", filing.matter().isCase() ? filing.matter().caseId().value() : null)
			.param("inquiryId", filing.matter().isCase() ? null : filing.matter().inquiryId().value())
			.param("caseReference", filing.caseReference())
			.param("kind", filing.kind().name())
			.param("state", filing.state().name())
			.param("unitId", filing.unitId())
			.param("departmentId", filing.departmentId())
			.param("itemId", filing.itemId())
			.param("itemVersion", filing.itemVersion())
			.param("itemName", filing.itemName())
			.param("applicantName", filing.applicant().name())
			.param("applicantOrganisation", filing.applicant().organisation())
			.param("applicantMaskedId", filing.applicant().maskedIdNumber())
			.param("applicantMaskedPhone", filing.applicant().maskedPhone())
			.param("applicantAddress",
					filing.applicant().address() == null ? null : cryptography.encrypt(filing.applicant().address()))
			.param("circumstances", filing.circumstances())
			.param("reasons", filing.reasons())
			.param("materials", filing.materialsConcerned())
			.param("handlerStaffId", filing.handler().staffId())
			.param("handlerStaffNumber", filing.handlerStaffNumber())
			.param("handlerName", filing.handler().name())
			.param("handlerUnit", filing.handler().unit())
			.param("handlerPost", filing.handler().post())
			.param("handlerPhone", filing.handler().maskedPhone())
			.param("requiredAuthority", filing.requiredAuthority().name())
			.param("within", filing.withinAuthority())
			.param("major", filing.major())
			.param("decider", filing.deciderStaffId())
			.param("actingFor", filing.actingForStaffId())
			.param("due", filing.decisionDue())
			.param("filedBy", filing.filedBy())
			.param("filedAt", time(filing.filedAt()))
			.param("filedOn", filing.filedOn())
			.query(Long.class)
			.single();
		int position = 1;
		for (LegalBasis basis : filing.legalBasis()) {
			jdbc.sql("insert into refusal.legal_basis (filing_id, position, law, article) values (?, ?, ?, ?)")
				.params(id, position++, basis.law(), basis.article())
				.update();
		}
		return id;
	}

	/** Whether the staff member has filed any refusal. */
	boolean anyFiledBy(long handlerStaffId) {
		return jdbc.sql("select exists (select 1 from refusal.filing where handler_staff_id = :id)")
			.param("id", handlerStaffId)
			.query(Boolean.class)
			.single();
	}

	Optional<Refusal> find(long id) {
		return list("where f.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Whether the filing's work lies in the scope: its case's department or unit, or the handler's own. */
	boolean visible(long id, DataScope scope) {
		if (scope.wholeRegion()) {
			return true;
		}
		return jdbc.sql("select unit_id, department_id, handler_staff_number from refusal.filing where id = :id")
			.param("id", id)
			.query((rs, row) -> scope.includes(rs.getString("handler_staff_number"), rs.getLong("unit_id"),
					rs.getLong("department_id")))
			.optional()
			.orElse(false);
	}

	List<Refusal> ofCase(long caseId) {
		return list("where f.case_id = :caseId", Map.of("caseId", caseId));
	}

	/** The filings on the matter, a case's or an inquiry's. */
	List<Refusal> of(RefusedMatter matter) {
		return matter.isCase() ? ofCase(matter.caseId().value())
				: list("where f.inquiry_id = :inquiryId", Map.of("inquiryId", matter.inquiryId().value()));
	}

	/** The filings waiting for a decision, soonest due first. */
	List<Refusal> awaitingDecision() {
		return list("where f.state in " + AWAITING, Map.of());
	}

	/** The filings waiting for a decision that was due before the day and not yet reported overdue. */
	List<Refusal> overdueUnreported(LocalDate today) {
		return list("where f.state in " + AWAITING + " and f.decision_due < :today and f.overdue_reported_at is null",
				Map.of("today", today));
	}

	/**
	 * Marks these overdue decisions reported, their rows locked in the order of their ids; returns the ids it marked,
	 * without those another run marked first.
	 */
	List<Long> markOverdueReported(List<Long> ids, Instant at) {
		return ids.isEmpty() ? List.of() : jdbc.sql("""
				with due as (select id from refusal.filing where id in (:ids) and overdue_reported_at is null
				             order by id for update)
				update refusal.filing f set overdue_reported_at = :at from due where f.id = due.id returning f.id""")
			.param("at", time(at))
			.param("ids", ids)
			.query(Long.class)
			.list();
	}

	/** Stores the filing's decision and the state it led to; {@code false} when the filing was decided meanwhile. */
	boolean saveDecision(Filing filing) {
		Filing.Decided decided = filing.decided();
		return jdbc.sql("update refusal.filing set decision = :decision, state = :state, decided_by_staff_id = :staff, "
				+ "decided_by_name = :name, decided_at = :at, opinion = :opinion, collective_participants = :participants, "
				+ "collective_decided_on = :on where id = :id and state in " + AWAITING)
			.param("decision", decided.decision().name())
			.param("state", filing.state().name())
			.param("staff", decided.staffId())
			.param("name", decided.staffName())
			.param("at", time(decided.at()))
			.param("opinion", decided.opinion())
			.param("participants", decided.participants())
			.param("on", decided.collectiveOn())
			.param("id", filing.id().value())
			.update() == 1;
	}

	/** Stores the filing's review and the state it led to. */
	void saveReview(Filing filing) {
		Filing.Reviewed review = filing.reviewed();
		jdbc.sql("""
				update refusal.filing set state = :state, reviewed_by = :by, reviewed_at = :at, review_wrong = :wrong,
				review_finding = :finding where id = :id""")
			.param("state", filing.state().name())
			.param("by", review.by())
			.param("at", time(review.at()))
			.param("wrong", review.wrong())
			.param("finding", review.finding())
			.param("id", filing.id().value())
			.update();
	}

	/** The applicant's address in clear, for the notice. */
	Optional<String> applicantAddress(long id) {
		return jdbc.sql("select applicant_address from refusal.filing where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(cryptography::decrypt);
	}

	// ---- notices ----------------------------------------------------------------------------------------------

	/** The next notice number of the unit in the year: 1, 2, 3… */
	int nextNoticeSequence(long unitId, int year) {
		return jdbc.sql("""
				insert into refusal.notice_counter (unit_id, year, last) values (:unit, :year, 1)
				on conflict (unit_id, year) do update set last = refusal.notice_counter.last + 1 returning last""")
			.param("unit", unitId)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	void insertNotice(long id, String number, String title, LocalDate issuedOn, byte[] pdf) {
		jdbc.sql("insert into refusal.notice (filing_id, number, title, issued_on, pdf) values (?, ?, ?, ?, ?)")
			.params(id, number, title, issuedOn, pdf)
			.update();
	}

	Optional<byte[]> noticePdf(long id) {
		return jdbc.sql("select pdf from refusal.notice where filing_id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional();
	}

	// ---- register ---------------------------------------------------------------------------------------------

	/** The filings of the register that match the filter and lie in the scope, newest first, at most 1000. */
	List<Refusal> register(RegisterFilter filter, DataScope scope) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		scopeCondition(scope, conditions, params);
		condition(conditions, params, "f.unit_id = :unitId", "unitId", filter.unitId());
		condition(conditions, params, "f.department_id = :departmentId", "departmentId", filter.departmentId());
		condition(conditions, params, "f.handler_staff_id = :handler", "handler", filter.handlerStaffId());
		condition(conditions, params, "f.item_id = :itemId", "itemId", filter.itemId());
		condition(conditions, params, "f.filed_on >= :from", "from", filter.from());
		condition(conditions, params, "f.filed_on <= :to", "to", filter.to());
		condition(conditions, params, "f.within_authority = :within", "within", filter.withinAuthority());
		condition(conditions, params, "f.state = :state", "state",
				filter.state() == null ? null : filter.state().name());
		condition(conditions, params, "f.decision = :decision", "decision",
				filter.decision() == null ? null : filter.decision().name());
		String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
		return list(where, params, "order by f.filed_at desc, f.id desc limit 1000");
	}

	/** The distinct units, departments, items (with names) and handlers (with names) of the filings in the scope. */
	List<long[]> unitsAndDepartments(DataScope scope) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		scopeCondition(scope, conditions, params);
		String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
		return jdbc.sql("select distinct f.unit_id, f.department_id from refusal.filing f " + where)
			.params(params)
			.query((rs, row) -> new long[] { rs.getLong("unit_id"), rs.getLong("department_id") })
			.list();
	}

	List<RegisterOptions.Option> distinctNamed(String idColumn, String nameColumn, DataScope scope) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		scopeCondition(scope, conditions, params);
		String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
		return jdbc.sql("select f." + idColumn + " as id, min(f." + nameColumn + ") as name from refusal.filing f "
				+ where + " group by f." + idColumn + " order by 2")
			.params(params)
			.query((rs, row) -> new RegisterOptions.Option(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** Count of filings, beyond authority and overruled, per department of the period, in the scope. */
	List<DepartmentCount> countsByDepartment(LocalDate from, LocalDate to, DataScope scope) {
		List<String> conditions = new ArrayList<>(List.of("f.filed_on >= :from", "f.filed_on <= :to"));
		Map<String, Object> params = new HashMap<>(Map.of("from", from, "to", to));
		scopeCondition(scope, conditions, params);
		return jdbc.sql("select unit_id, department_id, count(*) as filings, "
				+ "count(*) filter (where not within_authority) as beyond, "
				+ "count(*) filter (where not within_authority and decision is not null) as decided, "
				+ "count(*) filter (where decision = 'DISAGREED') as overruled from refusal.filing f where "
				+ String.join(" and ", conditions) + " group by unit_id, department_id "
				+ "order by unit_id, department_id")
			.params(params)
			.query((rs, row) -> new DepartmentCount(rs.getLong("unit_id"), rs.getLong("department_id"),
					rs.getLong("filings"), rs.getLong("beyond"), rs.getLong("decided"), rs.getLong("overruled")))
			.list();
	}

	/** One department's figures of a period. */
	record DepartmentCount(long unitId, long departmentId, long filings, long beyond, long decided, long overruled) {
	}

	private static void scopeCondition(DataScope scope, List<String> conditions, Map<String, Object> params) {
		if (scope.wholeRegion()) {
			return;
		}
		List<String> any = new ArrayList<>();
		if (!scope.unitIds().isEmpty()) {
			any.add("f.unit_id in (:scopeUnits)");
			params.put("scopeUnits", scope.unitIds());
		}
		if (!scope.departmentIds().isEmpty()) {
			any.add("f.department_id in (:scopeDepartments)");
			params.put("scopeDepartments", scope.departmentIds());
		}
		if (scope.ownStaffNumber() != null) {
			any.add("f.handler_staff_number = :scopeOwn");
			params.put("scopeOwn", scope.ownStaffNumber());
		}
		conditions.add(any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")");
	}

	private static void condition(List<String> conditions, Map<String, Object> params, String sql, String name,
			Object value) {
		if (value != null) {
			conditions.add(sql);
			params.put(name, value);
		}
	}

	private List<Refusal> list(String where, Map<String, ?> params) {
		return list(where, params, "order by f.decision_due nulls last, f.filed_at, f.id");
	}

	private List<Refusal> list(String where, Map<String, ?> params, String order) {
		List<Row> rows = jdbc.sql("select f.*, n.number as notice_number, n.issued_on as notice_issued_on "
				+ "from refusal.filing f left join refusal.notice n on n.filing_id = f.id " + where + " " + order)
			.params(params)
			.query(Filings::row)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<LegalBasis>> basis = new HashMap<>();
		jdbc.sql("select filing_id, law, article from refusal.legal_basis where filing_id in (:ids) "
				+ "order by filing_id, position")
			.param("ids", rows.stream().map(row -> row.refusal().id().value()).toList())
			.query((rs, row) -> basis.computeIfAbsent(rs.getLong("filing_id"), id -> new ArrayList<>())
				.add(new LegalBasis(rs.getString("law"), rs.getString("article"))))
			.list();
		return rows.stream().map(row -> row.with(basis.getOrDefault(row.refusal().id().value(), List.of()))).toList();
	}

	/** A filing as read, before its legal basis is added. */
	private record Row(Refusal refusal) {

		Refusal with(List<LegalBasis> basis) {
			return refusal.withLegalBasis(basis);
		}
	}

	private static RefusedMatter matter(ResultSet rs) throws SQLException {
		Long caseId = rs.getObject("case_id", Long.class);
		return caseId != null ? RefusedMatter.ofCase(caseId) : RefusedMatter.ofInquiry(rs.getLong("inquiry_id"));
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		String decision = rs.getString("decision");
		Refusal.Review review = rs.getString("reviewed_by") == null ? null
				: new Refusal.Review(rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
						rs.getBoolean("review_wrong"), rs.getString("review_finding"));
		return new Row(new Refusal(new RefusalId(rs.getLong("id")), matter(rs), rs.getString("case_reference"),
				RefusalKind.valueOf(rs.getString("kind")), RefusalState.valueOf(rs.getString("state")),
				rs.getLong("unit_id"), rs.getLong("department_id"), rs.getLong("item_id"), rs.getString("item_name"),
				new Refusal.ApplicantParticulars(rs.getString("applicant_name"), rs.getString("applicant_organisation"),
						rs.getString("applicant_masked_id"), rs.getString("applicant_masked_phone"), null),
				rs.getString("circumstances"), rs.getString("reasons"), List.of(), rs.getString("materials_concerned"),
				new Refusal.HandlerParticulars(rs.getLong("handler_staff_id"), rs.getString("handler_name"),
						rs.getString("handler_unit"), rs.getString("handler_post"),
						rs.getString("handler_masked_phone")),
				RefusalAuthority.valueOf(rs.getString("required_authority")), rs.getBoolean("within_authority"),
				rs.getBoolean("major"), rs.getObject("decider_staff_id", Long.class), null,
				rs.getObject("acting_for_staff_id", Long.class), rs.getObject("decision_due", LocalDate.class),
				decision == null ? null : Decision.valueOf(decision), rs.getString("decided_by_name"),
				instant(rs, "decided_at"), rs.getString("opinion"), rs.getString("collective_participants"),
				rs.getObject("collective_decided_on", LocalDate.class), instant(rs, "overdue_reported_at"),
				rs.getString("notice_number"), rs.getObject("notice_issued_on", LocalDate.class),
				rs.getString("filed_by"), instant(rs, "filed_at"), review));
	}
}
