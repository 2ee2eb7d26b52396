package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Email goes out through the configured mail sender; without one, or when the server refuses, the message fails
 * with a reason that names no address.
 */
class EmailChannelTests {

	private static final OutgoingMessage MESSAGE = new OutgoingMessage(NotificationId.random(), "zhangsan@example.com",
			"受理通知", "您的申请已受理。");

	@Test
	void sendsTheMessageFromTheConfiguredAddress() throws Exception {
		CapturingMailSender sender = new CapturingMailSender();

		new EmailChannel(Optional.of(sender), settings("xiaoneng@gov.example.cn")).deliver(MESSAGE);

		MimeMessage mail = sender.sent.get(0);
		assertThat(mail.getFrom()[0].toString()).isEqualTo("xiaoneng@gov.example.cn");
		assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("zhangsan@example.com");
		assertThat(mail.getSubject()).isEqualTo("受理通知");
		assertThat(mail.getContent()).isEqualTo("您的申请已受理。");
	}

	@Test
	void failsAsNotConfiguredWithoutAMailServer() {
		EmailChannel channel = new EmailChannel(Optional.empty(), settings(null));

		assertThatExceptionOfType(DeliveryFailedException.class).isThrownBy(() -> channel.deliver(MESSAGE))
			.withMessage(EmailChannel.NOT_CONFIGURED);
	}

	@Test
	void aRefusalByTheServerIsAFailureThatNamesNoAddress() {
		CapturingMailSender sender = new CapturingMailSender();
		sender.refuse = true;

		assertThatExceptionOfType(DeliveryFailedException.class)
			.isThrownBy(() -> new EmailChannel(Optional.of(sender), settings("xiaoneng@gov.example.cn")).deliver(MESSAGE))
			.satisfies(e -> assertThat(e.getMessage()).contains("MailSendException").doesNotContain("zhangsan"));
	}

	@Test
	void aMailServerWithoutSenderAddressIsRefusedAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new EmailChannel(Optional.of(new CapturingMailSender()), settings(" ")))
			.withMessageContaining("xiaoneng.notification.email.from");
	}

	private static NotificationSettings settings(String from) {
		return new NotificationSettings(50, 8, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(15),
				new NotificationSettings.Email(from),
				new NotificationSettings.Sms(null, null, null, Duration.ofSeconds(5), Duration.ofSeconds(10)));
	}

	/** Builds real MIME messages and keeps them instead of talking to a server. */
	static class CapturingMailSender extends JavaMailSenderImpl {

		final List<MimeMessage> sent = new ArrayList<>();

		boolean refuse;

		CapturingMailSender() {
			setDefaultEncoding("UTF-8");
		}

		@Override
		protected void doSend(MimeMessage[] messages, Object[] originals) {
			if (refuse) {
				throw new MailSendException("550 mailbox zhangsan@example.com unavailable");
			}
			for (MimeMessage message : messages) {
				try {
					message.saveChanges();
				}
				catch (MessagingException e) {
					throw new MailSendException("cannot build", e);
				}
				sent.add(message);
			}
		}
	}
}
