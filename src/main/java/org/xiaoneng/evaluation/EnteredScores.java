package org.xiaoneng.evaluation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/** The scores people entered (leaders, the year-end assessment, qualitative levels), the last one standing. */
@Repository
class EnteredScores {

	/**
	 * A score of an object's indicator.
	 *
	 * @param objectId the department or staff member
	 * @param code the indicator
	 * @param score 0 to 100
	 */
	record Entry(long objectId, String code, double score) {
	}

	private final JdbcClient jdbc;

	EnteredScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enter(int year, ObjectType type, Entry entry, String by, Instant at) {
		jdbc.sql("""
				insert into evaluation.entered_score (year, object_type, object_id, indicator_code, score, entered_by,
				  entered_at)
				values (:year, :type, :object, :code, :score, :by, :at)
				on conflict (year, object_type, object_id, indicator_code)
				do update set score = excluded.score, entered_by = excluded.entered_by, entered_at = excluded.entered_at""")
			.param("year", year)
			.param("type", type.name())
			.param("object", entry.objectId())
			.param("code", entry.code())
			.param("score", entry.score())
			.param("by", by)
			.param("at", Columns.time(at))
			.update();
	}

	/** One object's entered scores of the year: indicator code → score. */
	Map<String, Double> ofObject(int year, ObjectType type, long objectId) {
		Map<String, Double> scores = new HashMap<>();
		jdbc.sql("""
				select indicator_code, score from evaluation.entered_score
				where year = :year and object_type = :type and object_id = :object""")
			.param("year", year)
			.param("type", type.name())
			.param("object", objectId)
			.query(rs -> {
				scores.put(rs.getString("indicator_code"), rs.getDouble("score"));
			});
		return scores;
	}

	/** The year's entered scores of a kind of object: object → indicator code → score. */
	Map<Long, Map<String, Double>> ofYear(int year, ObjectType type) {
		Map<Long, Map<String, Double>> scores = new HashMap<>();
		List<Entry> entries = jdbc.sql("""
				select object_id, indicator_code, score from evaluation.entered_score
				where year = :year and object_type = :type""")
			.param("year", year)
			.param("type", type.name())
			.query((rs, row) -> new Entry(rs.getLong("object_id"), rs.getString("indicator_code"),
					rs.getDouble("score")))
			.list();
		entries.forEach(e -> scores.computeIfAbsent(e.objectId(), id -> new HashMap<>()).put(e.code(), e.score()));
		return scores;
	}
}
