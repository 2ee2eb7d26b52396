package org.xiaoneng.disclosure;

/**
 * Who asks for information (政府信息公开条例 第二十九条: the applicant's name or title, identity document, contact).
 *
 * @param kind a citizen or an organisation (legal person or other), as the annual report counts them
 * @param name the name or the organisation's title
 * @param contact how the answer reaches them: an address, telephone or email
 */
public record Applicant(Kind kind, String name, String contact) {

	/** The applicants the annual report (第五十条) tells apart. */
	public enum Kind {
		CITIZEN, ORGANIZATION
	}
}
