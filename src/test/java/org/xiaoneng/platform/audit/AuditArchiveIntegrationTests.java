package org.xiaoneng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Entries leave the live log only through the archive step, only after the retention period, and the live chain
 * stays verifiable from the anchor the step leaves behind.
 * <p>
 * The archive scenarios need a log whose chain starts with old entries, which the shared test database does not
 * have; each runs on an {@link EmptyAuditLog} that is rolled back at the end, so other tests never see it.
 */
@IntegrationTest
class AuditArchiveIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChainer chainer;

	@Autowired
	AuditSettings settings;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	PlatformTransactionManager transactionManager;

	Superuser superuser;

	@BeforeEach
	void setUp() {
		superuser = new Superuser(jdbcTemplate, transactionManager);
	}

	@Test
	void archivingWithinTheRetentionPeriodIsRefusedAndChangesNothing() {
		long entries = count("audit.entry");

		assertThatExceptionOfType(RetentionPeriodNotElapsedException.class)
			.isThrownBy(() -> trail.archive(LocalDate.now(clock).minusDays(183)))
			.satisfies(refused -> assertThat(refused.latestAllowed()).isEqualTo(LocalDate.now(clock).minusDays(184)));

		assertThat(count("audit.entry")).isEqualTo(entries);
		assertThat(count("audit.chain_anchor")).isZero();
	}

	@Test
	void archivingOldEntriesMovesThemAndKeepsTheLiveChainVerifiable() {
		inAnEmptyLogRolledBackAfterwards(() -> {
			long oldest = recordOccurred(daysAgo(300));
			long old = recordOccurred(daysAgo(200));
			long recent = recordOccurred(daysAgo(10));
			long oldButChainedLater = recordOccurred(daysAgo(250));
			chainer.chainPending();

			ArchiveOutcome outcome = trail.archive(LocalDate.now(clock).minusDays(184));

			assertThat(outcome.archivedEntries()).isEqualTo(2);
			assertThat(outcome.anchorPosition()).isEqualTo(2);
			assertThat(archivedSeqs()).containsExactly(oldest, old);
			assertThat(liveSeqs()).contains(recent, oldButChainedLater).doesNotContain(oldest, old);
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isTrue();
			assertThat(verification.chainedEntries()).isEqualTo(2);

			chainer.chainPending();
			assertThat(trail.verify().intact()).isTrue();
			assertThat(jdbc.sql("select count(*) from audit.entry where action = 'audit.archived'").query(Long.class).single())
				.isOne();
		});
	}

	@Test
	void theChainContinuesFromTheAnchorWhenEveryChainedEntryWasArchived() {
		inAnEmptyLogRolledBackAfterwards(() -> {
			recordOccurred(daysAgo(300));
			recordOccurred(daysAgo(200));
			chainer.chainPending();

			trail.archive(LocalDate.now(clock).minusDays(184));
			chainer.chainPending();

			assertThat(jdbc.sql("select min(chain_position) from audit.entry").query(Long.class).single()).isEqualTo(3);
			assertThat(trail.verify().intact()).isTrue();
		});
	}

	@Test
	void aTamperedEntryIsNeverArchived() {
		inAnEmptyLogRolledBackAfterwards(() -> {
			long tampered = recordOccurred(daysAgo(300));
			recordOccurred(daysAgo(200));
			chainer.chainPending();
			superuser.bypassingTriggers(
					sql -> sql.update("update audit.entry set actor = 'someone-else' where seq = ?", tampered));

			assertThatExceptionOfType(ChainBrokenException.class)
				.isThrownBy(() -> trail.archive(LocalDate.now(clock).minusDays(184)))
				.satisfies(refused -> assertThat(refused.brokenEntry().seq()).isEqualTo(tampered));
			assertThat(count("audit.archived_entry")).isZero();
			assertThat(count("audit.chain_anchor")).isZero();
		});
	}

	@Test
	void aStretchWhoseLastEntryWasRemovedIsNeverArchived() {
		inAnEmptyLogRolledBackAfterwards(() -> {
			recordOccurred(daysAgo(300));
			long removed = recordOccurred(daysAgo(200));
			long recent = recordOccurred(daysAgo(10));
			chainer.chainPending();
			superuser.bypassingTriggers(sql -> sql.update("delete from audit.entry where seq = ?", removed));

			assertThatExceptionOfType(ChainBrokenException.class)
				.isThrownBy(() -> trail.archive(LocalDate.now(clock).minusDays(184)))
				.satisfies(refused -> assertThat(refused.brokenEntry().seq()).isEqualTo(recent));
			assertThat(count("audit.chain_anchor")).isZero();
		});
	}

	@Test
	void theDatabaseLetsNoEntryLeaveThatWasNotArchived() {
		inAnEmptyLogRolledBackAfterwards(() -> {
			long old = recordOccurred(daysAgo(300));
			chainer.chainPending();

			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> jdbcTemplate.update("delete from audit.entry where seq = ?", old))
				.withMessageContaining("archive step");
		});
	}

	private void inAnEmptyLogRolledBackAfterwards(Runnable scenario) {
		new EmptyAuditLog(chainer, settings, jdbcTemplate, transactionManager).rolledBackAfterwards(scenario);
	}

	private long recordOccurred(OffsetDateTime occurredAt) {
		String objectId = "case-" + UUID.randomUUID();
		return jdbc.sql("""
				insert into audit.entry (occurred_at, actor, module, action, object_id)
				values (?, 'handler', 'casework', 'case.accepted', ?) returning seq
				""")
			.params(occurredAt, objectId)
			.query(Long.class)
			.single();
	}

	private OffsetDateTime daysAgo(int days) {
		return OffsetDateTime.now(clock).minusDays(days);
	}

	private java.util.List<Long> archivedSeqs() {
		return jdbc.sql("select seq from audit.archived_entry order by chain_position").query(Long.class).list();
	}

	private java.util.List<Long> liveSeqs() {
		return jdbc.sql("select seq from audit.entry").query(Long.class).list();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
