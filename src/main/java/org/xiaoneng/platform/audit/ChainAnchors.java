package org.xiaoneng.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The anchors of {@code audit.chain_anchor}: after each archive step, the chain position and hash of the last archived
 * entry, from which the live chain continues.
 */
@Repository
class ChainAnchors {

	private final JdbcClient jdbc;

	ChainAnchors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The link the live chain starts from: the latest anchor, or genesis before the first archive step. */
	ChainLink start() {
		return latest().orElse(ChainLink.GENESIS);
	}

	Optional<ChainLink> latest() {
		return jdbc.sql("select chain_position, hash from audit.chain_anchor order by chain_position desc limit 1")
			.query((rs, n) -> new ChainLink(rs.getLong("chain_position"), rs.getBytes("hash")))
			.optional();
	}

	/** The anchor before a chain position, or genesis: where the archived stretch under an anchor starts. */
	ChainLink before(long position) {
		return jdbc.sql("""
				select chain_position, hash from audit.chain_anchor where chain_position < :position
				order by chain_position desc limit 1
				""")
			.param("position", position)
			.query((rs, n) -> new ChainLink(rs.getLong("chain_position"), rs.getBytes("hash")))
			.optional()
			.orElse(ChainLink.GENESIS);
	}

	void add(ChainLink anchor, LocalDate archivedBefore, long archivedEntries, OffsetDateTime archivedAt,
			String archivedBy) {
		jdbc.sql("""
				insert into audit.chain_anchor (chain_position, hash, archived_before, archived_entries, archived_at, archived_by)
				values (:position, :hash, :before, :entries, :at, :by)
				""")
			.param("position", anchor.position())
			.param("hash", anchor.hash())
			.param("before", archivedBefore)
			.param("entries", archivedEntries)
			.param("at", archivedAt)
			.param("by", archivedBy)
			.update();
	}
}
