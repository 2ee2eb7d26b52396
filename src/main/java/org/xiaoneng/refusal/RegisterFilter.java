package org.xiaoneng.refusal;

import java.time.LocalDate;

/**
 * Which filings of the register to list; {@code null} means any.
 *
 * @param unitId the case's unit
 * @param departmentId the case's department
 * @param handlerStaffId the handler who filed
 * @param itemId the service item
 * @param from filed on or after
 * @param to filed on or before
 * @param withinAuthority within or beyond the handler's authority
 * @param state where the filing stands
 * @param decision the leader's decision
 */
public record RegisterFilter(Long unitId, Long departmentId, Long handlerStaffId, Long itemId, LocalDate from,
		LocalDate to, Boolean withinAuthority, RefusalState state, Decision decision) {

	/** Every filing the caller may see. */
	public static RegisterFilter everything() {
		return new RegisterFilter(null, null, null, null, null, null, null, null, null);
	}
}
