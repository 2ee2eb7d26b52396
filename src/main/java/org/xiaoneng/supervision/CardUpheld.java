package org.xiaoneng.supervision;

/**
 * A supervisor upheld a card against its holder's appeal (维持): it stands as issued.
 *
 * @param cardId the card
 * @param ruleCode the rule that raised it
 * @param colour its colour
 * @param unitId the object's unit
 * @param departmentId the object's department, or {@code null}
 * @param holderStaffId who holds it, or {@code null}
 * @param decidedBy the supervisor's sign-in name
 */
public record CardUpheld(long cardId, String ruleCode, CardColour colour, long unitId, Long departmentId,
		Long holderStaffId, String decidedBy) {
}
