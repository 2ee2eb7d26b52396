package org.xiaoneng.casework;

/**
 * The applicant as lists, print-outs and other modules see them: ID number and phone masked.
 *
 * @param kind a person or an organisation
 * @param name the person's name, or the organisation's contact person
 * @param organisation the organisation's name, or {@code null} for a person
 * @param idType the type of the identity document
 * @param maskedIdNumber the ID number masked, e.g. 1101**********1234
 * @param maskedPhone the phone masked, e.g. 138****8000
 * @param address the address
 * @param agentName the agent acting for the applicant, or {@code null}
 */
public record Applicant(ApplicantKind kind, String name, String organisation, IdType idType, String maskedIdNumber,
		String maskedPhone, String address, String agentName) {
}
