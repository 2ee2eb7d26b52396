package org.xiaoneng.inquiry.refusal;

import org.xiaoneng.common.InquiryId;

/**
 * A first-inquiry matter as a refusal filing takes it: the matter, who asked, and the item it is about.
 *
 * @param id the inquiry
 * @param queryCode its query code (the reference on the filing and the notice)
 * @param unitId its unit
 * @param departmentId the department that holds it
 * @param itemId the service item the visitor asked for
 * @param subject what the visitor asked
 * @param visitorName the visitor's name
 * @param visitorOrganisation their organisation, or {@code null}
 * @param visitorMaskedPhone their phone, masked, or {@code null}
 * @param visitorAddress their address, or {@code null}
 */
public record RefusableInquiry(InquiryId id, String queryCode, long unitId, long departmentId, long itemId,
		String subject, String visitorName, String visitorOrganisation, String visitorMaskedPhone,
		String visitorAddress) {
}
