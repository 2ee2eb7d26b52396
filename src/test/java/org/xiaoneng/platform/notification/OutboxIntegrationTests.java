package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.testing.MutableClock;

/**
 * Sending writes to the outbox in the business transaction: what rolls back is never sent, what commits is sent by
 * the next dispatch round, once.
 */
@NotificationIntegrationTest
class OutboxIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	ScriptedSmsGateway gateway;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cryptography cryptography;

	@Autowired
	MutableClock clock;

	@Autowired
	ClearBodies clearBodies;

	@Test
	void aMessageSentInARolledBackTransactionIsNeverWritten() {
		transactions.executeWithoutResult(status -> {
			notifications.send(Notification.sms("13800000001", "受理通知", "您的申请已受理。")
				.withIdempotencyKey("outbox-test:rolled-back"));
			status.setRollbackOnly();
		});

		assertThat(jdbc.sql("select count(*) from notification.message where idempotency_key = 'outbox-test:rolled-back'")
			.query(Long.class)
			.single()).isZero();
		dispatcher.dispatchRound();
		assertThat(gateway.acceptedFor("13800000001")).isEmpty();
	}

	@Test
	void aMessageSentInACommittedTransactionIsSentByTheNextRound() {
		NotificationId id = transactions
			.execute(status -> notifications.send(Notification.sms("13800000002", "受理通知", "您的申请已受理。")));
		assertThat(status(id)).isEqualTo("PENDING");

		dispatcher.dispatchRound();

		assertThat(gateway.acceptedFor("13800000002")).containsExactly("您的申请已受理。");
		assertThat(status(id)).isEqualTo("SENT");
		assertThat(sentAt(id)).isEqualTo(clock.instant());
		dispatcher.dispatchRound();
		assertThat(gateway.acceptedFor("13800000002")).hasSize(1);
	}

	@Test
	void sendingAgainWithTheSameIdempotencyKeyReturnsTheFirstMessageAndAddsNone() {
		Notification notice = Notification.sms("13800000003", "补正通知", "请补正材料。")
			.withIdempotencyKey("casework:notice:2026-0003:sms");

		NotificationId first = notifications.send(notice);
		NotificationId second = transactions.execute(status -> notifications.send(notice));

		assertThat(second).isEqualTo(first);
		assertThat(jdbc.sql("select count(*) from notification.message where idempotency_key = :key")
			.param("key", notice.idempotencyKey())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aMobileNumberIsStoredEncryptedAndOnlyItsMaskIsReadable() {
		NotificationId id = notifications.send(Notification.sms("13912348000", "受理通知", "您的申请已受理。"));

		String wholeRow = jdbc.sql("select m::text from notification.message m where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
		assertThat(wholeRow).doesNotContain("13912348000").contains("139****8000");
		String encrypted = jdbc.sql("select recipient_encrypted from notification.message where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
		assertThat(cryptography.decrypt(encrypted)).isEqualTo("13912348000");
	}

	@Test
	void aMessagesTextIsStoredEncryptedAndTheInboxShowsItInClear() {
		String text = "张三（13912348001）的申请已受理。";
		NotificationId id = notifications.send(Notification.inApp("outbox-encrypted", "受理通知", text, "/cases/1"));

		String wholeRow = jdbc.sql("select m::text from notification.message m where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
		assertThat(wholeRow).doesNotContain("张三").doesNotContain("13912348001");
		assertThat(notifications.inbox("outbox-encrypted")).extracting(InboxMessage::body).containsExactly(text);
	}

	@Test
	void aBodyStoredInClearByAnEarlierVersionIsEncryptedAtStartAndStillReads() {
		java.util.UUID id = java.util.UUID.randomUUID();
		jdbc.sql("""
				insert into notification.message (id, channel, recipient_username, recipient_masked, subject, body, status,
				    created_at, sent_at)
				values (:id, 'IN_APP', 'outbox-legacy', 'outbox-legacy', '旧通知', '李四的申请已受理。', 'SENT', now(), now())""")
			.param("id", id)
			.update();

		clearBodies.encryptAll();

		assertThat(jdbc.sql("select count(*) from notification.message where body is not null")
			.query(Long.class)
			.single()).isZero();
		String encrypted = jdbc.sql("select body_encrypted from notification.message where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(cryptography.decrypt(encrypted)).isEqualTo("李四的申请已受理。");
		assertThat(notifications.inbox("outbox-legacy")).extracting(InboxMessage::body)
			.containsExactly("李四的申请已受理。");
	}

	@Test
	void anInAppMessageIsInTheRecipientsInboxAsSoonAsItCommits() {
		NotificationId id = transactions.execute(status -> notifications
			.send(Notification.inApp("outbox-reader", "新办件", "您有一件新办件待受理。", "/cases/42")));

		assertThat(status(id)).isEqualTo("SENT");
		assertThat(notifications.unreadCount("outbox-reader")).isOne();
		assertThat(notifications.inbox("outbox-reader")).singleElement()
			.satisfies(message -> {
				assertThat(message.id()).isEqualTo(id);
				assertThat(message.subject()).isEqualTo("新办件");
				assertThat(message.link()).isEqualTo("/cases/42");
				assertThat(message.read()).isFalse();
			});
	}

	private String status(NotificationId id) {
		return jdbc.sql("select status from notification.message where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

	private Instant sentAt(NotificationId id) {
		return jdbc.sql("select sent_at from notification.message where id = :id")
			.param("id", id.value())
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single();
	}
}
