package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A press (督办): a supervisor's written instruction on a card or a case, with a deadline.
 *
 * @param id the press
 * @param cardId the card pressed, or {@code null}
 * @param caseId the case pressed, or {@code null}
 * @param unitId the unit
 * @param departmentId the department, or {@code null} when the card names none
 * @param addresseeStaffId who is pressed, or {@code null} when nobody could be named
 * @param instruction what is to be done
 * @param dueOn by when
 * @param pressedBy the supervisor's sign-in name
 * @param pressedAt when
 */
public record PressView(long id, Long cardId, Long caseId, long unitId, Long departmentId, Long addresseeStaffId,
		String instruction, LocalDate dueOn, String pressedBy, Instant pressedAt) {
}
