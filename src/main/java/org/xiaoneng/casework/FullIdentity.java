package org.xiaoneng.casework;

/**
 * The applicant's (and agent's) identity in full, for staff with the case in scope; every view is audited.
 *
 * @param idNumber the applicant's ID number
 * @param phone the applicant's phone
 * @param email the applicant's email, or {@code null}
 * @param agentIdNumber the agent's ID number, or {@code null}
 * @param agentPhone the agent's phone, or {@code null}
 */
public record FullIdentity(String idNumber, String phone, String email, String agentIdNumber, String agentPhone) {

	@Override
	public String toString() {
		return "FullIdentity[masked]";
	}
}
