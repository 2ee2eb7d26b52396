package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A card as pages and the API show it, its rule's name and facts in the reader's language.
 *
 * @param id the card
 * @param ruleCode the rule that raised it
 * @param ruleName the rule's name
 * @param ruleVersion the version of the unit's rule settings that raised it
 * @param colour 预警, 黄牌 or 红牌
 * @param state where it stands
 * @param objectType what it is about
 * @param objectId that object's id in its module
 * @param objectPart a part of it (a step), 0 for the whole
 * @param objectLabel what it is called (a case number)
 * @param facts what happened, in a sentence
 * @param unitId the object's unit
 * @param departmentId the object's department, or {@code null}
 * @param holderStaffId who holds it, or {@code null}
 * @param holderName their name, or {@code null}
 * @param holderLevel at which level it is held
 * @param raisedAt when raised
 * @param issuedAt when issued, or {@code null} while pending
 * @param feedbackDue the last day of the feedback, or {@code null}
 * @param feedback the rectification report, or {@code null}
 * @param feedbackAt when it came, or {@code null}
 * @param closedAt when closed, revoked or cancelled, or {@code null}
 */
public record CardView(long id, String ruleCode, String ruleName, int ruleVersion, CardColour colour, CardState state,
		ObjectType objectType, long objectId, long objectPart, String objectLabel, String facts, long unitId,
		Long departmentId, Long holderStaffId, String holderName, Responsible holderLevel, Instant raisedAt,
		Instant issuedAt, LocalDate feedbackDue, String feedback, Instant feedbackAt, Instant closedAt) {
}
