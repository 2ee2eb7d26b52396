package org.xiaoneng.refusal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.xiaoneng.catalog.LegalBasis;

/**
 * A 否定报备登记表 as the handler fills it in; the applicant, the item and the handler's particulars come from the case
 * and the signed-in account.
 *
 * @param caseId the case to refuse, or {@code null} for an inquiry's matter
 * @param inquiryId the first-inquiry matter without a case to refuse, or {@code null} for a case
 * @param circumstances the matter's circumstances (基本情况)
 * @param reasons why it is refused
 * @param legalBasis the laws and articles it is refused on, at least one
 * @param materialsConcerned the materials that would have to be supplied (or that are concerned)
 * @param handlerPhone the handler's contact phone for this filing, or empty for the one on record
 * @param major whether the matter is major (重大事项) and goes to a collective decision
 */
public record NewRefusal(Long caseId, Long inquiryId, @NotBlank @Size(max = 4000) String circumstances,
		@NotBlank @Size(max = 4000) String reasons, @Size(max = 20) List<@Valid Provision> legalBasis,
		@Size(max = 4000) String materialsConcerned, @Size(max = 40) String handlerPhone, boolean major) {

	public NewRefusal {
		legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
	}

	/** @throws FilingIncompleteException unless it names exactly one case or one inquiry */
	RefusedMatter matter() {
		return RefusedMatter.of(caseId, inquiryId);
	}

	/** One law and article; blank entries are ignored. */
	public record Provision(@Size(max = 200) String law, @Size(max = 200) String article) {

		boolean blank() {
			return (law == null || law.isBlank()) && (article == null || article.isBlank());
		}

		LegalBasis basis() {
			return new LegalBasis(law == null ? "" : law.strip(), article == null ? "" : article.strip());
		}
	}
}
