package org.xiaoneng.catalog;

import static org.xiaoneng.common.Columns.time;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Items' keywords, aliases and life events, and the editor's synonyms. */
@Repository
class SearchWordStore {

	private final JdbcClient jdbc;

	private static final RowMapper<Synonym> SYNONYM = (rs, n) -> new Synonym(rs.getLong("id"), rs.getString("word"),
			rs.getString("meaning"));

	private static final RowMapper<ItemTerm> TERM = (rs, n) -> new ItemTerm(rs.getLong("id"), rs.getLong("item_id"),
			TermKind.valueOf(rs.getString("kind")), rs.getString("term"));

	SearchWordStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Synonym> synonyms() {
		return jdbc.sql("select id, word, meaning from catalog.synonym order by word, meaning")
			.query(SYNONYM)
			.list();
	}

	/** Adds a synonym unless the same pair is on record; whether it was added. */
	boolean addSynonym(String word, String meaning, String by, Instant at) {
		return jdbc.sql("""
				insert into catalog.synonym (word, meaning, created_by, created_at) values (:word, :meaning, :by, :at)
				on conflict (word, meaning) do nothing""")
			.param("word", word)
			.param("meaning", meaning)
			.param("by", by)
			.param("at", time(at))
			.update() == 1;
	}

	/** Removes a synonym; the pair it was, if there was one. */
	Optional<Synonym> removeSynonym(long id) {
		return jdbc.sql("delete from catalog.synonym where id = :id returning id, word, meaning")
			.param("id", id)
			.query(SYNONYM)
			.optional();
	}

	/** The terms of these items, by item. */
	Map<Long, List<ItemTerm>> termsOf(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, item_id, kind, term from catalog.item_term where item_id in (:ids) order by kind, term")
			.param("ids", itemIds)
			.query(TERM)
			.list()
			.stream()
			.collect(Collectors.groupingBy(ItemTerm::itemId));
	}

	boolean addTerm(long itemId, TermKind kind, String term, String by, Instant at) {
		return jdbc.sql("""
				insert into catalog.item_term (item_id, kind, term, created_by, created_at)
				values (:item, :kind, :term, :by, :at) on conflict (item_id, kind, term) do nothing""")
			.param("item", itemId)
			.param("kind", kind.name())
			.param("term", term)
			.param("by", by)
			.param("at", time(at))
			.update() == 1;
	}

	Optional<ItemTerm> term(long id) {
		return jdbc.sql("select id, item_id, kind, term from catalog.item_term where id = :id")
			.param("id", id)
			.query(TERM)
			.optional();
	}

	void removeTerm(long id) {
		jdbc.sql("delete from catalog.item_term where id = :id").param("id", id).update();
	}
}
