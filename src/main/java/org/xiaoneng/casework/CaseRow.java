package org.xiaoneng.casework;

import static org.xiaoneng.common.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** One row of casework.case_file, as the facade works with it (personal data still encrypted). */
record CaseRow(long id, long unitId, long departmentId, long itemId, int itemVersion, String itemName,
		String caseNumber, String queryCode, CaseState state, CaseState stateBefore, SubmissionChannel channel,
		ApplicantKind applicantKind, String applicantName, String applicantOrganisation, IdType idType,
		String idNumberEncrypted, String idNumberHash, String idNumberMasked, String phoneEncrypted,
		String phoneMasked, String emailEncrypted, String address, String agentName, IdType agentIdType,
		String agentIdEncrypted, String agentIdHash, String agentPhoneEncrypted, DeliveryMethod pickup,
		LocalDate receivedOn, Instant receivedAt, String receivedBy, LocalDate noticeDueOn, LocalDate lastSuppliedOn, boolean deemedAccepted,
		LocalDate acceptedOn, Integer promisedDays, boolean naturalDays, LocalDate baseDeadline, LocalDate deadline,
		int pausedWorkingDays, int extensionWorkingDays, String deadlineStatus, Integer currentStep,
		Long currentPostId, Long currentDepartmentId, Long currentStaffId, String currentStaffNumber, CaseResult result,
		String certificateName, String certificateNumber, LocalDate decidedOn, DeliveryMethod deliveryMethod,
		LocalDate deliveredOn, LocalDate withdrawnOn) {

	/** The applicant's name as documents address them: the organisation, or the person. */
	String addressee() {
		return applicantOrganisation != null && !applicantOrganisation.isBlank() ? applicantOrganisation
				: applicantName;
	}

	static CaseRow map(ResultSet rs, int row) throws SQLException {
		return new CaseRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("department_id"),
				rs.getLong("item_id"), rs.getInt("item_version"), rs.getString("item_name"),
				rs.getString("case_number"), rs.getString("query_code"), CaseState.valueOf(rs.getString("state")),
				optional(rs.getString("state_before"), CaseState.class),
				SubmissionChannel.valueOf(rs.getString("channel")),
				ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_name"),
				rs.getString("applicant_organisation"), IdType.valueOf(rs.getString("id_type")),
				rs.getString("id_number_encrypted"), rs.getString("id_number_hash"),
				rs.getString("id_number_masked"), rs.getString("phone_encrypted"), rs.getString("phone_masked"),
				rs.getString("email_encrypted"), rs.getString("address"), rs.getString("agent_name"),
				optional(rs.getString("agent_id_type"), IdType.class), rs.getString("agent_id_encrypted"),
				rs.getString("agent_id_hash"), rs.getString("agent_phone_encrypted"),
				DeliveryMethod.valueOf(rs.getString("pickup_method")), date(rs, "received_on"),
				instant(rs, "received_at"), rs.getString("received_by"), date(rs, "notice_due_on"), date(rs, "last_supplied_on"),
				rs.getBoolean("deemed_accepted"), date(rs, "accepted_on"),
				(Integer) rs.getObject("promised_days"), rs.getBoolean("natural_days"), date(rs, "base_deadline"),
				date(rs, "deadline"), rs.getInt("paused_working_days"), rs.getInt("extension_working_days"),
				rs.getString("deadline_status"), (Integer) rs.getObject("current_step"),
				(Long) rs.getObject("current_post_id"), (Long) rs.getObject("current_department_id"),
				(Long) rs.getObject("current_staff_id"), rs.getString("current_staff_number"),
				optional(rs.getString("result"), CaseResult.class), rs.getString("certificate_name"),
				rs.getString("certificate_number"), date(rs, "decided_on"),
				optional(rs.getString("delivery_method"), DeliveryMethod.class), date(rs, "delivered_on"),
				date(rs, "withdrawn_on"));
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	static <E extends Enum<E>> E optional(String value, Class<E> type) {
		return value == null ? null : Enum.valueOf(type, value);
	}
}
