package org.xiaoneng.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.xiaoneng.common.InquiryId;
import org.xiaoneng.conduct.ConductCitation;

/**
 * What was registered, fixed for the inquiry's life.
 *
 * @param firstResponderNumber the first responder's staff number, for data scope
 * @param conduct for a complaint or report: the conduct rule it says was breached, or {@code null}
 */
record InquiryFacts(InquiryId id, String queryCode, long unitId, InquiryChannel channel, InquiryCategory category,
		Instant receivedAt, String subject, String content, boolean anonymous, boolean publicSubmission,
		Long firstResponderId, String firstResponderNumber, Long concernedUnitId, Long concernedDepartmentId,
		Long concernedStaffId, LocalDate acceptanceDue, Long itemId, List<ReceivedMaterial> materials,
		ConductCitation conduct) {

	InquiryFacts {
		materials = List.copyOf(materials);
	}

	InquiryFacts withMaterials(List<ReceivedMaterial> received) {
		return new InquiryFacts(id, queryCode, unitId, channel, category, receivedAt, subject, content, anonymous,
				publicSubmission, firstResponderId, firstResponderNumber, concernedUnitId, concernedDepartmentId,
				concernedStaffId, acceptanceDue, itemId, received, conduct);
	}
}
