package org.xiaoneng.casework;

import java.time.Instant;

/**
 * A document issued on a case and archived with it (stored as data and as its PDF).
 *
 * @param id the document
 * @param kind CORRECTION_NOTICE, RECEIPT, SUSPENSION_NOTICE, EXTENSION_NOTICE, COMPLETION_NOTICE, or ARCHIVED for
 * one issued by another module
 * @param title its title
 * @param number its number (文号)
 * @param forApplicant whether the applicant may download it from the progress page
 * @param issuedAt when it was issued
 */
public record CaseDocument(long id, String kind, String title, String number, boolean forApplicant,
		Instant issuedAt) {
}
