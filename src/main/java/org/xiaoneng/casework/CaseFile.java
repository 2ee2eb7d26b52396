package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A case (办件) as other modules see it: personal data masked.
 *
 * @param id the case
 * @param caseNumber the case number (机关简称〔年份〕序号号), {@code null} before acceptance
 * @param queryCode the code the applicant checks progress with
 * @param itemId the service item
 * @param itemVersion the item's version fixed on the case at intake
 * @param unitId the unit the item belongs to
 * @param departmentId the item's department
 * @param state the state (GB/T 39046-2020)
 * @param applicant who applies
 * @param materials every material received
 * @param receivedOn the day the materials were received
 * @param acceptedOn the day of acceptance, {@code null} before
 * @param deadline the deadline in force: the promised one with pauses and approved extensions, {@code null} before
 *     acceptance
 * @param handlerStaffId the staff member of the current or last step, {@code null} before acceptance
 * @param promisedDeadline the promised deadline (承诺时限) with pauses, no extension; {@code null} before acceptance
 * @param statutoryDeadline the statutory deadline (法定时限) with pauses, no extension; {@code null} before acceptance
 *     or when the law sets no limit
 */
public record CaseFile(long id, String caseNumber, String queryCode, long itemId, int itemVersion, long unitId,
		long departmentId, CaseState state, Applicant applicant, List<ReceivedMaterial> materials, LocalDate receivedOn,
		LocalDate acceptedOn, LocalDate deadline, Long handlerStaffId, LocalDate promisedDeadline,
		LocalDate statutoryDeadline) {

	public CaseFile {
		materials = List.copyOf(materials);
	}
}
