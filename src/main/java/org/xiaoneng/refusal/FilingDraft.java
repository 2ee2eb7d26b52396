package org.xiaoneng.refusal;

import java.util.List;

import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.RefusalAuthority;

/**
 * What the filing form shows before the handler fills it in: the case, the item's legal basis and materials to choose
 * from, and where the filing would go.
 *
 * @param matter the case, or the inquiry's matter
 * @param caseReference its case number, or the query code before acceptance (an inquiry's query code)
 * @param kind what a refusal of it would be
 * @param itemName the service item
 * @param applicant the applicant (ID and phone masked)
 * @param receivedMaterials the materials received with the case (none with an inquiry)
 * @param itemLegalBasis the item's legal basis to choose from
 * @param itemMaterials the item's materials, to name the ones concerned
 * @param requiredAuthority who may refuse this item
 * @param withinAuthority whether the caller may refuse it themselves
 * @param deciderName the leader who would decide, or {@code null} within authority
 * @param handler the caller's particulars as they go on the form
 */
public record FilingDraft(RefusedMatter matter, String caseReference, RefusalKind kind, String itemName,
		Refusal.ApplicantParticulars applicant, List<String> receivedMaterials, List<LegalBasis> itemLegalBasis,
		List<String> itemMaterials, RefusalAuthority requiredAuthority, boolean withinAuthority, String deciderName,
		Refusal.HandlerParticulars handler) {

	public FilingDraft {
		receivedMaterials = List.copyOf(receivedMaterials);
		itemLegalBasis = List.copyOf(itemLegalBasis);
		itemMaterials = List.copyOf(itemMaterials);
	}
}
