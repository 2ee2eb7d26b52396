package org.xiaoneng.supervision;

/**
 * A supervisor revoked a card on its holder's appeal (撤销): listeners undo whatever they counted for it.
 *
 * @param cardId the card
 * @param ruleCode the rule that raised it
 * @param colour its colour when revoked
 * @param unitId the object's unit
 * @param departmentId the object's department, or {@code null}
 * @param holderStaffId who held it, or {@code null}
 * @param decidedBy the supervisor's sign-in name
 */
public record CardRevoked(long cardId, String ruleCode, CardColour colour, long unitId, Long departmentId,
		Long holderStaffId, String decidedBy) {
}
