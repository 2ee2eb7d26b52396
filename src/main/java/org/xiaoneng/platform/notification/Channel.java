package org.xiaoneng.platform.notification;

/**
 * How a notification reaches its recipient.
 */
public enum Channel {

	/** The staff inbox page; the recipient is an account's user name. */
	IN_APP,

	/** Email over SMTP; the recipient is an email address. */
	EMAIL,

	/** Text message through the SMS gateway; the recipient is a mainland mobile number. */
	SMS
}
