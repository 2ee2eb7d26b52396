package org.xiaoneng.platform.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message to send. Validation messages never repeat the recipient, because it may be personal data that ends up
 * in a log.
 *
 * @param channel how it is sent
 * @param recipient for {@link Channel#IN_APP} an account's user name; for {@link Channel#EMAIL} an email address;
 * for {@link Channel#SMS} a mainland mobile number (11 digits, 13x to 19x)
 * @param subject a short title: the inbox entry's heading, the email's subject; an SMS does not carry it, there it
 * only labels the message for administrators
 * @param body the text itself
 * @param link for in-app messages only, the platform page it is about (a path such as {@code /cases/42}), or
 * {@code null}
 * @param idempotencyKey a key naming the business step that sends it (e.g. {@code casework:accepted:2026-0001:sms}),
 * or {@code null}; sending again with the same key finds the first message instead of adding a second
 */
public record Notification(Channel channel, String recipient, String subject, String body, String link,
		String idempotencyKey) {

	private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern USERNAME = Pattern.compile("\\S{1,100}");

	// A path inside the platform: no scheme, no other host ("//evil", "/\evil"), no spaces.
	private static final Pattern PLATFORM_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]{0,499}");

	public Notification {
		Objects.requireNonNull(channel, "channel");
		require(recipient != null, "a notification needs a recipient");
		switch (channel) {
			case IN_APP -> require(USERNAME.matcher(recipient).matches(),
					"an in-app recipient must be an account's user name");
			case EMAIL -> require(recipient.length() <= 254 && EMAIL_ADDRESS.matcher(recipient).matches(),
					"an email recipient must be an email address");
			case SMS -> require(MAINLAND_MOBILE.matcher(recipient).matches(),
					"an SMS recipient must be a mainland mobile number: 11 digits starting with 13 to 19");
		}
		require(subject != null && !subject.isBlank() && subject.length() <= 200,
				"a notification needs a subject of at most 200 characters");
		require(body != null && !body.isBlank() && body.length() <= 4000,
				"a notification needs a body of at most 4000 characters");
		require(link == null || channel == Channel.IN_APP, "only in-app messages carry a link");
		require(link == null || PLATFORM_PATH.matcher(link).matches(),
				"a link must be a path inside the platform, such as /cases/42");
		require(idempotencyKey == null || (!idempotencyKey.isBlank() && idempotencyKey.length() <= 200),
				"an idempotency key must be 1 to 200 characters");
	}

	/** An in-app message to a staff account's inbox, optionally pointing at the page it is about. */
	public static Notification inApp(String username, String subject, String body, String link) {
		return new Notification(Channel.IN_APP, username, subject, body, link, null);
	}

	/** An email. */
	public static Notification email(String address, String subject, String body) {
		return new Notification(Channel.EMAIL, address, subject, body, null, null);
	}

	/** A text message; the subject is not sent, it only labels the message for administrators. */
	public static Notification sms(String mobile, String subject, String body) {
		return new Notification(Channel.SMS, mobile, subject, body, null, null);
	}

	/** The same message, sent at most once for the given business step. */
	public Notification withIdempotencyKey(String key) {
		return new Notification(channel, recipient, subject, body, link, key);
	}

	/** Masks the recipient, so that logging a notification never writes a phone number or address in clear. */
	@Override
	public String toString() {
		return "Notification[channel=" + channel + ", recipient=" + Masking.mask(channel, recipient) + ", subject="
				+ subject + ", link=" + link + ", idempotencyKey=" + idempotencyKey + "]";
	}

	private static void require(boolean condition, String rule) {
		if (!condition) {
			throw new IllegalArgumentException(rule);
		}
	}
}
