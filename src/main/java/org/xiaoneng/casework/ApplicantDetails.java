package org.xiaoneng.casework;

/**
 * The applicant as the clerk registers them, in clear; casework validates, encrypts and masks.
 *
 * @param kind a person or an organisation
 * @param name the person's name, or the organisation's contact person
 * @param organisation the organisation's name, for an organisation
 * @param idType the identity document's type
 * @param idNumber its number
 * @param phone a mainland mobile number
 * @param email an email address, or {@code null}
 * @param address the address
 * @param agentName the agent's name when one acts, else {@code null}
 * @param agentIdType the agent's identity document type
 * @param agentIdNumber the agent's identity document number
 * @param agentPhone the agent's mobile number, or {@code null}
 */
public record ApplicantDetails(ApplicantKind kind, String name, String organisation, IdType idType, String idNumber,
		String phone, String email, String address, String agentName, IdType agentIdType, String agentIdNumber,
		String agentPhone) {
}
