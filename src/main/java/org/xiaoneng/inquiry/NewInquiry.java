package org.xiaoneng.inquiry;

import java.time.Instant;
import java.util.List;

/**
 * A contact a staff member registers as its first responder.
 *
 * @param channel how it came
 * @param receivedAt when it was taken, or {@code null} for now
 * @param visitorName the visitor's name, or {@code null}
 * @param organisation the visitor's organisation, or {@code null}
 * @param phone the visitor's phone, or {@code null}
 * @param address the visitor's address, or {@code null}
 * @param category what it is (required)
 * @param subject the matter in a line (required)
 * @param content the matter in full (required for a complaint or report)
 * @param materials materials received
 * @param firstResponderId when several staff were present, the most senior of them; {@code null} for the caller
 * @param concernedUnitId for a complaint or report: the unit concerned, or {@code null} for the caller's
 * @param concernedDepartmentId the department concerned, or {@code null}
 * @param concernedStaffId the staff member concerned, or {@code null}
 * @param itemId for an application intent: the service item in force the visitor wants, or {@code null}
 * @param conductCode for a complaint or report: the code of the conduct rule breached in the unit's list in force,
 *        or {@code null}
 */
public record NewInquiry(InquiryChannel channel, Instant receivedAt, String visitorName, String organisation,
		String phone, String address, InquiryCategory category, String subject, String content,
		List<ReceivedMaterial> materials, Long firstResponderId, Long concernedUnitId, Long concernedDepartmentId,
		Long concernedStaffId, Long itemId, String conductCode) {

	public NewInquiry {
		materials = materials == null ? List.of() : List.copyOf(materials);
	}

	/** A contact that cites no conduct rule. */
	public NewInquiry(InquiryChannel channel, Instant receivedAt, String visitorName, String organisation,
			String phone, String address, InquiryCategory category, String subject, String content,
			List<ReceivedMaterial> materials, Long firstResponderId, Long concernedUnitId, Long concernedDepartmentId,
			Long concernedStaffId, Long itemId) {
		this(channel, receivedAt, visitorName, organisation, phone, address, category, subject, content, materials,
				firstResponderId, concernedUnitId, concernedDepartmentId, concernedStaffId, itemId, null);
	}

	/** Leaves out the visitor's personal data, so that logging a request by mistake writes none of it. */
	@Override
	public String toString() {
		return "NewInquiry[channel=" + channel + ", category=" + category + "]";
	}
}
