package org.xiaoneng.supervision;

import java.time.LocalDate;

/**
 * A card was issued to its holder, who owes a rectification report (整改反馈) by {@code feedbackDue}. Evaluation
 * counts it against the unit, department and holder; accountability may open a case on a red one.
 *
 * @param cardId the card
 * @param ruleCode the rule that raised it
 * @param ruleVersion the version of the unit's rule settings that raised it
 * @param colour 预警, 黄牌 or 红牌
 * @param objectType what it is about
 * @param objectId that object's id in its module
 * @param unitId the object's unit
 * @param departmentId the object's department, or {@code null} when it names none
 * @param holderStaffId who holds it, or {@code null} when nobody could be named (the unit's leaders see it)
 * @param feedbackDue the last day of the feedback
 */
public record CardIssued(long cardId, String ruleCode, int ruleVersion, CardColour colour, ObjectType objectType,
		long objectId, long unitId, Long departmentId, Long holderStaffId, LocalDate feedbackDue) {
}
