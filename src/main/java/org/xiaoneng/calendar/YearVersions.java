package org.xiaoneng.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published versions of each year's notice, and the revision counter that tells nodes to rebuild.
 */
@Repository
class YearVersions {

	/** One stored publication. */
	record Stored(int year, int version, String notice, Instant publishedAt, String publishedBy) {
	}

	private final JdbcClient jdbc;

	YearVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The version in force of every year: the highest. */
	List<Stored> current() {
		return jdbc.sql("""
				SELECT DISTINCT ON (year) year, version, notice, published_at, published_by
				FROM calendar.year_version ORDER BY year, version DESC""")
			.query((rs, row) -> new Stored(rs.getInt(1), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.list();
	}

	Optional<Stored> current(int year) {
		return jdbc.sql("""
				SELECT year, version, notice, published_at, published_by FROM calendar.year_version
				WHERE year = ? ORDER BY version DESC LIMIT 1""")
			.param(year)
			.query((rs, row) -> new Stored(rs.getInt(1), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.optional();
	}

	/** Every version of a year, newest first. */
	List<Stored> history(int year) {
		return jdbc.sql("""
				SELECT year, version, notice, published_at, published_by FROM calendar.year_version
				WHERE year = ? ORDER BY version DESC""")
			.param(year)
			.query((rs, row) -> new Stored(rs.getInt(1), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.list();
	}

	/** Stores a version; {@code false} if it exists already (another node seeded it first). */
	boolean insert(int year, int version, String notice, int dayCount, Instant at, String by) {
		return jdbc.sql("""
				INSERT INTO calendar.year_version (year, version, notice, day_count, published_at, published_by)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(year, version, notice, dayCount, java.sql.Timestamp.from(at), by)
			.update() == 1;
	}

	long revision() {
		return jdbc.sql("SELECT value FROM calendar.revision WHERE id = 1").query(Long.class).single();
	}

	/** Raises the revision, holding its row until the transaction ends: publications wait for each other. */
	long raiseRevision() {
		return jdbc.sql("UPDATE calendar.revision SET value = value + 1 WHERE id = 1 RETURNING value")
			.query(Long.class)
			.single();
	}
}
