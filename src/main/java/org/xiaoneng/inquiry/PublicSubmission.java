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
 * @param badgeNumber the badge number of the staff member it is about (rated, complained about), or {@code null}:
 *        the public knows window clerks by it (《效能建设工作制度》九、持证上岗制度)
 */
public record PublicSubmission(Long unitId, InquiryCategory category, String subject, String content, String name,
		String phone, String badgeNumber) {

	/** A submission that names no badge. */
	public PublicSubmission(Long unitId, InquiryCategory category, String subject, String content, String name,
			String phone) {
		this(unitId, category, subject, content, name, phone, null);
	}

	@Override
	public String toString() {
		return "PublicSubmission[unit=" + unitId + ", category=" + category + "]";
	}
}
