package org.xiaoneng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.platform.audit.ChainVerification.BreakReason;
import org.xiaoneng.platform.audit.ChainVerification.BrokenEntry;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Tampering by a database superuser, who can switch the append-only triggers off: removing the newest entries,
 * writing an archive anchor by hand to start verification after an edited entry, and rewriting the chain
 * consistently. Each is reported by verification, the last through the chain heads recorded outside the database.
 * Every scenario runs on an {@link EmptyAuditLog} that is rolled back afterwards.
 */
@IntegrationTest
class AuditTamperingIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditChainer chainer;

	@Autowired
	ExternalAnchoring externalAnchoring;

	@Autowired
	AuditSettings settings;

	@Autowired
	Cryptography cryptography;

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
	void deletingTheNewestEntriesIsReportedAsATruncatedChain() {
		inAnEmptyLog(() -> {
			chained(5);

			superuser.bypassingTriggers(sql -> sql.update("delete from audit.entry where chain_position >= 4"));

			assertThat(trail.verify().firstBrokenEntry()).isEqualTo(new BrokenEntry(null, 4, BreakReason.TRUNCATED));
		});
	}

	@Test
	void theChainerNeverGivesOutThePositionOfARemovedEntryAgain() {
		inAnEmptyLog(() -> {
			chained(5);
			superuser.bypassingTriggers(sql -> sql.update("delete from audit.entry where chain_position >= 4"));

			long next = record(OffsetDateTime.now(clock));
			chainer.chainPending();

			assertThat(positionOf(next)).isEqualTo(6);
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenEntry().chainPosition()).isEqualTo(6);
			assertThat(verification.firstBrokenEntry().reason()).isEqualTo(BreakReason.MISSING_PREDECESSOR);
		});
	}

	@Test
	void anAnchorInsertedByHandIsReportedAsForged() {
		inAnEmptyLog(() -> {
			chained(5);

			superuser.bypassingTriggers(sql -> forgeAnchorAt(sql, 3));

			assertThat(trail.verify().firstBrokenEntry())
				.isEqualTo(new BrokenEntry(null, 3, BreakReason.FORGED_ANCHOR));
		});
	}

	@Test
	void anEditedEntryHiddenBehindAForgedAnchorIsReported() {
		inAnEmptyLog(() -> {
			List<Long> seqs = chained(5);

			superuser.bypassingTriggers(sql -> {
				sql.update("update audit.entry set actor = 'someone-else' where seq = ?", seqs.get(1));
				forgeAnchorAt(sql, 3);
			});

			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenEntry().reason()).isEqualTo(BreakReason.FORGED_ANCHOR);
		});
	}

	@Test
	void anEditedEntryMovedIntoTheArchiveByHandUnderAForgedAnchorIsReported() {
		inAnEmptyLog(() -> {
			List<Long> seqs = chained(5);

			superuser.bypassingTriggers(sql -> {
				sql.update("update audit.entry set actor = 'someone-else' where seq = ?", seqs.get(1));
				moveIntoTheArchiveUpTo(sql, 4);
				forgeAnchorAt(sql, 4);
			});

			assertThat(trail.verify().firstBrokenEntry())
				.isEqualTo(new BrokenEntry(seqs.get(1), 2, BreakReason.HASH_MISMATCH));
		});
	}

	@Test
	void anAnchorForgedTogetherWithItsArchivedEntriesDisagreesWithTheExternalAnchor() {
		inAnEmptyLog(() -> {
			List<Long> seqs = chained(5);
			externalAnchoring.anchorHead();

			superuser.bypassingTriggers(sql -> {
				sql.update("update audit.entry set actor = 'someone-else' where seq = ?", seqs.get(1));
				rewriteFrom(sql, 2);
				moveIntoTheArchiveUpTo(sql, 5);
				forgeAnchorAt(sql, 5);
			});

			assertThat(trail.verify().firstBrokenEntry()).isEqualTo(new BrokenEntry(null, 5, BreakReason.REWRITTEN));
		});
	}

	@Test
	void aChainRewrittenConsistentlyDisagreesWithTheExternalAnchor() {
		inAnEmptyLog(() -> {
			List<Long> seqs = chained(5);
			externalAnchoring.anchorHead();

			superuser.bypassingTriggers(sql -> {
				sql.update("update audit.entry set after_summary = 'status=refused' where seq = ?", seqs.get(1));
				rewriteFrom(sql, 2);
			});

			assertThat(trail.verify().firstBrokenEntry())
				.isEqualTo(new BrokenEntry(seqs.get(4), 5, BreakReason.REWRITTEN));
		});
	}

	@Test
	void aTruncationThatAlsoMovesTheHeadBackDisagreesWithTheExternalAnchor() {
		inAnEmptyLog(() -> {
			chained(5);
			externalAnchoring.anchorHead();

			superuser.bypassingTriggers(sql -> {
				sql.update("delete from audit.entry where chain_position >= 4");
				sql.update("""
						update audit.chain_head set chain_position = 3,
						  hash = (select hash from audit.entry where chain_position = 3)
						""");
			});

			assertThat(trail.verify().firstBrokenEntry()).isEqualTo(new BrokenEntry(null, 4, BreakReason.TRUNCATED));
		});
	}

	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void theAuditorsPageNamesThePositionWhereTheTruncatedChainEnds() {
		inAnEmptyLog(() -> {
			chained(5);
			superuser.bypassingTriggers(sql -> sql.update("delete from audit.entry where chain_position >= 4"));

			// MockMvc serves the request on this thread, so the page verifies inside the scenario's transaction
			assertThat(page(post("/audit/verify").header("HX-Request", "true").with(csrf())))
				.contains("哈希链断裂：链位置 4 起记录缺失或不符，原因：哈希链在链头之前结束，最新的记录疑被删除。")
				.doesNotContain("null");
		});
	}

	@Test
	void theExternalAnchorsOfAnUntouchedChainAgreeWithIt() {
		inAnEmptyLog(() -> {
			chained(3);
			externalAnchoring.anchorHead();
			chained(2);
			externalAnchoring.anchorHead();

			ChainVerification verification = trail.verify();

			assertThat(verification.intact()).isTrue();
			assertThat(verification.externalAnchors()).isEqualTo(2);
		});
	}

	@Test
	void theDatabaseRefusesToMoveTheHeadBackOrToAnchorOnLiveEntries() {
		// on the shared log, each statement in its own transaction: the first refusal would abort a shared one
		record(OffsetDateTime.now(clock));
		chainer.chainPending();
		long head = jdbc.sql("select chain_position from audit.chain_head").query(Long.class).single();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbcTemplate.update("update audit.chain_head set chain_position = chain_position - 1"))
			.withMessageContaining("only moves forward");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbcTemplate.update("delete from audit.chain_head"))
			.withMessageContaining("only moves forward");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> forgeAnchorAt(jdbcTemplate, head))
			.withMessageContaining("archived entries");
		assertThat(jdbc.sql("select chain_position from audit.chain_head").query(Long.class).single())
			.isGreaterThanOrEqualTo(head);
	}

	private String page(MockHttpServletRequestBuilder request) {
		try {
			return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void inAnEmptyLog(Runnable scenario) {
		new EmptyAuditLog(chainer, settings, jdbcTemplate, transactionManager).rolledBackAfterwards(scenario);
	}

	/** Records and chains entries; returns their seqs in chain order. */
	private List<Long> chained(int count) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Long> seqs = java.util.stream.IntStream.range(0, count).mapToObj(i -> record(now)).toList();
		chainer.chainPending();
		return seqs;
	}

	private long record(OffsetDateTime occurredAt) {
		return jdbc.sql("""
				insert into audit.entry (occurred_at, actor, module, action, object_id, after_summary)
				values (?, 'handler', 'casework', 'case.accepted', ?, 'status=accepted') returning seq
				""")
			.params(occurredAt, "case-" + UUID.randomUUID())
			.query(Long.class)
			.single();
	}

	private Long positionOf(long seq) {
		return jdbc.sql("select chain_position from audit.entry where seq = ?").param(seq).query(Long.class).single();
	}

	/** An anchor as the archive step would write it, but with no archive step: on the entry at that position. */
	private static void forgeAnchorAt(JdbcTemplate sql, long position) {
		sql.update("""
				insert into audit.chain_anchor (chain_position, hash, archived_before, archived_entries, archived_at,
				  archived_by)
				select chain_position, hash, current_date - 200, chain_position, now(), 'auditor'
				from (select chain_position, hash from audit.entry
				      union all select chain_position, hash from audit.archived_entry) link
				where chain_position = ?
				""", position);
	}

	/** What the archive step does, without it: copies the live entries into the archive and removes them. */
	private static void moveIntoTheArchiveUpTo(JdbcTemplate sql, long position) {
		sql.update("""
				insert into audit.archived_entry select seq, occurred_at, actor, module, action, object_id,
				  before_summary, after_summary, chain_position, hash, chained_at
				from audit.entry where chain_position <= ?
				""", position);
		sql.update("delete from audit.entry where chain_position <= ?", position);
	}

	/** Recomputes every hash from a position to the end, and the head, as a superuser who knows the format can. */
	private void rewriteFrom(JdbcTemplate sql, long position) {
		ChainLink previous = position == 1 ? ChainLink.GENESIS
				: jdbc.sql("select chain_position, hash from audit.entry where chain_position = ?")
					.param(position - 1)
					.query((rs, n) -> new ChainLink(rs.getLong(1), rs.getBytes(2)))
					.single();
		List<StoredEntry> entries = jdbc.sql("""
				select seq, occurred_at, actor, module, action, object_id, before_summary, after_summary,
				  chain_position, hash
				from audit.entry where chain_position >= ? order by chain_position
				""")
			.param(position)
			.query((rs, n) -> new StoredEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("module"), rs.getString("action"), rs.getString("object_id"),
					rs.getString("before_summary"), rs.getString("after_summary"), rs.getLong("chain_position"),
					rs.getBytes("hash")))
			.list();
		for (StoredEntry entry : entries) {
			previous = entry.linkAfter(previous, cryptography);
			sql.update("update audit.entry set hash = ? where seq = ?", previous.hash(), entry.seq());
		}
		sql.update("update audit.chain_head set hash = ?", (Object) previous.hash());
	}
}
