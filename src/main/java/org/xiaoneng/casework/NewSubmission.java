package org.xiaoneng.casework;

import java.util.List;

/**
 * A submission (接件) for an item in force.
 *
 * @param itemId the service item
 * @param channel at the window or online
 * @param applicant who applies
 * @param materials every material received
 * @param pickup how the applicant wants the result
 */
public record NewSubmission(long itemId, SubmissionChannel channel, ApplicantDetails applicant,
		List<ReceivedMaterial> materials, DeliveryMethod pickup) {

	public NewSubmission {
		materials = materials == null ? List.of() : List.copyOf(materials);
	}
}
