package org.xiaoneng.inquiry;

/**
 * Who made a complaint or report; only supervisors get it, each time audited. {@link #toString()} hides everything,
 * so that logging it by mistake writes nothing personal.
 *
 * @param name the name, or {@code null} (anonymous)
 * @param organisation the organisation, or {@code null}
 * @param phone the phone, or {@code null}
 * @param address the address, or {@code null}
 */
public record Identity(String name, String organisation, String phone, String address) {

	/** Whether nothing identifies the person. */
	public boolean anonymous() {
		return blank(name) && blank(phone) && blank(address) && blank(organisation);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	@Override
	public String toString() {
		return "Identity[confidential]";
	}
}
