package org.xiaoneng.casework;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.common.ServedPerson;

/**
 * The cases (schema casework): a case is read with its steps and pauses, locked for the rest of the transaction
 * before any change, and saved in one typed write of what changed, publishing the events its transitions
 * registered. See docs/decisions/0012-casework-persistence.md for why this is JdbcClient and not Spring Data JDBC.
 */
@Repository
class CaseFiles {

	/** A case as this transaction saved it, among the transaction's reads ({@link ReadOnce}). */
	private static final String SAVED = "saved case";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CaseFiles(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The case, for reading; a case this transaction saved is not read again (the answer of a command, the copies that
	 * supervision keeps before the commit).
	 */
	Optional<Case> find(long id) {
		return Optional.ofNullable(ReadOnce.knownOr(SAVED, id, () -> jdbc
			.sql("select * from casework.case_file where id = :id")
			.param("id", id)
			.query(this::caseOf)
			.optional()
			.orElse(null)));
	}

	/**
	 * The case locked for the rest of the transaction, so that two clicks never change it twice; one this transaction
	 * saved is locked already.
	 */
	Case lock(long id) {
		return ReadOnce.knownOr(SAVED, id, () -> jdbc.sql("select * from casework.case_file where id = :id for update")
			.param("id", id)
			.query(this::caseOf)
			.optional()
			.orElseThrow(() -> new CaseNotFoundException(id)));
	}

	/** The case, for reading; unknown ones are not found. */
	Case get(long id) {
		return find(id).orElseThrow(() -> new CaseNotFoundException(id));
	}

	Optional<Case> byQueryCode(String code) {
		return jdbc.sql("select * from casework.case_file where query_code = :code")
			.param("code", code)
			.query(this::caseOf)
			.optional();
	}

	/**
	 * Makes double clicks and retries with the same key wait here for the first request's transaction, then answers
	 * its case.
	 */
	Optional<Long> firstWithIdempotencyKey(String key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", key).query().listOfRows();
		return jdbc.sql("select id from casework.case_file where idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.optional();
	}

	boolean queryCodeTaken(String code) {
		return jdbc.sql("select count(*) from casework.case_file where query_code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** Received cases whose period for a one-time notice has passed (行政许可法 第三十二条). */
	List<Long> receivedWithNoticePeriodOver(LocalDate today) {
		return jdbc.sql("select id from casework.case_file where state = 'RECEIVED' and notice_due_on < :today order by id")
			.param("today", today)
			.query(Long.class)
			.list();
	}

	/** The statement of {@link #turningBy}, whose plan a test reads. */
	static final String TURNING_BY = """
			select deadline_turns_on, id, unit_id, accepted_on, deadline, deadline_status from casework.case_file
			where deadline_turns_on <= :today and state in ('ACCEPTED', 'PROCESSING', 'REFUSAL_PENDING')
			and (deadline_turns_on, id) > (:afterDay, :afterId)
			order by deadline_turns_on, id limit :limit""";

	/**
	 * A running case whose deadline status may have worsened by a day, keyed as the sweep pages them (day, id), with
	 * what its status is worked out from.
	 */
	record Turning(LocalDate turnsOn, long id, long unitId, LocalDate acceptedOn, LocalDate deadline,
			DeadlineStatus status) {

		/** Where the first page starts: before every day a case can have. */
		static final Turning FIRST = new Turning(LocalDate.EPOCH, 0, 0, null, null, null);
	}

	/** The next day worked out for a case read as it was. */
	record NextDay(Turning read, LocalDate day) {
	}

	/**
	 * The next page of cases whose clock runs ({@link Case#CLOCK_RUNNING}) and whose status may have worsened by the
	 * day (their day has come), after {@code after} by day and id: read over the partial index on the day (casework
	 * V13), so that cases whose day lies ahead, paused ones and closed history are never read. A refusal filed before
	 * acceptance leaves its case REFUSAL_PENDING without a deadline, and so without a day: it is not listed.
	 */
	List<Turning> turningBy(LocalDate today, Turning after, int limit) {
		return jdbc.sql(TURNING_BY)
			.param("today", today)
			.param("afterDay", after.turnsOn())
			.param("afterId", after.id())
			.param("limit", limit)
			.query((rs, row) -> new Turning(date(rs, "deadline_turns_on"), rs.getLong("id"), rs.getLong("unit_id"),
					date(rs, "accepted_on"), date(rs, "deadline"),
					optional(rs.getString("deadline_status"), DeadlineStatus.class)))
			.list();
	}

	/**
	 * Moves on, in one statement, the days of cases whose status stood when their day came; a case whose deadline or
	 * status changed since it was read keeps the day its own transition gave it. Returns how many moved.
	 */
	int moveDaysOn(List<NextDay> days) {
		if (days.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update casework.case_file c set deadline_turns_on = v.day
				from unnest(cast(:ids as bigint[]), cast(:days as date[]), cast(:deadlines as date[]),
				cast(:statuses as text[])) as v(id, day, deadline, status)
				where c.id = v.id and c.deadline = v.deadline and c.deadline_status is not distinct from v.status""")
			.param("ids", days.stream().map(d -> d.read().id()).toArray(Long[]::new))
			.param("days", days.stream().map(d -> d.day().toString()).toArray(String[]::new))
			.param("deadlines", days.stream().map(d -> d.read().deadline().toString()).toArray(String[]::new))
			.param("statuses", days.stream().map(d -> name(d.read().status())).toArray(String[]::new))
			.update();
	}

	/**
	 * After a unit's calendar (or the national one, {@code unitIds} null) changed in the years from {@code firstDay}
	 * to {@code lastDay}: the running cases whose clock touches them are due now, so that the next sweep works their
	 * status and day out again with the new calendar. Returns how many.
	 */
	int turningAgainFrom(LocalDate today, LocalDate firstDay, LocalDate lastDay, List<Long> unitIds) {
		return jdbc.sql("""
				update casework.case_file set deadline_turns_on = :today
				where deadline_turns_on > :today and state in ('ACCEPTED', 'PROCESSING', 'REFUSAL_PENDING')
				and accepted_on <= :lastDay and deadline >= :firstDay
				and (cast(:everyUnit as boolean) or unit_id in (:units))""")
			.param("today", today)
			.param("firstDay", firstDay)
			.param("lastDay", lastDay)
			.param("everyUnit", unitIds == null)
			.param("units", unitIds == null || unitIds.isEmpty() ? List.of(-1L) : unitIds)
			.update();
	}

	// ---- writing ----------------------------------------------------------------------------------------------

	/** Stores a new case; it gets its id and announces its receipt. */
	void add(Case kase) {
		CaseIntake in = kase.intake();
		ApplicantOnFile a = in.applicant();
		long id = jdbc.sql("""
				insert into casework.case_file (unit_id, department_id, item_id, item_version, item_name, query_code, state,
				channel, applicant_kind, applicant_name, applicant_organisation, id_type, id_number_encrypted, id_number_hash,
				id_number_masked, phone_encrypted, phone_masked, email_encrypted, address, agent_name, agent_id_type,
				agent_id_encrypted, agent_id_hash, agent_phone_encrypted, pickup_method, received_on, received_at,
				received_by, notice_due_on, last_supplied_on, idempotency_key)
				values (:unit, :department, :item, :version, :itemName, :queryCode, :state, :channel, :kind, :name,
				:organisation, :idType, :idEncrypted, :idHash, :idMasked, :phoneEncrypted, :phoneMasked, :email, :address,
				:agentName, :agentIdType, :agentIdEncrypted, :agentIdHash, :agentPhone, :pickup, :receivedOn, :receivedAt,
				:receivedBy, :noticeDue, :lastSupplied, :key) returning id""")
			.param("unit", in.unitId())
			.param("department", in.departmentId())
			.param("item", in.itemId())
			.param("version", in.itemVersion())
			.param("itemName", in.itemName())
			.param("queryCode", in.queryCode())
			.param("state", kase.state().name())
			.param("channel", in.channel().name())
			.param("kind", a.kind().name())
			.param("name", a.name())
			.param("organisation", a.organisation())
			.param("idType", a.idType().name())
			.param("idEncrypted", a.idNumberEncrypted())
			.param("idHash", a.idNumberHash())
			.param("idMasked", a.idNumberMasked())
			.param("phoneEncrypted", a.phoneEncrypted())
			.param("phoneMasked", a.phoneMasked())
			.param("email", a.emailEncrypted())
			.param("address", a.address())
			.param("agentName", a.agentName())
			.param("agentIdType", name(a.agentIdType()))
			.param("agentIdEncrypted", a.agentIdEncrypted())
			.param("agentIdHash", a.agentIdHash())
			.param("agentPhone", a.agentPhoneEncrypted())
			.param("pickup", in.pickup().name())
			.param("receivedOn", in.receivedOn())
			.param("receivedAt", time(in.receivedAt()))
			.param("receivedBy", in.receivedBy())
			.param("noticeDue", kase.notice().dueOn())
			.param("lastSupplied", kase.notice().lastSuppliedOn())
			.param("key", in.idempotencyKey())
			.query(Long.class)
			.single();
		kase.identify(id);
		release(kase);
	}

	/** Writes what the case's transitions changed (the case was locked) and publishes the events they registered. */
	void save(Case kase) {
		Schedule s = kase.schedule();
		Assignment now = kase.current();
		Outcome o = kase.outcome();
		jdbc.sql("""
				update casework.case_file set case_number = :number, state = :state, state_before = :before,
				notice_due_on = :noticeDue, last_supplied_on = :lastSupplied, deemed_accepted = :deemed,
				accepted_on = :acceptedOn, accepted_at = :acceptedAt, accepted_by = :acceptedBy,
				promised_days = :promised, statutory_days = :statutory, natural_days = :natural, base_deadline = :base,
				statutory_base_deadline = :statutoryBase, promised_deadline = :promisedDeadline,
				statutory_deadline = :statutoryDeadline, deadline = :deadline,
				paused_working_days = :paused, extension_working_days = :extended, deadline_status = :status,
				deadline_turns_on = :turnsOn,
				current_step = :step, current_post_id = :post, current_department_id = :currentDepartment,
				current_staff_id = :staff, current_staff_number = :staffNumber, result = :result,
				certificate_name = :certificate, certificate_number = :certificateNumber, decided_on = :decided,
				delivery_method = :delivery, delivered_on = :delivered, delivered_late = :late,
				withdrawn_on = :withdrawn, version = version + 1
				where id = :id""")
			.param("id", kase.id())
			.param("number", kase.caseNumber())
			.param("state", kase.state().name())
			.param("before", name(kase.stateBefore()))
			.param("noticeDue", kase.notice().dueOn())
			.param("lastSupplied", kase.notice().lastSuppliedOn())
			.param("deemed", s.deemedAccepted())
			.param("acceptedOn", s.acceptedOn())
			.param("acceptedAt", time(s.acceptedAt()))
			.param("acceptedBy", s.acceptedBy())
			.param("promised", s.promisedDays())
			.param("statutory", s.statutoryDays())
			.param("natural", s.naturalDays())
			.param("base", s.baseDeadline())
			.param("statutoryBase", s.statutoryBaseDeadline())
			.param("promisedDeadline", s.promisedDeadline())
			.param("statutoryDeadline", s.statutoryDeadline())
			.param("deadline", s.deadline())
			.param("paused", s.pausedWorkingDays())
			.param("extended", s.extensionWorkingDays())
			.param("status", name(s.deadlineStatus()))
			.param("turnsOn", s.deadlineTurnsOn())
			.param("step", now.step())
			.param("post", now.postId())
			.param("currentDepartment", now.departmentId())
			.param("staff", now.staffId())
			.param("staffNumber", now.staffNumber())
			.param("result", name(o.result()))
			.param("certificate", o.certificateName())
			.param("certificateNumber", o.certificateNumber())
			.param("decided", o.decidedOn())
			.param("delivery", name(o.deliveryMethod()))
			.param("delivered", o.deliveredOn())
			.param("late", o.deliveredLate())
			.param("withdrawn", o.withdrawnOn())
			.update();
		for (Step step : kase.steps()) {
			if (!step.stored()) {
				insert(kase.id(), step);
			}
			else if (step.changed()) {
				update(kase.id(), step);
			}
		}
		for (Pause pause : kase.pauses()) {
			if (pause.id() == null) {
				pause.saved(insert(kase.id(), pause));
			}
			else if (pause.changed()) {
				update(pause);
				pause.saved(pause.id());
			}
		}
		ReadOnce.known(SAVED, kase.id(), kase);
		release(kase);
	}

	private void release(Case kase) {
		kase.releaseEvents().forEach(events::publishEvent);
	}

	private void insert(long caseId, Step step) {
		jdbc.sql("""
				insert into casework.case_step (case_id, number, name, post_id, department_id, budget_days)
				values (:case, :number, :name, :post, :department, :budget)""")
			.param("case", caseId)
			.param("number", step.number())
			.param("name", step.name())
			.param("post", step.postId())
			.param("department", step.departmentId())
			.param("budget", step.budgetDays())
			.update();
		if (step.changed()) {
			update(caseId, step);
		}
		step.saved();
	}

	/** Everything a step's transitions change; its late-signature flag is the sweep's and is left alone. */
	private void update(long caseId, Step step) {
		jdbc.sql("""
				update casework.case_step set staff_id = :staff, staff_number = :staffNumber, on_behalf = :behalf,
				assigned_at = :assignedAt, assigned_on = :assignedOn, due_on = :due, needs_signing = :signing,
				sign_by = :signBy, signed_at = :signedAt, signed_by = :signedBy, completed_at = :completedAt,
				completed_on = :completedOn, completed_by = :completedBy, opinion = :opinion
				where case_id = :case and number = :number""")
			.param("case", caseId)
			.param("number", step.number())
			.param("staff", step.staffId())
			.param("staffNumber", step.staffNumber())
			.param("behalf", step.onBehalf())
			.param("assignedAt", time(step.assignedAt()))
			.param("assignedOn", step.assignedOn())
			.param("due", step.dueOn())
			.param("signing", step.needsSigning())
			.param("signBy", step.signBy())
			.param("signedAt", time(step.signedAt()))
			.param("signedBy", step.signedBy())
			.param("completedAt", time(step.completedAt()))
			.param("completedOn", step.completedOn())
			.param("completedBy", step.completedBy())
			.param("opinion", step.opinion())
			.update();
		step.saved();
	}

	private long insert(long caseId, Pause pause) {
		return jdbc.sql("""
				insert into casework.case_pause (case_id, kind, procedure_name, reason, planned_days, started_on, started_by,
				ended_on, working_days) values (:case, :kind, :procedure, :reason, :planned, :on, :by, :ended, :days)
				returning id""")
			.param("case", caseId)
			.param("kind", pause.kind().name())
			.param("procedure", pause.procedureName())
			.param("reason", pause.reason())
			.param("planned", pause.plannedDays())
			.param("on", pause.startedOn())
			.param("by", pause.startedBy())
			.param("ended", pause.endedOn())
			.param("days", pause.workingDays())
			.query(Long.class)
			.single();
	}

	private void update(Pause pause) {
		jdbc.sql("update casework.case_pause set ended_on = :on, working_days = :days where id = :id")
			.param("id", pause.id())
			.param("on", pause.endedOn())
			.param("days", pause.workingDays())
			.update();
	}

	// ---- unsigned handovers (the sweep's own flag) ----------------------------------------------------------------

	/** A step that was handed over and not signed for by the end of its working day. */
	record UnsignedStep(long caseId, long unitId, int number, long departmentId, Long staffId, LocalDate assignedOn) {
	}

	List<UnsignedStep> unsignedBefore(LocalDate today) {
		return jdbc.sql("""
				select s.case_id, c.unit_id, s.number, s.department_id, s.staff_id, s.assigned_on
				from casework.case_step s join casework.case_file c on c.id = s.case_id
				where s.needs_signing and s.signed_at is null and not s.sign_flagged and s.sign_by < :today
				order by s.case_id, s.number""")
			.param("today", today)
			.query((rs, row) -> new UnsignedStep(rs.getLong("case_id"), rs.getLong("unit_id"), rs.getInt("number"),
					rs.getLong("department_id"), (Long) rs.getObject("staff_id"), date(rs, "assigned_on")))
			.list();
	}

	/** Flags the step unless it is flagged already; returns whether this call flagged it. */
	boolean flagUnsigned(long caseId, int number) {
		return jdbc.sql("""
				update casework.case_step set sign_flagged = true
				where case_id = :case and number = :number and not sign_flagged""")
			.param("case", caseId)
			.param("number", number)
			.update() == 1;
	}

	// ---- reading rows -------------------------------------------------------------------------------------------

	private Case caseOf(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		ApplicantOnFile applicant = new ApplicantOnFile(ApplicantKind.valueOf(rs.getString("applicant_kind")),
				rs.getString("applicant_name"), rs.getString("applicant_organisation"),
				IdType.valueOf(rs.getString("id_type")), rs.getString("id_number_encrypted"),
				rs.getString("id_number_hash"), rs.getString("id_number_masked"), rs.getString("phone_encrypted"),
				rs.getString("phone_masked"), rs.getString("email_encrypted"), rs.getString("address"),
				rs.getString("agent_name"), optional(rs.getString("agent_id_type"), IdType.class),
				rs.getString("agent_id_encrypted"), rs.getString("agent_id_hash"), rs.getString("agent_phone_encrypted"));
		CaseIntake intake = new CaseIntake(rs.getLong("unit_id"), rs.getLong("department_id"), rs.getLong("item_id"),
				rs.getInt("item_version"), rs.getString("item_name"), rs.getString("query_code"),
				SubmissionChannel.valueOf(rs.getString("channel")), applicant,
				DeliveryMethod.valueOf(rs.getString("pickup_method")), date(rs, "received_on"),
				instant(rs, "received_at"), rs.getString("received_by"), rs.getString("idempotency_key"));
		Schedule schedule = new Schedule(date(rs, "accepted_on"), instant(rs, "accepted_at"),
				rs.getString("accepted_by"), rs.getBoolean("deemed_accepted"), (Integer) rs.getObject("promised_days"),
				(Integer) rs.getObject("statutory_days"), rs.getBoolean("natural_days"), date(rs, "base_deadline"),
				date(rs, "statutory_base_deadline"), date(rs, "promised_deadline"), date(rs, "statutory_deadline"),
				date(rs, "deadline"),
				rs.getInt("paused_working_days"), rs.getInt("extension_working_days"),
				optional(rs.getString("deadline_status"), DeadlineStatus.class), date(rs, "deadline_turns_on"));
		Assignment current = new Assignment((Integer) rs.getObject("current_step"),
				(Long) rs.getObject("current_post_id"), (Long) rs.getObject("current_department_id"),
				(Long) rs.getObject("current_staff_id"), rs.getString("current_staff_number"));
		Outcome outcome = new Outcome(optional(rs.getString("result"), CaseResult.class),
				rs.getString("certificate_name"), rs.getString("certificate_number"), date(rs, "decided_on"),
				optional(rs.getString("delivery_method"), DeliveryMethod.class), date(rs, "delivered_on"),
				(Boolean) rs.getObject("delivered_late"), date(rs, "withdrawn_on"));
		return new Case(id, intake, rs.getString("case_number"), CaseState.valueOf(rs.getString("state")),
				optional(rs.getString("state_before"), CaseState.class),
				new NoticePeriod(date(rs, "notice_due_on"), date(rs, "last_supplied_on")), schedule, current, outcome, steps(id), pauses(id));
	}

	private List<Step> steps(long caseId) {
		return jdbc.sql("select * from casework.case_step where case_id = :id order by number")
			.param("id", caseId)
			.query((rs, row) -> Step.stored(new CaseStep(rs.getInt("number"), rs.getString("name"),
					rs.getLong("post_id"), rs.getLong("department_id"), (Long) rs.getObject("staff_id"), null,
					rs.getBoolean("on_behalf"), rs.getInt("budget_days"), date(rs, "assigned_on"), date(rs, "due_on"),
					rs.getBoolean("needs_signing"), date(rs, "sign_by"), instant(rs, "signed_at"),
					rs.getBoolean("sign_flagged"), date(rs, "completed_on"), rs.getString("completed_by"),
					rs.getString("opinion")), instant(rs, "assigned_at"), rs.getString("staff_number"),
					rs.getString("signed_by"), instant(rs, "completed_at")))
			.list();
	}

	private List<Pause> pauses(long caseId) {
		return jdbc.sql("select * from casework.case_pause where case_id = :id order by id")
			.param("id", caseId)
			.query((rs, row) -> new Pause(rs.getLong("id"), PauseKind.valueOf(rs.getString("kind")),
					rs.getString("procedure_name"), rs.getString("reason"), (Integer) rs.getObject("planned_days"),
					date(rs, "started_on"), rs.getString("started_by"), date(rs, "ended_on"),
					(Integer) rs.getObject("working_days")))
			.list();
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	static <E extends Enum<E>> E optional(String value, Class<E> type) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** The applicants of the cases received in the period, of one unit or of all ({@code unitId} null). */
	List<ServedPerson> applicants(Long unitId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select unit_id, department_id, received_at, phone_encrypted from casework.case_file
				where received_on between :from and :to and (cast(:unit as bigint) is null or unit_id = :unit)""")
			.param("from", from)
			.param("to", to)
			.param("unit", unitId)
			.query((rs, row) -> new ServedPerson(rs.getLong(1), rs.getLong(2), instant(rs, "received_at"),
					rs.getString(4)))
			.list();
	}

}
