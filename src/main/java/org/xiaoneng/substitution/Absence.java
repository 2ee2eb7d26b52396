package org.xiaoneng.substitution;

import java.time.Instant;

/**
 * An absence (请假, 出差, 会议, 学习培训, 其他) of a staff member.
 *
 * @param id the absence
 * @param staffId the absentee
 * @param departmentId the absentee's department when it was asked for
 * @param kind the kind
 * @param from its start
 * @param to its end (exclusive)
 * @param reason why
 * @param status where it stands
 * @param handoverRequired whether it lasts a working day or more, so that a handover is needed before it starts
 * @param substituteStaffId who takes over the absentee's work (the B 角 of their post), or {@code null}
 * @param requestedBy who asked (sign-in name)
 * @param approvedBy who approved, or {@code null}
 * @param approvedAt when, or {@code null}
 * @param acknowledgedAt when the substitute acknowledged the handover, or {@code null}
 * @param returnReport the substitute's report of what was done (交回), or {@code null}
 */
public record Absence(long id, long staffId, long departmentId, AbsenceKind kind, Instant from, Instant to,
		String reason, AbsenceStatus status, boolean handoverRequired, Long substituteStaffId, String requestedBy,
		String approvedBy, Instant approvedAt, Instant acknowledgedAt, String returnReport) {

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}
}
