package org.xiaoneng.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Materials handed back to the applicant after a refusal, as the case shows them.
 *
 * @param id the return
 * @param refusalId the filing
 * @param caseId the case
 * @param materials the materials returned
 * @param collectorName who collected them
 * @param collectorMaskedId the collector's ID number, masked
 * @param signatureKind drawn on screen or a scanned slip
 * @param returnedOn the day
 * @param staffName the staff member who handed them over
 * @param recordedAt when it was recorded
 */
public record MaterialReturn(long id, long refusalId, long caseId, List<String> materials, String collectorName,
		String collectorMaskedId, SignatureKind signatureKind, LocalDate returnedOn, String staffName,
		Instant recordedAt) {

	public MaterialReturn {
		materials = List.copyOf(materials);
	}
}
