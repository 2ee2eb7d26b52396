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
 * @param conductCode for a complaint or report: the code of the conduct rule (十不准) breached, as the portal's page
 *        of the unit's rules shows it, or {@code null}
 */
public record PublicSubmission(Long unitId, InquiryCategory category, String subject, String content, String name,
		String phone, String badgeNumber, String conductCode) {

	/** A submission that names no badge and cites no conduct rule. */
	public PublicSubmission(Long unitId, InquiryCategory category, String subject, String content, String name,
			String phone) {
		this(unitId, category, subject, content, name, phone, null, null);
	}

	/** A submission that cites no conduct rule. */
	public PublicSubmission(Long unitId, InquiryCategory category, String subject, String content, String name,
			String phone, String badgeNumber) {
		this(unitId, category, subject, content, name, phone, badgeNumber, null);
	}

	@Override
	public String toString() {
		return "PublicSubmission[unit=" + unitId + ", category=" + category + "]";
	}
}
