package org.xiaoneng.inquiry;

import org.xiaoneng.common.PersonalDataMasks;

/**
 * The visitor of an ordinary inquiry (never of a complaint or report), decrypted for the staff who handle it.
 *
 * @param name the name, or {@code null}
 * @param organisation the organisation, or {@code null}
 * @param phone the phone, or {@code null}
 * @param address the address, or {@code null}
 */
public record Visitor(String name, String organisation, String phone, String address) {

	/** The phone as lists show it: {@code 138****8000}. */
	public String maskedPhone() {
		return PersonalDataMasks.phone(phone);
	}

	@Override
	public String toString() {
		return "Visitor[masked]";
	}
}
