package org.xiaoneng.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Regions, units and their leaders.
 */
@Repository
class Units {

	private static final String UNIT_COLUMNS = "id, region_code, name, short_name, credit_code, principal_leader_id, "
			+ "reconsideration_body, litigation_court";

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void saveRegion(Region region) {
		jdbc.sql("""
				insert into organization.region (code, name) values (:code, :name)
				on conflict (code) do update set name = excluded.name""")
			.param("code", region.code())
			.param("name", region.name())
			.update();
	}

	Optional<Region> region(String code) {
		return jdbc.sql("select code, name from organization.region where code = :code")
			.param("code", code)
			.query((rs, row) -> new Region(rs.getString("code"), rs.getString("name")))
			.optional();
	}

	List<Region> regions() {
		return jdbc.sql("select code, name from organization.region order by code")
			.query((rs, row) -> new Region(rs.getString("code"), rs.getString("name")))
			.list();
	}

	long insert(NewUnit unit, String creditCode) {
		return jdbc.sql("""
				insert into organization.unit (region_code, name, short_name, credit_code)
				values (:region, :name, :shortName, :creditCode) returning id""")
			.param("region", unit.regionCode())
			.param("name", unit.name().strip())
			.param("shortName", unit.shortName().strip())
			.param("creditCode", creditCode)
			.query(Long.class)
			.single();
	}

	void update(long id, NewUnit unit, String creditCode) {
		jdbc.sql("""
				update organization.unit set region_code = :region, name = :name, short_name = :shortName,
				credit_code = :creditCode where id = :id""")
			.param("id", id)
			.param("region", unit.regionCode())
			.param("name", unit.name().strip())
			.param("shortName", unit.shortName().strip())
			.param("creditCode", creditCode)
			.update();
	}

	void updateReviewBodies(long id, ReviewBodies bodies) {
		jdbc.sql("""
				update organization.unit set reconsideration_body = :reconsideration, litigation_court = :court
				where id = :id""")
			.param("id", id)
			.param("reconsideration", bodies.reconsiderationBody())
			.param("court", bodies.litigationCourt())
			.update();
	}

	Optional<Unit> find(long id) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from organization.unit where id = :id")
			.param("id", id)
			.query(Units::unit)
			.optional();
	}

	Optional<Unit> findByCreditCode(String creditCode) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from organization.unit where credit_code = :code")
			.param("code", creditCode)
			.query(Units::unit)
			.optional();
	}

	List<Unit> all() {
		return jdbc.sql("select " + UNIT_COLUMNS + " from organization.unit order by region_code, id")
			.query(Units::unit)
			.list();
	}

	void appointPrincipalLeader(long unitId, Long staffId) {
		jdbc.sql("update organization.unit set principal_leader_id = :staff where id = :id")
			.param("id", unitId)
			.param("staff", staffId)
			.update();
	}

	void addDeputy(long unitId, long staffId) {
		jdbc.sql("""
				insert into organization.deputy_leader (unit_id, staff_id) values (:unit, :staff)
				on conflict do nothing""")
			.param("unit", unitId)
			.param("staff", staffId)
			.update();
	}

	/** The unit's deputy leaders, each with the departments they oversee, in order of appointment. */
	List<Leadership.Deputy> deputies(long unitId) {
		Map<Long, List<Long>> oversight = new LinkedHashMap<>();
		jdbc.sql("""
				select l.staff_id, d.id as department_id from organization.deputy_leader l
				left join organization.department d on d.deputy_id = l.staff_id and d.unit_id = l.unit_id
				where l.unit_id = :unit order by l.staff_id, d.id""")
			.param("unit", unitId)
			.query(rs -> {
				List<Long> departments = oversight.computeIfAbsent(rs.getLong("staff_id"), id -> new ArrayList<>());
				long department = rs.getLong("department_id");
				if (!rs.wasNull()) {
					departments.add(department);
				}
			});
		return oversight.entrySet().stream().map(entry -> new Leadership.Deputy(entry.getKey(), entry.getValue())).toList();
	}

	/** Releases every leading role of a staff member who leaves. */
	void releaseLeadership(long staffId) {
		jdbc.sql("update organization.unit set principal_leader_id = null where principal_leader_id = :staff")
			.param("staff", staffId)
			.update();
		jdbc.sql("delete from organization.deputy_leader where staff_id = :staff").param("staff", staffId).update();
	}

	private static Unit unit(ResultSet rs, int row) throws SQLException {
		long leader = rs.getLong("principal_leader_id");
		// wasNull speaks of the column read last, so it is asked before any other column is read
		Long principalLeader = rs.wasNull() ? null : leader;
		String reconsideration = rs.getString("reconsideration_body");
		ReviewBodies reviewBodies = reconsideration == null ? null
				: new ReviewBodies(reconsideration, rs.getString("litigation_court"));
		return new Unit(rs.getLong("id"), rs.getString("region_code"), rs.getString("name"), rs.getString("short_name"),
				rs.getString("credit_code"), principalLeader, reviewBodies);
	}
}
