package org.xiaoneng.platform.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Cryptography;

/**
 * The outbox table {@code notification.message}. Every statement here is short; none holds a lock while a message
 * is being sent.
 */
@Repository
class Messages {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	/** Clear bodies encrypted per statement at start: short transactions beside the running outbox. */
	private static final int CLEAR_BODY_BATCH = 500;

	private final Clock clock;

	private final Cryptography cryptography;

	Messages(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock, Cryptography cryptography) {
		this.jdbc = jdbc;
		this.named = named;
		this.clock = clock;
		this.cryptography = cryptography;
	}

	/** A new message, to be stored. */
	record NewMessage(NotificationId id, Channel channel, String recipientUsername, String recipientEncrypted,
			String recipientMasked, String subject, String body, String link, String idempotencyKey, Status status,
			OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime sentAt) {
	}

	/** A message taken by a dispatch round, with the attempt it is on. */
	record ClaimedMessage(NotificationId id, Channel channel, String recipientEncrypted, String recipientMasked,
			String subject, String body, int attempt) {
	}

	private static final String INSERT = """
			insert into notification.message (id, channel, recipient_username, recipient_encrypted, recipient_masked,
			    subject, body_encrypted, link, idempotency_key, status, attempts, next_attempt_at, created_at, sent_at)
			values (:id, :channel, :username, :encrypted, :masked, :subject, :body, :link, :key, :status, 0,
			    :nextAttemptAt, :createdAt, :sentAt)
			on conflict (idempotency_key) do nothing
			""";

	/** Stores the message unless its idempotency key is taken; says whether it was stored. */
	boolean insertUnlessKeyTaken(NewMessage message) {
		return jdbc.sql(INSERT).paramSource(parameters(message)).update() == 1;
	}

	/**
	 * Stores the messages whose idempotency key is not taken, as one JDBC batch (one round trip to the database, not
	 * one per message); says how many were stored.
	 */
	int insertAllUnlessKeyTaken(List<NewMessage> messages) {
		if (messages.isEmpty()) {
			return 0;
		}
		int stored = 0;
		for (int n : named.batchUpdate(INSERT,
				messages.stream().map(this::parameters).toArray(MapSqlParameterSource[]::new))) {
			stored += Math.max(n, 0);
		}
		return stored;
	}

	private MapSqlParameterSource parameters(NewMessage message) {
		return new MapSqlParameterSource().addValue("id", message.id().value())
			.addValue("channel", message.channel().name())
			.addValue("username", message.recipientUsername())
			.addValue("encrypted", message.recipientEncrypted())
			.addValue("masked", message.recipientMasked())
			.addValue("subject", message.subject())
			.addValue("body", cryptography.encrypt(message.body()))
			.addValue("link", message.link())
			.addValue("key", message.idempotencyKey())
			.addValue("status", message.status().name())
			.addValue("nextAttemptAt", message.nextAttemptAt())
			.addValue("createdAt", message.createdAt())
			.addValue("sentAt", message.sentAt());
	}

