package org.xiaoneng.badge;

import java.time.LocalDate;

/**
 * A task of the badge office (颁证部门), opened by what happened in the organisation.
 *
 * @param id the task
 * @param kind issue a badge or take one back
 * @param staffId whom it is about
 * @param staffName their name
 * @param unitId their unit
 * @param departmentId their department
 * @param reason ISSUE: the {@link IssueReason}; RETURN: REVOKED (transfer, the office) or LEFT (departure)
 * @param badgeId the badge issued or to take back, or {@code null}
 * @param state open, done, refused (with the refusal's message key) or cancelled
 * @param refusal the message key of why no badge is due, for a refused task
 * @param openedOn when it was opened
 * @param closedOn when it was closed, or {@code null}
 * @param closedBy who closed it, or {@code null}
 */
public record BadgeTask(long id, Kind kind, long staffId, String staffName, long unitId, long departmentId,
		String reason, Long badgeId, State state, String refusal, LocalDate openedOn, LocalDate closedOn,
		String closedBy) {

	/** What the office has to do. */
	public enum Kind {

		/** 制发: issue a badge. */
		ISSUE,

		/** 收回: take a card back. */
		RETURN
	}

	/** Where a task stands. */
	public enum State {

		OPEN,

		DONE,

		/** No badge is due (a secondment shorter than half a year); kept with the reason, for the register. */
		REFUSED,

		/** The person left before the badge was issued. */
		CANCELLED
	}
}
