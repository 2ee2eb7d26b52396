package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.xiaoneng.testing.MutableClock;

/**
 * The dispatcher retries a failing message with growing pauses, gives up after the last attempt without losing the
 * message, and never lets one message's failure stop the others.
 */
@NotificationIntegrationTest
class DispatcherIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	ScriptedSmsGateway gateway;

	@Autowired
	NotificationSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void anSmsRefusedTwiceIsSentOnTheThirdAttemptAfterWaitingOneAndThenTwoMinutes() {
		gateway.refuseNext("13700000001", 2);
		NotificationId id = notifications.send(Notification.sms("13700000001", "办结通知", "您的申请已办结。"));
		Instant start = clock.instant();

		dispatcher.dispatchRound();
		assertThat(row(id)).isEqualTo(new Row("PENDING", 1, start.plus(Duration.ofMinutes(1)), "SMS gateway answered HTTP 503"));

		clock.advance(Duration.ofSeconds(59));
		dispatcher.dispatchRound();
		assertThat(row(id).attempts()).as("not due before its minute is up").isEqualTo(1);

		clock.advance(Duration.ofSeconds(1));
		dispatcher.dispatchRound();
		assertThat(row(id)).isEqualTo(new Row("PENDING", 2, start.plus(Duration.ofMinutes(3)), "SMS gateway answered HTTP 503"));

		clock.advance(Duration.ofMinutes(2));
		dispatcher.dispatchRound();
		assertThat(row(id)).isEqualTo(new Row("SENT", 3, null, null));
		assertThat(gateway.acceptedFor("13700000001")).containsExactly("您的申请已办结。");
	}

	@Test
	void aMessageWhoseChannelAlwaysThrowsEndsFailedAfterTheLastAttemptWhileOthersAreSent() {
		gateway.breakFor("13700000002");
		NotificationId broken = notifications.send(Notification.sms("13700000002", "受理通知", "您的申请已受理。"));

		for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
			String mobile = "1370000%04d".formatted(100 + attempt);
			notifications.send(Notification.sms(mobile, "受理通知", "第 " + attempt + " 条"));
			assertThat(row(broken).status()).isEqualTo("PENDING");

			dispatcher.dispatchRound();

			assertThat(gateway.acceptedFor(mobile)).as("message sent in round %d", attempt).hasSize(1);
			clock.advance(settings.maxRetryDelay());
		}

		Row failed = row(broken);
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.attempts()).isEqualTo(settings.maxAttempts());
		assertThat(failed.lastError()).isEqualTo("unexpected IllegalStateException").doesNotContain("13700000002");
		assertThat(notifications.failed()).anySatisfy(message -> {
			assertThat(message.id()).isEqualTo(broken);
			assertThat(message.recipient()).isEqualTo("137****0002");
		});
		dispatcher.dispatchRound();
		assertThat(row(broken).attempts()).as("a failed message is not tried again by itself")
			.isEqualTo(settings.maxAttempts());
	}

	@Test
	void anEmailWithoutAMailServerEndsFailedWithTheReasonThatTheChannelIsNotConfigured() {
		NotificationId id = notifications.send(Notification.email("applicant@example.com", "受理通知", "您的申请已受理。"));

		for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
			dispatcher.dispatchRound();
			clock.advance(settings.maxRetryDelay());
		}

		assertThat(row(id)).isEqualTo(new Row("FAILED", settings.maxAttempts(), null, EmailChannel.NOT_CONFIGURED));
		assertThat(notifications.failed()).anySatisfy(message -> {
			assertThat(message.id()).isEqualTo(id);
			assertThat(message.recipient()).isEqualTo("a***@example.com");
		});
	}

	@Test
	@WithMockUser(username = "retrying-admin", roles = "ADMIN")
	void aFailedMessageRetriedByAnAdministratorGetsAFreshSetOfAttemptsAndTheRetryIsAudited() {
		gateway.refuseNext("13700000003", settings.maxAttempts());
		NotificationId id = notifications.send(Notification.sms("13700000003", "受理通知", "您的申请已受理。"));
		for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
			dispatcher.dispatchRound();
			clock.advance(settings.maxRetryDelay());
		}
		assertThat(row(id).status()).isEqualTo("FAILED");

		assertThat(notifications.retry(id)).isTrue();
		assertThat(notifications.retry(id)).as("only a failed message can be retried").isFalse();

		assertThat(row(id)).isEqualTo(new Row("PENDING", 0, clock.instant(), "SMS gateway answered HTTP 503"));
		assertThat(jdbc.sql("""
				select actor from audit.entry
				where module = 'notification' and action = 'notification.retried' and object_id = :id
				""").param("id", id.toString()).query(String.class).list()).containsExactly("retrying-admin");
		dispatcher.dispatchRound();
		assertThat(row(id).status()).isEqualTo("SENT");
	}

	private Row row(NotificationId id) {
		return jdbc.sql("select status, attempts, next_attempt_at, last_error from notification.message where id = :id")
			.param("id", id.value())
			.query((rs, row) -> {
				OffsetDateTime next = rs.getObject("next_attempt_at", OffsetDateTime.class);
				return new Row(rs.getString("status"), rs.getInt("attempts"), next == null ? null : next.toInstant(),
						rs.getString("last_error"));
			})
			.single();
	}

	record Row(String status, int attempts, Instant nextAttemptAt, String lastError) {
	}
}
