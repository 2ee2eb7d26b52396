package org.xiaoneng.platform.notification;

import org.xiaoneng.common.PersonalDataMasks;

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
			case SMS -> PersonalDataMasks.phone(recipient);
			case EMAIL -> PersonalDataMasks.email(recipient);
		};
	}
}
