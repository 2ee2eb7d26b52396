package org.xiaoneng.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The department trees of the units.
 */
@Repository
class Departments {

	private final JdbcClient jdbc;

	Departments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewDepartment department) {
		return jdbc.sql("""
				insert into organization.department (unit_id, parent_id, name) values (:unit, :parent, :name)
				returning id""")
			.param("unit", department.unitId())
			.param("parent", department.parentId())
			.param("name", department.name().strip())
			.query(Long.class)
			.single();
	}

	void rename(long id, String name) {
		jdbc.sql("update organization.department set name = :name where id = :id")
			.param("id", id)
			.param("name", name.strip())
			.update();
	}

	void changeContact(long id, String room, String phone) {
		jdbc.sql("update organization.department set room = :room, phone = :phone where id = :id")
			.param("id", id)
			.param("room", room)
			.param("phone", phone)
			.update();
	}

	void moveUnder(long id, Long parentId) {
		jdbc.sql("update organization.department set parent_id = :parent where id = :id")
			.param("id", id)
			.param("parent", parentId)
			.update();
	}

	void retire(long id, LocalDate on) {
		jdbc.sql("update organization.department set retired_on = :on where id = :id")
			.param("id", id)
			.param("on", on)
			.update();
	}

	/** Whether the department has departments under it or staff at work in it that are not retired. */
	boolean inUse(long id) {
		return jdbc.sql("""
				select exists (select 1 from organization.department where parent_id = :id and retired_on is null)
				    or exists (select 1 from organization.post where department_id = :id and retired_on is null)
				    or exists (select 1 from organization.staff where department_id = :id and status = 'ON_DUTY')""")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	Optional<Department> find(long id) {
		return jdbc.sql("""
				with recursive path (id, parent_id) as (
				  select id, parent_id from organization.department where id = :id
				  union all
				  select p.id, p.parent_id from organization.department p join path on p.id = path.parent_id)
				select d.*, (select count(*) - 1 from path) as depth from organization.department d where d.id = :id""")
			.param("id", id)
			.query(Departments::department)
			.optional();
	}

	/**
	 * The unit's departments in force, in tree order: each department followed by those under it, by name. A retired
	 * department has none in force under it (retiring one requires that), so the walk stops at it.
	 */
	List<Department> ofUnit(long unitId) {
		return jdbc.sql("""
				with recursive tree as (
				  select d.*, 0 as depth, array[d.name, d.id::text] as sort_path from organization.department d
				  where d.unit_id = :unit and d.parent_id is null and d.retired_on is null
				  union all
				  select d.*, tree.depth + 1, tree.sort_path || array[d.name, d.id::text]
				  from organization.department d join tree on d.parent_id = tree.id where d.retired_on is null)
				select * from tree order by sort_path""")
			.param("unit", unitId)
			.query(Departments::department)
			.list();
	}

	/** The departments themselves and every department below them. */
	Set<Long> withDescendants(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				with recursive tree (id) as (
				  select id from organization.department where id = any(:ids)
				  union
				  select d.id from organization.department d join tree on d.parent_id = tree.id)
				select id from tree""")
			.param("ids", ids.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	/** The departments this deputy leader oversees. */
	List<Long> overseenBy(long staffId) {
		return jdbc.sql("select id from organization.department where deputy_id = :staff")
			.param("staff", staffId)
			.query(Long.class)
			.list();
	}

	void appointHead(long id, Long staffId) {
		jdbc.sql("update organization.department set head_id = :staff where id = :id")
			.param("id", id)
			.param("staff", staffId)
			.update();
	}

	/** Gives the deputy oversight of exactly these departments of the unit. */
	void assignOversight(long unitId, long staffId, Collection<Long> departmentIds) {
		jdbc.sql("update organization.department set deputy_id = null where unit_id = :unit and deputy_id = :staff")
			.param("unit", unitId)
			.param("staff", staffId)
			.update();
		if (!departmentIds.isEmpty()) {
			jdbc.sql("update organization.department set deputy_id = :staff where id = any(:ids)")
				.param("staff", staffId)
				.param("ids", departmentIds.toArray(Long[]::new))
				.update();
		}
	}

	/** Releases the headships and oversight of a staff member who leaves. */
	void releaseLeadership(long staffId) {
		jdbc.sql("update organization.department set head_id = null where head_id = :staff")
			.param("staff", staffId)
			.update();
		jdbc.sql("update organization.department set deputy_id = null where deputy_id = :staff")
			.param("staff", staffId)
			.update();
	}

	private static Department department(ResultSet rs, int row) throws SQLException {
		return new Department(rs.getLong("id"), rs.getLong("unit_id"), nullableLong(rs, "parent_id"),
				rs.getString("name"), nullableLong(rs, "head_id"), nullableLong(rs, "deputy_id"), rs.getInt("depth"),
				rs.getString("room"), rs.getString("phone"), rs.getObject("retired_on") != null);
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
