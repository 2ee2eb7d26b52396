package org.xiaoneng.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.PersonalDataMasks;

/**
 * The entries of {@code audit.entry} and the chain's head. An insert takes only the next sequence number, never a
 * lock on the chain, so that auditing does not serialise business transactions; the chain is built afterwards by the
 * chainer.
 */
@Repository
class AuditEntries implements AuditLog {

	static final String SYSTEM = "system";

	// Any fixed number; it names the one lock that the chainer and the archive step take so that chain positions
	// are given out by one writer at a time. Business inserts never take it.
	private static final long CHAIN_WRITER_LOCK = 0x58_4E_41_55_44_49_54L;

	private static final String COLUMNS = """
			seq, occurred_at, actor, module, action, object_id, before_summary, after_summary, chain_position, hash""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	AuditEntries(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		recordAs(currentActor(), entry);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String actor, AuditEntry entry) {
		jdbc.sql("""
				insert into audit.entry (occurred_at, actor, module, action, object_id, before_summary, after_summary)
				values (:occurredAt, :actor, :module, :action, :objectId, :before, :after)
				""")
			// PostgreSQL keeps microseconds; truncating here makes the stored time the one the caller could see
			.param("occurredAt", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS))
			.param("actor", actor)
			.param("module", entry.module())
			.param("action", entry.action())
			.param("objectId", PersonalDataMasks.inText(entry.objectId()))
			.param("before", PersonalDataMasks.inText(entry.before()))
			.param("after", PersonalDataMasks.inText(entry.after()))
			.update();
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAllAs(String actor, List<AuditEntry> recorded) {
		if (recorded.isEmpty()) {
			return;
		}
		// with ordinality keeps the caller's order in the sequence numbers, as one insert after another would
		jdbc.sql("""
				insert into audit.entry (occurred_at, actor, module, action, object_id, before_summary, after_summary)
				select :occurredAt, :actor, e.module, e.action, e.object_id, e.before_summary, e.after_summary
				from unnest(cast(:modules as text[]), cast(:actions as text[]), cast(:objectIds as text[]),
				cast(:befores as text[]), cast(:afters as text[]))
				with ordinality as e(module, action, object_id, before_summary, after_summary, n)
				order by e.n
				""")
			.param("occurredAt", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS))
			.param("actor", actor)
			.param("modules", recorded.stream().map(AuditEntry::module).toArray(String[]::new))
			.param("actions", recorded.stream().map(AuditEntry::action).toArray(String[]::new))
			.param("objectIds", recorded.stream().map(e -> PersonalDataMasks.inText(e.objectId())).toArray(String[]::new))
			.param("befores", recorded.stream().map(e -> PersonalDataMasks.inText(e.before())).toArray(String[]::new))
			.param("afters", recorded.stream().map(e -> PersonalDataMasks.inText(e.after())).toArray(String[]::new))
			.update();
	}

	/** Takes the chain writer lock until the current transaction ends. */
	void lockChainWriters() {
		jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_WRITER_LOCK).query((rs, n) -> n).single();
	}

	/** The chain's head: the last link the chainer gave out, which never goes back. */
	ChainLink head() {
		return jdbc.sql("select chain_position, hash from audit.chain_head")
			.query((rs, n) -> new ChainLink(rs.getLong("chain_position"), rs.getBytes("hash")))
			.single();
	}

	/** Moves the head forward to the last link just given out (the database refuses to move it back). */
	void advanceHead(ChainLink head, OffsetDateTime movedAt) {
		jdbc.sql("update audit.chain_head set chain_position = :position, hash = :hash, moved_at = :at")
			.param("position", head.position())
			.param("hash", head.hash())
			.param("at", movedAt)
			.update();
	}

	/** The link stored at a chain position. */
	ChainLink linkAt(long position) {
		return jdbc.sql("select chain_position, hash from audit.entry where chain_position = :position")
			.param("position", position)
			.query((rs, n) -> new ChainLink(rs.getLong("chain_position"), rs.getBytes("hash")))
			.single();
	}

	/** Committed entries not yet chained, in sequence order. */
	List<StoredEntry> unchained(int limit) {
		return jdbc.sql("select " + COLUMNS + " from audit.entry where chain_position is null order by seq limit :limit")
			.param("limit", limit)
			.query(AuditEntries::stored)
			.list();
	}

	/** Sets the chain fields of entries, once (the database refuses a second time). */
	void link(List<StoredEntry> entries, List<ChainLink> links, OffsetDateTime chainedAt) {
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			rows.add(new Object[] { links.get(i).position(), links.get(i).hash(), chainedAt, entries.get(i).seq() });
		}
		batches.batchUpdate("""
				update audit.entry set chain_position = ?, hash = ?, chained_at = ?
				where seq = ? and chain_position is null
				""", rows);
	}

	/** Chained entries after a chain position, up to and including another, in chain order. */
	List<StoredEntry> chainedAfter(long position, long upTo, int limit) {
		return linkedAfter("audit.entry", position, upTo, limit);
	}

	/** Archived entries after a chain position, up to and including another, in chain order. */
	List<StoredEntry> archivedAfter(long position, long upTo, int limit) {
		return linkedAfter("audit.archived_entry", position, upTo, limit);
	}

	private List<StoredEntry> linkedAfter(String table, long position, long upTo, int limit) {
		return jdbc.sql("select " + COLUMNS + " from " + table + """
				 where chain_position > :position and chain_position <= :upTo
				order by chain_position limit :limit
				""")
			.param("position", position)
			.param("upTo", upTo)
			.param("limit", limit)
			.query(AuditEntries::stored)
			.list();
	}

	/**
	 * The end of the longest stretch of the live chain after {@code start} whose entries all occurred before
	 * {@code cutOff}: the chain can only be archived from its start, without gaps.
	 */
	long lastPositionOccurredBefore(long start, OffsetDateTime cutOff) {
		return jdbc.sql("""
				select coalesce(
				  (select min(chain_position) - 1 from audit.entry where chain_position > :start and occurred_at >= :cutOff),
				  (select max(chain_position) from audit.entry where chain_position > :start),
				  :start)
				""")
			.param("start", start)
			.param("cutOff", cutOff)
			.query(Long.class)
			.single();
	}

	/**
	 * Copies the chained entries after position {@code after} up to and including {@code upTo}, unchanged, into
	 * {@code audit.archived_entry}; the database anchors the chain only on such copies.
	 */
	long copyToArchive(long after, long upTo) {
		return jdbc.sql("""
				insert into audit.archived_entry (seq, occurred_at, actor, module, action, object_id,
				  before_summary, after_summary, chain_position, hash, chained_at)
				select seq, occurred_at, actor, module, action, object_id,
				  before_summary, after_summary, chain_position, hash, chained_at
				from audit.entry where chain_position > :after and chain_position <= :upTo
				""")
			.param("after", after)
			.param("upTo", upTo)
			.update();
	}

	/**
	 * Removes the archived entries from the live table; the database lets them go only because their copy exists
	 * and an anchor covers them.
	 */
	long removeArchived(long after, long upTo) {
		return jdbc.sql("delete from audit.entry where chain_position > :after and chain_position <= :upTo")
			.param("after", after)
			.param("upTo", upTo)
			.update();
	}

	/** How many live entries sit at or before a chain position; none may once an anchor covers it. */
	long countChainedUpTo(long position) {
		return jdbc.sql("select count(*) from audit.entry where chain_position <= :position")
			.param("position", position)
			.query(Long.class)
			.single();
	}

	/** The archived links at the given chain positions, those that exist. */
	List<ChainLink> archivedLinksAt(Collection<Long> positions) {
		if (positions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select chain_position, hash from audit.archived_entry where chain_position = any(:positions)")
			.param("positions", positions.toArray(Long[]::new))
			.query((rs, n) -> new ChainLink(rs.getLong("chain_position"), rs.getBytes("hash")))
			.list();
	}

	long countUnchainedBefore(OffsetDateTime moment) {
		return jdbc.sql("select count(*) from audit.entry where chain_position is null and occurred_at < :moment")
			.param("moment", moment)
			.query(Long.class)
			.single();
	}

	/** The trail, newest first; entries of one instant by their sequence, the latest first. */
	private static final Keyset.Order NEWEST = Keyset.Order.descending("occurred", "seq",
			new Keyset.Column("occurred_at", Keyset.Type.INSTANT));

	/**
	 * The entries matching a filter, newest first, after or before the cursor's entry; the page reads at most
	 * one entry more than it shows, and counts no further.
	 */
	AuditPage search(AuditFilter filter, String cursor, int size) {
		Keyset keyset = Keyset.at(cursor, NEWEST, size);
		ZoneId zone = clock.getZone();
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		equal("actor", filter.actor(), conditions, params);
		equal("module", filter.module(), conditions, params);
		equal("action", filter.action(), conditions, params);
		equal("object_id", filter.objectId(), conditions, params);
		String fromAndWhere = " from audit.entry where " + (conditions.isEmpty() ? "true" : String.join(" and ", conditions));

		params.putAll(keyset.parameters());
		List<RecordedEntry> entries = jdbc
			.sql("select " + COLUMNS + fromAndWhere + " and " + keyset.condition() + keyset.orderAndLimit())
			.params(params)
			.query((rs, n) -> recorded(rs, zone))
			.list();
		KeysetPage<RecordedEntry> page = keyset.page(entries, entry -> List.of(entry.occurredAt().toInstant()),
				RecordedEntry::seq);
		return new AuditPage(page.rows(), page.previous(), page.next(), page.total(), page.totalExact());
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
	}

	private static void equal(String column, String value, List<String> conditions, Map<String, Object> params) {
		if (value != null) {
			conditions.add(column + " = :" + column);
			params.put(column, value);
		}
	}

	private static StoredEntry stored(ResultSet rs, int row) throws SQLException {
		long position = rs.getLong("chain_position");
		Long chainPosition = rs.wasNull() ? null : position;
		return new StoredEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class),
				rs.getString("actor"), rs.getString("module"), rs.getString("action"), rs.getString("object_id"),
				rs.getString("before_summary"), rs.getString("after_summary"), chainPosition,
				rs.getBytes("hash"));
	}

	private static RecordedEntry recorded(ResultSet rs, ZoneId zone) throws SQLException {
		StoredEntry entry = stored(rs, 0);
		return new RecordedEntry(entry.seq(), entry.occurredAt().atZoneSameInstant(zone).toOffsetDateTime(),
				entry.actor(), entry.module(), entry.action(), entry.objectId(), entry.before(), entry.after(),
				entry.chainPosition());
	}
}
