package org.xiaoneng.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;

/** The requests for information, one typed read and one typed write per aggregate. */
@Repository
class InformationRequests {

	private static final String COLUMNS = """
			id, unit_id, department_id, channel, applicant_kind, applicant_name, applicant_identity, applicant_contact,
			description, form_wanted, received_on, status, correction_requested_on, clock_starts_on,
			consultation_sent_on, paused_days, extension_days, extension_approved_by, extended_on, answer, answered_on,
			fee, withdrawn_on, version""";

	private final JdbcClient jdbc;

	InformationRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(InformationRequest request, LocalDate replyDue) {
		long id = jdbc.sql("""
				insert into disclosure.information_request (unit_id, department_id, channel, applicant_kind,
				  applicant_name, applicant_identity, applicant_contact, description, form_wanted, received_on, status,
				  clock_starts_on, reply_due)
				values (:unit, :department, :channel, :kind, :name, :identity, :contact, :description, :form,
				  :receivedOn, :status, :clock, :due)
				returning id""")
			.param("unit", request.unitId().value())
			.param("department", request.departmentId() == null ? null : request.departmentId().value())
			.param("channel", request.channel().name())
			.param("kind", request.applicant().kind().name())
			.param("name", request.applicant().name())
			.param("identity", request.applicant().identity())
			.param("contact", request.applicant().contact())
			.param("description", request.description())
			.param("form", request.formWanted())
			.param("receivedOn", request.receivedOn())
			.param("status", request.status().name())
			.param("clock", request.clockStartsOn())
			.param("due", replyDue)
			.query(Long.class)
			.single();
		request.saved(id);
	}

	/** Writes the request's changed state and its reply's last day; the version guards against a stale copy. */
	void save(InformationRequest request, LocalDate replyDue) {
		int updated = jdbc.sql("""
				update disclosure.information_request set status = :status, department_id = :department,
				  received_on = :receivedOn, withdrawn_on = :withdrawnOn,
				  correction_requested_on = :correction, clock_starts_on = :clock, consultation_sent_on = :consulted,
				  paused_days = :paused, extension_days = :extension, extension_approved_by = :approver, extended_on = :extendedOn,
				  reply_due = :due, answer = :answer, answered_on = :answeredOn, fee = :fee, version = version + 1
				where id = :id and version = :version""")
			.param("status", request.status().name())
			.param("department", request.departmentId() == null ? null : request.departmentId().value())
			.param("receivedOn", request.receivedOn())
			.param("withdrawnOn", request.withdrawnOn())
			.param("correction", request.correctionRequestedOn())
			.param("clock", request.clockStartsOn())
			.param("consulted", request.consultationSentOn())
			.param("paused", request.pausedDays())
			.param("extension", request.extensionDays())
			.param("approver", request.extensionApprovedBy())
			.param("extendedOn", request.extendedOn())
			.param("due", replyDue)
			.param("answer", request.answer() == null ? null : request.answer().name())
			.param("answeredOn", request.answeredOn())
			.param("fee", request.fee())
			.param("id", request.idOrNull())
			.param("version", request.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("request " + request.idOrNull() + " changed meanwhile");
		}
	}

	Optional<InformationRequest> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from disclosure.information_request where id = :id for update")
			.param("id", id)
			.query(InformationRequests::request)
			.optional();
	}

	Optional<InformationRequest> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from disclosure.information_request where id = :id")
			.param("id", id)
			.query(InformationRequests::request)
			.optional();
	}

	/** The unit's requests, online applications awaiting confirmation first, then the newest. */
	List<InformationRequest> ofUnit(long unitId) {
		return jdbc.sql("select " + COLUMNS + """
				 from disclosure.information_request where unit_id = :unit
				order by received_on desc nulls first, id desc limit 500""")
			.param("unit", unitId)
			.query(InformationRequests::request)
			.list();
	}

	/** How many requests the same applicant made to the unit in the request's calendar month, this one included. */
	int applicantsRequestsInMonth(InformationRequest request) {
		LocalDate first = request.receivedOn().withDayOfMonth(1);
		return jdbc.sql("""
				select count(*) from disclosure.information_request
				where unit_id = :unit and applicant_name = :name and applicant_contact is not distinct from :contact
				  and received_on >= :first and received_on < :next and id <= :id""")
			.param("unit", request.unitId().value())
			.param("name", request.applicant().name())
			.param("contact", request.applicant().contact())
			.param("first", first)
			.param("next", first.plusMonths(1))
			.param("id", request.idOrNull())
			.query(Integer.class)
			.single();
	}

	static InformationRequest request(ResultSet rs, int row) throws SQLException {
		String answer = rs.getString("answer");
		Long department = rs.getObject("department_id", Long.class);
		return new InformationRequest(rs.getLong("id"), new UnitId(rs.getLong("unit_id")),
				department == null ? null : new DepartmentId(department),
				RequestChannel.valueOf(rs.getString("channel")),
				new Applicant(Applicant.Kind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_name"),
						rs.getString("applicant_identity"), rs.getString("applicant_contact")),
				rs.getString("description"), rs.getString("form_wanted"), rs.getObject("received_on", LocalDate.class),
				RequestStatus.valueOf(rs.getString("status")), rs.getObject("correction_requested_on", LocalDate.class),
				rs.getObject("clock_starts_on", LocalDate.class), rs.getObject("consultation_sent_on", LocalDate.class),
				rs.getInt("paused_days"), rs.getInt("extension_days"), rs.getString("extension_approved_by"),
				rs.getObject("extended_on", LocalDate.class),
				answer == null ? null : AnswerType.valueOf(answer), rs.getObject("answered_on", LocalDate.class),
				rs.getInt("fee"), rs.getObject("withdrawn_on", LocalDate.class), rs.getInt("version"));
	}
}
