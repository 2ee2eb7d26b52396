package org.xiaoneng.platform.notification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How notifications are sent. Two more settings are read by the dispatch schedule itself:
 * {@code xiaoneng.notification.dispatch-enabled} (default {@code true}) and
 * {@code xiaoneng.notification.dispatch-interval} (default {@code 30s}).
 *
 * <pre>
 * # Notifications (通知): outbox, retries, email and SMS
 * xiaoneng.notification.dispatch-enabled=true        # false: this node sends nothing (another node does)
 * xiaoneng.notification.dispatch-interval=30s        # pause between two dispatch rounds
 * xiaoneng.notification.batch-size=50                # messages sent per round at most
 * xiaoneng.notification.max-attempts=8               # attempts before a message is FAILED (then retried by an ADMIN)
 * xiaoneng.notification.first-retry-delay=1m         # wait after the first failure, doubled after each further one
 * xiaoneng.notification.max-retry-delay=1h           # the doubling stops here
 * xiaoneng.notification.claim-timeout=15m            # a message being sent is hidden this long; after a crash it is sent again
 * xiaoneng.notification.email.from=                  # sender address; required when spring.mail.host is set
 * xiaoneng.notification.sms.gateway-url=             # empty: SMS are recorded in the log (masked) and not sent
 * xiaoneng.notification.sms.api-key=                 # sent as "Authorization: Bearer ..." to the gateway
 * xiaoneng.notification.sms.sign-name=               # 短信签名, required with a gateway URL
 * xiaoneng.notification.sms.connect-timeout=5s
 * xiaoneng.notification.sms.request-timeout=10s
 * # Email goes through SMTP only when spring.mail.host (and spring.mail.port, username, password) is set;
 * # otherwise email messages fail with the reason "email channel not configured" and wait for an ADMIN's retry.
 * </pre>
 *
 * @param batchSize how many due messages one dispatch round takes at most
 * @param maxAttempts how many times a message is tried before it counts as failed
 * @param firstRetryDelay the wait after the first failed attempt; it doubles after each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param claimTimeout how long a message taken by a dispatch round stays hidden from other rounds while it is being
 * sent; a node that crashes mid-round leaves its messages to be sent again after this time
 * @param email the email channel
 * @param sms the SMS channel
 */
@Validated
@ConfigurationProperties("xiaoneng.notification")
record NotificationSettings(@DefaultValue("50") @Min(1) @Max(1000) int batchSize,
		@DefaultValue("8") @Min(1) @Max(30) int maxAttempts, @DefaultValue("1m") Duration firstRetryDelay,
		@DefaultValue("1h") Duration maxRetryDelay, @DefaultValue("15m") Duration claimTimeout,
		@DefaultValue @Valid Email email, @DefaultValue @Valid Sms sms) {

	/** The wait after the given number of failed attempts: 1 min, 2, 4 … up to {@link #maxRetryDelay}. */
	Duration retryDelayAfter(int failedAttempts) {
		Duration delay = firstRetryDelay;
		for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxRetryDelay) < 0 ? delay : maxRetryDelay;
	}

	/**
	 * @param from the sender address of every email
	 */
	record Email(String from) {
	}

	/**
	 * @param gatewayUrl where {@code HttpSmsGateway} posts each message as JSON; without it messages are only recorded
	 * @param apiKey the gateway's key, sent as a bearer token, or empty
	 * @param signName the registered SMS signature (短信签名) the gateway puts before the text
	 * @param connectTimeout how long to wait for a connection to the gateway
	 * @param requestTimeout how long to wait for the gateway's answer
	 */
	record Sms(URI gatewayUrl, String apiKey, String signName, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("10s") Duration requestTimeout) {
	}
}
