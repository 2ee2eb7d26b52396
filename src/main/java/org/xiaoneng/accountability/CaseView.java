package org.xiaoneng.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A case as its page shows it. The source's record is linked for supervisors only ({@code sourceId} is {@code null}
 * for everyone else), and nothing in it names whoever complained.
 *
 * @param row what lists show of it
 * @param sourceId the source's id in its module, for supervisors; {@code null} for anyone else or a referral
 * @param sourceLabel what the source is called (a card's rule), never personal data
 * @param sourceLink the source's page as far as the caller may follow it (a card or refusal for those who read the
 *        case, a complaint or inspection finding for supervisors alone), or {@code null}
 * @param departmentId the subject's department, or {@code null}
 * @param staffId the subject, or {@code null}
 * @param facts the facts as opened
 * @param conductCode the conduct rule cited, or {@code null}
 * @param conductText its wording, or {@code null}
 * @param investigation the investigation record, or {@code null}
 * @param evidence the evidence, or {@code null}
 * @param repeatInYear whether it is the person's second or later case of the year
 * @param aggravations what else the investigation found that aggravates it
 * @param statementDue the last day of the statement, or {@code null}
 * @param statement the subject's statement, or {@code null}
 * @param statedAt when it was made, or {@code null}
 * @param deciderName who decided, or {@code null}
 * @param decisionReason the reasons, or {@code null}
 * @param notEligibleForExcellent whether the person cannot be rated 优秀 this year, or {@code null} before a decision
 * @param bonusDeductionPercent the deduction, or {@code null} before a decision
 * @param closingReason why it closed without accountability, or {@code null}
 * @param noticeNumber the decision notice's number, or {@code null}
 * @param mayMakeStatement whether the caller may make the statement now
 * @param supervisor whether the caller runs the case (and may ask who complained)
 */
public record CaseView(CaseRow row, Long sourceId, String sourceLabel, String sourceLink, Long departmentId,
		Long staffId, String facts, String conductCode, String conductText, String investigation, String evidence,
		boolean repeatInYear, Set<Aggravation> aggravations, LocalDate statementDue, String statement, Instant statedAt,
		String deciderName,
		String decisionReason, Boolean notEligibleForExcellent, Integer bonusDeductionPercent, String closingReason,
		String noticeNumber, boolean mayMakeStatement, boolean supervisor) {

	public CaseView {
		aggravations = Set.copyOf(aggravations);
	}

	/** The sanctions decided, lightest first. */
	public List<Sanction> sanctions() {
		return row.sanctions();
	}
}
