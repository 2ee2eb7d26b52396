package org.xiaoneng.inquiry;

/**
 * A consultation, complaint, report or suggestion from the public portal, without signing in.
 *
 * @param unitId the unit it is for (or about)
 * @param category what it is
 * @param subject the matter in a line
 * @param content the matter in full
 * @param name the name, or {@code null} (a report may be anonymous)
 * @param phone the phone, or {@code null}
 */
public record PublicSubmission(Long unitId, InquiryCategory category, String subject, String content, String name,
		String phone) {

	@Override
	public String toString() {
		return "PublicSubmission[unit=" + unitId + ", category=" + category + "]";
	}
}
