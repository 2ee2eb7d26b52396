package org.xiaoneng.accountability;

/**
 * What a case list is narrowed to; every part may be left out ({@code null}, {@code false}).
 *
 * @param state the state
 * @param unitId the subject's unit
 * @param departmentId the subject's department
 * @param year the year the cases count in
 * @param failureType the failure
 * @param source where they came from
 * @param mine only the caller's own cases
 */
public record CaseFilter(CaseState state, Long unitId, Long departmentId, Integer year, FailureType failureType,
		CaseSource source, boolean mine) {

	/** No narrowing: every case the caller may see. */
	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, null, false);
	}
}
