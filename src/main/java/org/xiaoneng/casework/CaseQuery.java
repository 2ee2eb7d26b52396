package org.xiaoneng.casework;

import java.time.LocalDate;

/**
 * A search of cases; empty fields do not restrict. Results honour the caller's data scope and are sorted by
 * remaining working days.
 *
 * @param caseNumber the exact case number
 * @param queryCode the exact query code
 * @param applicantName part of the applicant's name or organisation (ignoring case); one or two characters match
 *        the names that start with them
 * @param idNumber the exact ID number of the applicant or agent (found through its keyed hash)
 * @param itemId the item
 * @param state the state
 * @param receivedFrom received on or after
 * @param receivedTo received on or before
 * @param list a predefined list: MINE, DEPARTMENT, YELLOW, RED, or {@code null} for all
 */
public record CaseQuery(String caseNumber, String queryCode, String applicantName, String idNumber, Long itemId,
		CaseState state, LocalDate receivedFrom, LocalDate receivedTo, CaseList list) {

	/** The predefined work lists. */
	public enum CaseList {
		MINE, DEPARTMENT, YELLOW, RED
	}

	public static CaseQuery of(CaseList list) {
		return new CaseQuery(null, null, null, null, null, null, null, null, list);
	}
}
