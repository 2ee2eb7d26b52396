package org.xiaoneng.inquiry;

/**
 * An authority outside the unit that visitors are referred to (outcome path 4).
 *
 * @param id the entry
 * @param name its name
 * @param phone its public phone
 * @param address its address, or {@code null}
 * @param competence what it is competent for
 */
public record ExternalAuthority(long id, String name, String phone, String address, String competence) {

	/** What the visitor is told: the authority, its phone and address, and the note, if any. */
	String told(String note) {
		return name + " " + phone + (address == null ? "" : " " + address) + (note == null ? "" : "；" + note);
	}
}
