package org.xiaoneng.conduct;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/**
 * The conduct rules: each unit's list in versions, the region's default (the source text's 十不准) under unit 0 for a
 * unit that has none of its own. A new version replaces the whole list; old versions stay, since cases cite them.
 */
@Repository
class ConductRules {

	/** The unit id under which the region's default list is kept. */
	static final long REGION = 0;

	private final JdbcClient jdbc;

	ConductRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The list in force in the unit: its own latest version, else the region's. */
	List<ConductRule> inForce(long unitId) {
		List<ConductRule> own = latest(unitId);
		return own.isEmpty() ? latest(REGION) : own;
	}

	/** The rule of that code in the unit's list in force. */
	Optional<ConductRule> inForce(long unitId, String code) {
		return inForce(unitId).stream().filter(rule -> rule.code().equals(code)).findFirst();
	}

	/**
	 * Publishes the unit's next version (the region's under {@link #REGION}); concurrent publications for one unit are
	 * serialised, so that two never take the same number.
	 */
	int publish(long unitId, List<Draft> rules, String by, Instant at) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(7315, :unit)) locked").param("unit", (int) unitId)
			.query(Integer.class)
			.single();
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from conduct.conduct_rule where unit_id = :unit")
			.param("unit", unitId)
			.query(Integer.class)
			.single();
		int position = 0;
		for (Draft rule : rules) {
			jdbc.sql("""
					insert into conduct.conduct_rule (unit_id, version, position, code, text, source, changed_by,
					  changed_at) values (:unit, :version, :position, :code, :text, :source, :by, :at)""")
				.param("unit", unitId)
				.param("version", version)
				.param("position", ++position)
				.param("code", rule.code())
				.param("text", rule.text())
				.param("source", rule.source())
				.param("by", by)
				.param("at", Columns.time(at))
				.update();
		}
		return version;
	}

	/** The wording of a rule as a case cited it, in the version it was judged by. */
	Optional<String> text(ConductCitation cited) {
		return jdbc.sql("""
				select text from conduct.conduct_rule where unit_id = :unit and version = :version and code = :code""")
			.param("unit", cited.listUnitId())
			.param("version", cited.version())
			.param("code", cited.code())
			.query(String.class)
			.optional();
	}

	/** A rule as a supervisor writes it, before it has a version. */
	record Draft(String code, String text, String source) {
	}

	private List<ConductRule> latest(long unitId) {
		return jdbc.sql("""
				select code, text, source, unit_id, version from conduct.conduct_rule
				where unit_id = :unit
				  and version = (select max(version) from conduct.conduct_rule where unit_id = :unit)
				order by position""")
			.param("unit", unitId)
			.query((rs, row) -> new ConductRule(rs.getString("code"), rs.getString("text"), rs.getString("source"),
					rs.getLong("unit_id"), rs.getInt("version")))
			.list();
	}
}
