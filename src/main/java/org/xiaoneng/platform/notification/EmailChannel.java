package org.xiaoneng.platform.notification;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends email over SMTP with the {@link JavaMailSender} that Spring Boot configures from {@code spring.mail.host}.
 * Without one, every email fails with "email channel not configured": it is retried with backoff like any other
 * failure and ends on the administrators' failed list, from where it can be sent once SMTP is configured. Keeping
 * such messages pending instead would let them fill every dispatch batch and hide the problem.
 */
@Component
class EmailChannel implements NotificationChannel {

	static final String NOT_CONFIGURED = "email channel not configured (spring.mail.host)";

	private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

	private final Optional<JavaMailSender> mailSender;

	private final String from;

	EmailChannel(Optional<JavaMailSender> mailSender, NotificationSettings settings) {
		this.mailSender = mailSender;
		this.from = settings.email().from();
		if (mailSender.isEmpty()) {
			LOG.info("Email notifications cannot be sent: spring.mail.host is not set");
		}
		else if (!StringUtils.hasText(from)) {
			throw new IllegalStateException("xiaoneng.notification.email.from must be set when spring.mail.host is");
		}
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public void deliver(OutgoingMessage message) {
		JavaMailSender sender = mailSender.orElseThrow(() -> new DeliveryFailedException(NOT_CONFIGURED));
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(message.recipient());
		mail.setSubject(message.subject());
		mail.setText(message.body());
		try {
			sender.send(mail);
		}
		catch (MailException e) {
			// The exception's own text names the recipient; only its kind is kept.
			throw new DeliveryFailedException("SMTP server refused or unreachable (" + e.getClass().getSimpleName() + ")");
		}
	}
}