	Optional<NotificationId> idOfKey(String idempotencyKey) {
		return jdbc.sql("select id from notification.message where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query((rs, row) -> new NotificationId(rs.getObject("id", UUID.class)))
			.optional();
	}

	/**
	 * Takes up to {@code limit} due messages for one attempt each: counts the attempt and hides them until
	 * {@code hiddenUntil}, in one statement. {@code SKIP LOCKED} lets several nodes (or an overlapping round) take
	 * different messages instead of waiting for each other.
	 */
	List<ClaimedMessage> claimDue(OffsetDateTime now, OffsetDateTime hiddenUntil, int limit) {
		return jdbc.sql("""
				update notification.message
				set attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :hiddenUntil
				where id in (select id from notification.message
				             where status = 'PENDING' and next_attempt_at <= :now
				             order by next_attempt_at
				             limit :limit
				             for update skip locked)
				returning id, channel, recipient_encrypted, recipient_masked, subject, body, body_encrypted, attempts
				""")
			.param("now", now)
			.param("hiddenUntil", hiddenUntil)
			.param("limit", limit)
			.query((rs, row) -> new ClaimedMessage(new NotificationId(rs.getObject("id", UUID.class)),
					Channel.valueOf(rs.getString("channel")), rs.getString("recipient_encrypted"),
					rs.getString("recipient_masked"), rs.getString("subject"), body(rs), rs.getInt("attempts")))
			.list();
	}

	// The outcome of an attempt is written only if the message is still on that attempt: should a send outlast its
	// claim and another round take the message, the later attempt's outcome is the one that counts.

	void markSent(ClaimedMessage message, OffsetDateTime now) {
		jdbc.sql("""
				update notification.message
				set status = 'SENT', sent_at = :now, next_attempt_at = null, last_error = null
				where id = :id and status = 'PENDING' and attempts = :attempt
				""")
			.param("now", now)
			.param("id", message.id().value())
			.param("attempt", message.attempt())
			.update();
	}

	void scheduleRetry(ClaimedMessage message, OffsetDateTime nextAttemptAt, String reason) {
		jdbc.sql("""
				update notification.message
				set next_attempt_at = :nextAttemptAt, last_error = :reason
				where id = :id and status = 'PENDING' and attempts = :attempt
				""")
			.param("nextAttemptAt", nextAttemptAt)
			.param("reason", reason)
			.param("id", message.id().value())
			.param("attempt", message.attempt())
			.update();
	}

	void markFailed(ClaimedMessage message, String reason) {
		jdbc.sql("""
				update notification.message
				set status = 'FAILED', next_attempt_at = null, last_error = :reason
				where id = :id and status = 'PENDING' and attempts = :attempt
				""")
			.param("reason", reason)
			.param("id", message.id().value())
			.param("attempt", message.attempt())
			.update();
	}

	/** Puts a failed message back with a fresh set of attempts; says whether there was one. */
	boolean requeueFailed(NotificationId id, OffsetDateTime now) {
		return jdbc.sql("""
				update notification.message
				set status = 'PENDING', attempts = 0, next_attempt_at = :now
				where id = :id and status = 'FAILED'
				""")
			.param("now", now)
			.param("id", id.value())
			.update() == 1;
	}

	List<InboxMessage> inbox(String username, int limit) {
		return jdbc.sql("""
				select id, subject, body, body_encrypted, link, created_at, read_at is not null as read
				from notification.message
				where channel = 'IN_APP' and recipient_username = :username
				order by created_at desc, id
				limit :limit
				""")
			.param("username", username)
			.param("limit", limit)
			.query((rs, row) -> new InboxMessage(new NotificationId(rs.getObject("id", UUID.class)),
					rs.getString("subject"), body(rs), rs.getString("link"), time(rs, "created_at"),
					rs.getBoolean("read")))
			.list();
	}

	long unreadCount(String username) {
		return jdbc.sql("""
				select count(*) from notification.message
				where channel = 'IN_APP' and recipient_username = :username and read_at is null
				""")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	boolean markRead(String username, NotificationId id, OffsetDateTime now) {
		return jdbc.sql("""
				update notification.message set read_at = coalesce(read_at, :now)
				where id = :id and channel = 'IN_APP' and recipient_username = :username
				""")
			.param("now", now)
			.param("id", id.value())
			.param("username", username)
			.update() == 1;
	}

	int markAllRead(String username, OffsetDateTime now) {
		return jdbc.sql("""
				update notification.message set read_at = :now
				where channel = 'IN_APP' and recipient_username = :username and read_at is null
				""")
			.param("now", now)
			.param("username", username)
			.update();
	}

	List<FailedNotification> failed(int limit) {
		return jdbc.sql("""
				select id, channel, recipient_masked, subject, attempts, last_error, created_at, last_attempt_at
				from notification.message
				where status = 'FAILED'
				order by created_at desc, id
				limit :limit
				""")
			.param("limit", limit)
			.query((rs, row) -> new FailedNotification(new NotificationId(rs.getObject("id", UUID.class)),
					Channel.valueOf(rs.getString("channel")), rs.getString("recipient_masked"),
					rs.getString("subject"), rs.getInt("attempts"), rs.getString("last_error"),
					time(rs, "created_at"), time(rs, "last_attempt_at")))
			.list();
	}

	/**
	 * Encrypts up to a batch of the bodies stored in clear before they were encrypted at rest; says how many. Rows
	 * another node is encrypting at the same moment are skipped, not waited for.
	 */
	int encryptClearBodies() {
		List<ClearBody> clear = jdbc.sql("""
				select id, body from notification.message where body is not null
				order by id limit :batch for update skip locked""")
			.param("batch", CLEAR_BODY_BATCH)
			.query((rs, row) -> new ClearBody(rs.getObject("id", UUID.class), rs.getString("body")))
			.list();
		for (ClearBody row : clear) {
			jdbc.sql("update notification.message set body_encrypted = :encrypted, body = null where id = :id")
				.param("encrypted", cryptography.encrypt(row.body()))
				.param("id", row.id())
				.update();
		}
		return clear.size();
	}

	private record ClearBody(UUID id, String body) {
	}

	/** The message's text: decrypted, or as stored in clear by a version before encryption at rest. */
	private String body(ResultSet rs) throws SQLException {
		String encrypted = rs.getString("body_encrypted");
		return encrypted == null ? rs.getString("body") : cryptography.decrypt(encrypted);
	}

	private OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime stored = rs.getObject(column, OffsetDateTime.class);
		return stored == null ? null : stored.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
	}
}
