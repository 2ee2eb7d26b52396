package org.xiaoneng.organization;

/**
 * Hides the middle of a phone number on screens and in the audit log (138****8000), keeping enough to recognise it.
 */
final class PhoneMask {

	private static final int KEPT_START = 3;

	private static final int KEPT_END = 4;

	private PhoneMask() {
	}

	static String mask(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() <= KEPT_START + KEPT_END) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, KEPT_START) + "*".repeat(phone.length() - KEPT_START - KEPT_END)
				+ phone.substring(phone.length() - KEPT_END);
	}
}
