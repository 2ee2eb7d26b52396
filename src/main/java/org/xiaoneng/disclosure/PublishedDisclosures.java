package org.xiaoneng.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published items as the portal reads them: by category and unit, by search over the stored bigram index
 * (docs/decisions/0032, 0034), and the newest for a feed.
 */
@Repository
class PublishedDisclosures {

	/** The most a list, a search or a feed shows. */
	static final int MOST = 100;

	private final JdbcClient jdbc;

	PublishedDisclosures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The published items of a category and a unit (either may be null for all), newest first. */
	List<DisclosureItem> browse(Category category, Long unitId) {
		return jdbc.sql("select " + DisclosureItems.COLUMNS + " from disclosure.item where status = 'PUBLISHED'" + filters(category,
				unitId) + " order by published_at desc, id desc limit " + MOST)
			.params(parameters(category, unitId))
			.query(DisclosureItems::item)
			.list();
	}

	/**
	 * The published items holding every piece of the query, ranked by {@code ts_rank} with PostgreSQL's default
	 * weights (a piece in the title, weight A, counts 1.0; in the text, weight B, 0.4), the newest first among equals.
	 * A single Han character matches every bigram it begins.
	 */
	List<DisclosureItem> search(List<String> pieces, Category category, Long unitId) {
		Map<String, Object> parameters = parameters(category, unitId);
		parameters.put("query", tsquery(pieces));
		return jdbc.sql("select " + DisclosureItems.COLUMNS
				+ " from disclosure.item where status = 'PUBLISHED' and search @@ cast(:query as tsquery)"
				+ filters(category, unitId)
				+ " order by ts_rank(search, cast(:query as tsquery)) desc, published_at desc, id desc limit " + MOST)
			.params(parameters)
			.query(DisclosureItems::item)
			.list();
	}

	/** How many items each category has published, of one unit or all. */
	Map<Category, Integer> countsByCategory(Long unitId) {
		Map<Category, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("select category, count(*) as n from disclosure.item where status = 'PUBLISHED'"
				+ filters(null, unitId) + " group by category")
			.params(parameters(null, unitId))
			.query((rs, n) -> counts.put(Category.valueOf(rs.getString("category")), rs.getInt("n")))
			.list();
		return counts;
	}

	/** The units that have published something, for the portal's choice of unit. */
	List<Long> publishingUnits() {
		return jdbc.sql("select distinct unit_id from disclosure.item where status = 'PUBLISHED' order by unit_id")
			.query(Long.class)
			.list();
	}

	// the pieces as a tsquery literal: each quoted as a lexeme, so that no parser or locale changes it
	static String tsquery(List<String> pieces) {
		return pieces.stream().map(piece -> {
			String quoted = "'" + piece.replace("\\", "\\\\").replace("'", "''") + "'";
			boolean singleHan = piece.codePointCount(0, piece.length()) == 1
					&& Character.UnicodeScript.of(piece.codePointAt(0)) == Character.UnicodeScript.HAN;
			return singleHan ? quoted + ":*" : quoted;
		}).collect(Collectors.joining(" & "));
	}

	private static String filters(Category category, Long unitId) {
		return (category == null ? "" : " and category = :category") + (unitId == null ? "" : " and unit_id = :unit");
	}

	private static Map<String, Object> parameters(Category category, Long unitId) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (category != null) {
			parameters.put("category", category.name());
		}
		if (unitId != null) {
			parameters.put("unit", unitId);
		}
		return parameters;
	}
}
