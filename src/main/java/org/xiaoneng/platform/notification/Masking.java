package org.xiaoneng.platform.notification;

/**
 * How a recipient appears on screens and in logs. Mobile numbers and email addresses are personal information, to be
 * protected by encryption and de-identification (个人信息保护法 第五十一条), so only enough is shown to tell them apart.
 */
final class Masking {

	private Masking() {
	}

	static String mask(Channel channel, String recipient) {
		return switch (channel) {
			// Staff user names are not personal data of the public and are needed to find an inbox.
			case IN_APP -> recipient;
			// 13800138000 -> 138****8000, the usual form in Chinese government systems
			case SMS -> recipient.substring(0, 3) + "****" + recipient.substring(recipient.length() - 4);
			case EMAIL -> {
				int at = recipient.lastIndexOf('@');
				yield recipient.charAt(0) + "***" + recipient.substring(at);
			}
		};
	}
}
