package org.xiaoneng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.platform.audit.ChainVerification.BreakReason;

/**
 * Entries are recorded with the business transaction, chained with SM3 in the background, and verification finds
 * every kind of tampering that the database's own guards cannot stop.
 */
@IntegrationTest
class AuditChainIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChainer chainer;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	PlatformTransactionManager transactionManager;

	TransactionTemplate transactions;

	Superuser superuser;

	ExecutorService otherTransaction = Executors.newSingleThreadExecutor();

	@BeforeEach
	void setUp() {
		transactions = new TransactionTemplate(transactionManager);
		superuser = new Superuser(jdbcTemplate, transactionManager);
	}

	@AfterEach
	void tearDown() {
		otherTransaction.shutdownNow();
	}

	@Test
	void anEntryRecordedInARolledBackTransactionLeavesNothing() {
		String caseId = newObjectId();

		transactions.executeWithoutResult(status -> {
			log.record(new AuditEntry("casework", "case.accepted", caseId, "status=received", "status=accepted"));
			status.setRollbackOnly();
		});

		assertThat(countEntriesFor(caseId)).isZero();
	}

	@Test
	void entriesAreChainedInSequenceOrderAndVerifyAsIntact() {
		long first = record("case.received");
		long second = record("case.accepted");
		long third = record("case.completed");

		chainer.chainPending();

		assertThat(positionOf(first)).isNotNull();
		assertThat(positionOf(second)).isGreaterThan(positionOf(first));
		assertThat(positionOf(third)).isGreaterThan(positionOf(second));
		ChainVerification verification = trail.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.firstBrokenEntry()).isNull();
		assertThat(verification.chainedEntries()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void anAlteredSummaryIsReportedAsTheFirstBrokenEntry() {
		record("case.received");
		long altered = record("case.accepted");
		record("case.completed");
		chainer.chainPending();
		String original = jdbc.sql("select after_summary from audit.entry where seq = ?").param(altered)
			.query(String.class).single();

		superuser.bypassingTriggers(sql -> sql.update("update audit.entry set after_summary = ? where seq = ?",
				"status=refused", altered));
		try {
			ChainVerification verification = trail.verify();

			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenEntry().seq()).isEqualTo(altered);
			assertThat(verification.firstBrokenEntry().chainPosition()).isEqualTo(positionOf(altered));
			assertThat(verification.firstBrokenEntry().reason()).isEqualTo(BreakReason.HASH_MISMATCH);
		}
		finally {
			superuser.bypassingTriggers(sql -> sql.update("update audit.entry set after_summary = ? where seq = ?",
					original, altered));
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void anEntryDeletedFromTheMiddleIsReportedAtTheEntryAfterIt() {
		record("case.received");
		long deleted = record("case.accepted");
		record("case.completed");
		chainer.chainPending();
		long position = positionOf(deleted);
		long next = jdbc.sql("select seq from audit.entry where chain_position = ?").param(position + 1)
			.query(Long.class).single();
		Map<String, Object> row = jdbc.sql("select * from audit.entry where seq = ?").param(deleted).query().singleRow();

		superuser.bypassingTriggers(sql -> sql.update("delete from audit.entry where seq = ?", deleted));
		try {
			ChainVerification verification = trail.verify();

			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenEntry().seq()).isEqualTo(next);
			assertThat(verification.firstBrokenEntry().chainPosition()).isEqualTo(position + 1);
			assertThat(verification.firstBrokenEntry().reason()).isEqualTo(BreakReason.MISSING_PREDECESSOR);
		}
		finally {
			superuser.bypassingTriggers(sql -> sql.update("""
					insert into audit.entry (seq, occurred_at, actor, module, action, object_id, before_summary,
					  after_summary, chain_position, hash, chained_at)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("module"), row.get("action"),
					row.get("object_id"), row.get("before_summary"), row.get("after_summary"), row.get("chain_position"),
					row.get("hash"), row.get("chained_at")));
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void theDatabaseRefusesToChangeRemoveOrTruncateEntries() {
		long chained = record("case.accepted");
		chainer.chainPending();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbcTemplate.update("update audit.entry set after_summary = 'x' where seq = ?", chained))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbcTemplate.update("update audit.entry set hash = ? where seq = ?", new byte[32], chained))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbcTemplate.update("delete from audit.entry where seq = ?", chained))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbcTemplate.execute("truncate audit.entry"))
			.withMessageContaining("append-only");
		assertThat(countEntriesFor(objectIdOf(chained))).isOne();
	}

	@Test
	void theDatabaseRefusesToChangeAnEntryBeforeItIsChained() {
		String caseId = newObjectId();

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> transactions.executeWithoutResult(status -> {
			log.record(AuditEntry.of("casework", "case.accepted", caseId));
			jdbcTemplate.update("update audit.entry set action = 'case.refused' where object_id = ?", caseId);
		})).withMessageContaining("append-only");
		assertThat(countEntriesFor(caseId)).isZero();
	}

	@Test
	void anEntryCommittedLateIsChainedAfterLaterOnesAndTheChainStaysIntact() throws Exception {
		String lateCase = newObjectId();
		CountDownLatch recorded = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		Future<Long> late = otherTransaction.submit(() -> transactions.execute(status -> {
			log.record(AuditEntry.of("casework", "case.accepted", lateCase));
			recorded.countDown();
			awaitQuietly(commit);
			return seqOf(lateCase);
		}));
		assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();

		long early = record("case.completed");
		chainer.chainPending();
		assertThat(countEntriesFor(lateCase)).as("not yet committed").isZero();
		commit.countDown();
		long lateSeq = late.get(30, TimeUnit.SECONDS);
		chainer.chainPending();

		assertThat(lateSeq).isLessThan(early);
		assertThat(positionOf(lateSeq)).isGreaterThan(positionOf(early));
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void entriesWaitingForTheChainerOverAMinuteAreReported() {
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			long before = trail.verify().unchainedOlderThanOneMinute();
			// uncommitted, so the background chainer cannot see them: one written two minutes ago, one just now
			insertUnchained(OffsetDateTime.now(clock).minusMinutes(2));
			insertUnchained(OffsetDateTime.now(clock));

			ChainVerification verification = trail.verify();

			assertThat(verification.unchainedOlderThanOneMinute()).isEqualTo(before + 1);
			assertThat(verification.intact()).isTrue();
		});
	}

	@Test
	void verifyingTheChainIsItselfAudited() {
		long before = jdbc.sql("select count(*) from audit.entry where action = 'audit.verified'").query(Long.class).single();

		trail.verify();

		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'audit.verified'").query(Long.class).single())
			.isEqualTo(before + 1);
	}

	@Test
	void personalDataInASummaryIsStoredMasked() {
		String caseId = newObjectId();

		log.record(new AuditEntry("casework", "applicant.changed", caseId, "phone=13800138000", "phone=13900139000"));

		assertThat(jdbc.sql("select before_summary || ' ' || after_summary from audit.entry where object_id = ?")
			.param(caseId).query(String.class).single()).isEqualTo("phone=138****8000 phone=139****9000");
	}

	private long record(String action) {
		String caseId = newObjectId();
		log.record(new AuditEntry("casework", action, caseId, "status=before", "status=after"));
		return seqOf(caseId);
	}

	private void insertUnchained(OffsetDateTime occurredAt) {
		jdbc.sql("""
				insert into audit.entry (occurred_at, actor, module, action)
				values (?, 'system', 'casework', 'case.overdue')
				""")
			.param(occurredAt)
			.update();
	}

	private long seqOf(String objectId) {
		return jdbc.sql("select seq from audit.entry where object_id = ?").param(objectId).query(Long.class).single();
	}

	private String objectIdOf(long seq) {
		return jdbc.sql("select object_id from audit.entry where seq = ?").param(seq).query(String.class).single();
	}

	private Long positionOf(long seq) {
		return jdbc.sql("select chain_position from audit.entry where seq = ?")
			.param(seq)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private long countEntriesFor(String objectId) {
		return jdbc.sql("select count(*) from audit.entry where object_id = ?").param(objectId).query(Long.class).single();
	}

	/**
	 * A unique object id without digits: the audit log masks what looks like a phone or ID number in every text it
	 * stores, and a random UUID's digits now and then do (a segment of twelve digits starting 13…19).
	 */
	private static String newObjectId() {
		return "case-" + UUID.randomUUID()
			.toString()
			.chars()
			.map(c -> Character.isDigit(c) ? 'g' + (c - '0') : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
