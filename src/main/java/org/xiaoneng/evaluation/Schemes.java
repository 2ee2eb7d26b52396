package org.xiaoneng.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemes, one typed read and one typed write per version; the versions of one year, object type and scale are
 * drafted one at a time under a lock, so that two drafts at once do not take the same number.
 */
@Repository
class Schemes {

	private static final TypeReference<List<Indicator>> TREE = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, year, object_type, scale, version, dimensions, drafted_by, drafted_at, frozen_at";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Schemes(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Takes the lock on the year's schemes of this kind and reads the latest version, if any. */
	Optional<Scheme> lockLatest(int year, ObjectType type, GradeScale scale) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(7416, :key)) locked")
			.param("key", year * 10 + type.ordinal() * 2 + scale.ordinal())
			.query(Integer.class)
			.single();
		return latest(year, type, scale);
	}

	/** The latest version of the year's scheme of this kind, if any. */
	Optional<Scheme> latest(int year, ObjectType type, GradeScale scale) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from evaluation.scheme where year = :year and object_type = :type and scale = :scale
				order by version desc limit 1""")
			.param("year", year)
			.param("type", type.name())
			.param("scale", scale.name())
			.query(this::scheme)
			.optional();
	}

	/** The latest version of each of the year's schemes. */
	List<Scheme> latestOfYear(int year) {
		return jdbc.sql("select distinct on (object_type, scale) " + COLUMNS + " " + """
				from evaluation.scheme where year = :year order by object_type, scale, version desc""")
			.param("year", year)
			.query(this::scheme)
			.list();
	}

	Optional<Scheme> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from evaluation.scheme where id = :id")
			.param("id", id)
			.query(this::scheme)
			.optional();
	}

	/** Saves a new version; it has its id afterwards. */
	void add(Scheme scheme) {
		long id = jdbc.sql("""
				insert into evaluation.scheme (year, object_type, scale, version, dimensions, drafted_by, drafted_at)
				values (:year, :type, :scale, :version, cast(:tree as jsonb), :by, :at) returning id""")
			.param("year", scheme.year())
			.param("type", scheme.objectType().name())
			.param("scale", scheme.scale().name())
			.param("version", scheme.version())
			.param("tree", json.writeValueAsString(scheme.dimensions()))
			.param("by", scheme.draftedBy())
			.param("at", Columns.time(scheme.draftedAt()))
			.query(Long.class)
			.single();
		scheme.assignId(id);
	}

	/** Writes the freezing of a version. */
	void saveFrozen(Scheme scheme) {
		jdbc.sql("update evaluation.scheme set frozen_at = :at where id = :id")
			.param("at", Columns.time(scheme.frozenAt()))
			.param("id", scheme.idOrNull())
			.update();
	}

	private Scheme scheme(ResultSet rs, int row) throws SQLException {
		return new Scheme(rs.getLong("id"), rs.getInt("year"), ObjectType.valueOf(rs.getString("object_type")),
				GradeScale.valueOf(rs.getString("scale")), rs.getInt("version"),
				json.readValue(rs.getString("dimensions"), TREE), rs.getString("drafted_by"),
				Columns.instant(rs, "drafted_at"), Columns.instant(rs, "frozen_at"));
	}
}
