package org.xiaoneng.disclosure;

/**
 * Who asks for information (政府信息公开条例 第二十九条: the applicant's name or title, identity document, contact).
 *
 * @param kind a citizen or an organisation (legal person or other), as the annual report counts them
 * @param name the name or the organisation's title
 * @param identity the identity document's kind and number, or the organisation's credit code; may be empty when
 *        registered at the window where the document was seen
 * @param contact how the answer reaches them: an address, telephone or email
 */
public record Applicant(Kind kind, String name, String identity, String contact) {

	/** An applicant registered without an identity document's number. */
	public Applicant(Kind kind, String name, String contact) {
		this(kind, name, null, contact);
	}

	/** The applicants the annual report (第五十条) tells apart. */
	public enum Kind {
		CITIZEN, ORGANIZATION
	}
}
