package org.xiaoneng.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.xiaoneng.common.StaffId;

/**
 * An inspection with its findings and their evidence, for supervisors.
 *
 * @param inspectorIds the inspectors, staff of the organisation; none for an inspection recorded when inspectors were
 *        written as text
 * @param inspectors their names as recorded (of an old inspection, the text written then)
 */
public record InspectionView(long id, InspectionKind kind, LocalDate visitedOn, long unitId, String unitName,
		List<StaffId> inspectorIds, String inspectors, String visited, String recordedBy, List<FindingView> findings) {

	/**
	 * A finding: about a person or a post, the conduct rule cited with its wording, what was seen, the signature or
	 * refusal, the case it opened and the evidence taken.
	 */
	public record FindingView(long id, Long staffId, String staffName, Long postId, String postName,
			String conductCode, String conductText, String description, Acknowledgement acknowledgement,
			String signatureNote, Instant signedAt, Long caseId, List<EvidenceItem> evidence) {
	}
}
