package org.xiaoneng.organization;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.KeysetPage;

/**
 * The staff of the region. Every list here takes a {@link DataScope} and applies it in SQL, so that no caller can
 * list more than they may see.
 */
@Repository
class StaffMembers {

	private static final String SELECT = """
			select s.id, s.staff_number, s.name, s.gender, s.phone, s.position, s.political_status, s.employment,
			       s.seconded_from, s.seconded_until, s.status, s.unit_id, s.department_id, s.username, s.joined_on,
			       s.left_on, s.photo is not null as has_photo,
			       array(select h.post_id from organization.post_holder h where h.staff_id = s.id order by h.post_id)
			         as post_ids
			from organization.staff s
			""";

	private final JdbcClient jdbc;

	StaffMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewStaff staff, long unitId, String encryptedPhone) {
		StaffParticulars p = staff.particulars();
		return jdbc.sql("""
				insert into organization.staff (staff_number, name, gender, phone, position, political_status,
				  employment, seconded_from, seconded_until, status, unit_id, department_id, username, joined_on)
				values (:number, :name, :gender, :phone, :position, :political, :employment, :from, :until,
				  'ON_DUTY', :unit, :department, :username, :joined) returning id""")
			.param("number", staff.staffNumber())
			.param("name", p.name())
			.param("gender", p.gender().name())
			.param("phone", encryptedPhone)
			.param("position", p.position())
			.param("political", p.politicalStatus().name())
			.param("employment", p.employment().name())
			.param("from", p.secondedFrom())
			.param("until", p.secondedUntil())
			.param("unit", unitId)
			.param("department", staff.departmentId())
			.param("username", p.username())
			.param("joined", staff.joinedOn())
			.query(Long.class)
			.single();
	}

	void update(long id, StaffParticulars p, String encryptedPhone) {
		jdbc.sql("""
				update organization.staff set name = :name, gender = :gender, phone = :phone, position = :position,
				  political_status = :political, employment = :employment, seconded_from = :from,
				  seconded_until = :until, username = :username
				where id = :id""")
			.param("id", id)
			.param("name", p.name())
			.param("gender", p.gender().name())
			.param("phone", encryptedPhone)
			.param("position", p.position())
			.param("political", p.politicalStatus().name())
			.param("employment", p.employment().name())
			.param("from", p.secondedFrom())
			.param("until", p.secondedUntil())
			.param("username", p.username())
			.update();
	}

	void moveTo(long id, long unitId, long departmentId) {
		jdbc.sql("update organization.staff set unit_id = :unit, department_id = :department where id = :id")
			.param("id", id)
			.param("unit", unitId)
			.param("department", departmentId)
			.update();
	}

	void markLeft(long id, StaffStatus status, LocalDate leftOn) {
		jdbc.sql("update organization.staff set status = :status, left_on = :leftOn where id = :id")
			.param("id", id)
			.param("status", status.name())
			.param("leftOn", leftOn)
			.update();
	}

	void changePhoto(long id, byte[] photo, String contentType) {
		jdbc.sql("update organization.staff set photo = :photo, photo_type = :type where id = :id")
			.param("id", id)
			.param("photo", photo)
			.param("type", contentType)
			.update();
	}

	/** The photo and its media type. */
	Optional<Photo> photo(long id) {
		return jdbc.sql("select photo, photo_type from organization.staff where id = :id and photo is not null")
			.param("id", id)
			.query((rs, row) -> new Photo(rs.getBytes("photo"), rs.getString("photo_type")))
			.optional();
	}

	record Photo(byte[] bytes, String contentType) {
	}

	Optional<StaffRecord> find(long id) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(StaffMembers::staff).optional();
	}

	Optional<StaffRecord> findByNumber(String staffNumber) {
		return jdbc.sql(SELECT + " where s.staff_number = :number")
			.param("number", staffNumber)
			.query(StaffMembers::staff)
			.optional();
	}

	Optional<StaffRecord> findByUsername(String username) {
		return jdbc.sql(SELECT + " where s.username = :username")
			.param("username", username)
			.query(StaffMembers::staff)
			.optional();
	}

	/** A staff member with the units and departments (those below included) their roles let them see. */
	record InScope(StaffRecord staff, Set<Long> unitIds, Set<Long> departmentIds) {
	}

	/**
	 * The staff member with this sign-in name and, in the same statement, what they see as a principal leader (the
	 * units they lead, the departments they oversee), a department head (the departments they head and their own) and
	 * a handler (their own department), each with the departments below: a request learns its caller and their scope
	 * in one round trip (issue 20).
	 */
	Optional<InScope> withScope(String username, boolean leader, boolean head, boolean handler) {
		return jdbc.sql("""
				with recursive me as (%s where s.username = :username),
				seed (id) as (
				  select d.id from organization.department d join me
				      on (:leader and d.deputy_id = me.id) or (:head and d.head_id = me.id)
				  union
				  select d.id from organization.department d join me on d.id = me.department_id where :head or :handler),
				tree (id) as (
				  select id from seed
				  union
				  select d.id from organization.department d join tree on d.parent_id = tree.id)
				select me.*,
				       array(select u.id from organization.unit u where :leader and u.principal_leader_id = me.id) as unit_ids,
				       array(select id from tree) as department_ids
				  from me""".formatted(SELECT))
			.param("username", username)
			.param("leader", leader)
			.param("head", head)
			.param("handler", handler)
			.query((rs, row) -> new InScope(staff(rs, row), ids(rs.getArray("unit_ids")), ids(rs.getArray("department_ids"))))
			.optional();
	}

	private static Set<Long> ids(Array array) throws SQLException {
		return Set.of((Long[]) array.getArray());
	}

	List<StaffRecord> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where s.id = any(:ids) order by s.staff_number")
			.param("ids", ids.toArray(Long[]::new))
			.query(StaffMembers::staff)
			.list();
	}

	/** The staff matching the query within the scope, by unit, department and staff number, at most {@code limit}. */
	List<StaffRecord> search(StaffQuery query, DataScope scope, int limit) {
		Filter filter = filter(query, scope);
		Map<String, Object> params = new HashMap<>(filter.params());
		params.put("limit", limit);
		return jdbc.sql(SELECT + filter.where() + " order by s.unit_id, s.department_id, s.staff_number, s.id limit :limit")
			.params(params)
			.query(StaffMembers::staff)
			.list();
	}

	/** The staff at work in the unit, by the roster's order: their places only, from the unit's index. */
	List<StaffPlace> placesOnDuty(long unitId) {
		return jdbc.sql("""
				select id, unit_id, department_id from organization.staff where unit_id = :unit and status = 'ON_DUTY'
				order by unit_id, department_id, staff_number, id""")
			.param("unit", unitId)
			.query((rs, row) -> new StaffPlace(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("department_id")))
			.list();
	}

	/**
	 * One page of the staff matching the query within the scope in the order asked for, counted no further than
	 * the page.
	 */
	KeysetPage<StaffRecord> page(StaffQuery query, DataScope scope, StaffOrder order, String cursor, int size) {
		Keyset keyset = Keyset.at(cursor, order.keyset(), size);
		Filter filter = filter(query, scope);
		Map<String, Object> params = new HashMap<>(filter.params());
		params.putAll(keyset.parameters());
		String where = (filter.where().isEmpty() ? " where " : filter.where() + " and ") + keyset.condition();
		List<StaffRecord> rows = jdbc.sql(SELECT + where + keyset.orderAndLimit())
			.params(params)
			.query(StaffMembers::staff)
			.list();
		return keyset.page(rows, row -> switch (order) {
			case UNIT -> List.of(row.unitId(), row.departmentId(), row.staffNumber());
			case NUMBER -> List.of(row.staffNumber());
			case NAME -> List.of(row.name());
		}, StaffRecord::id);
	}

	private record Filter(String where, Map<String, Object> params) {
	}

	private static Filter filter(StaffQuery query, DataScope scope) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (!scope.wholeRegion()) {
			conditions.add("(s.unit_id = any(:scopeUnits) or s.department_id = any(:scopeDepartments)"
					+ " or s.staff_number = :ownNumber)");
			params.put("scopeUnits", scope.unitIds().toArray(Long[]::new));
			params.put("scopeDepartments", scope.departmentIds().toArray(Long[]::new));
			params.put("ownNumber", scope.ownStaffNumber());
		}
		if (query.text() != null && !query.text().isBlank()) {
			conditions.add("(s.name like :text or s.staff_number like :text or s.position like :text)");
			params.put("text", "%" + escapeLike(query.text().strip()) + "%");
		}
		if (query.unitId() != null) {
			conditions.add("s.unit_id = :unit");
			params.put("unit", query.unitId());
		}
		if (query.departmentId() != null) {
			conditions.add("s.department_id = :department");
			params.put("department", query.departmentId());
		}
		if (query.status() != null) {
			conditions.add("s.status = :status");
			params.put("status", query.status().name());
		}
		if (query.postKind() != null) {
			conditions.add("""
					exists (select 1 from organization.post_holder h join organization.post p on p.id = h.post_id
					        where h.staff_id = s.id and p.kind = :kind)""");
			params.put("kind", query.postKind().name());
		}
		return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static StaffRecord staff(ResultSet rs, int row) throws SQLException {
		Array posts = rs.getArray("post_ids");
		return new StaffRecord(rs.getLong("id"), rs.getString("staff_number"), rs.getString("name"),
				Gender.valueOf(rs.getString("gender")), rs.getString("phone"), rs.getString("position"),
				PoliticalStatus.valueOf(rs.getString("political_status")), Employment.valueOf(rs.getString("employment")),
				rs.getObject("seconded_from", LocalDate.class), rs.getObject("seconded_until", LocalDate.class),
				StaffStatus.valueOf(rs.getString("status")), rs.getLong("unit_id"), rs.getLong("department_id"),
				rs.getString("username"), rs.getObject("joined_on", LocalDate.class),
				rs.getObject("left_on", LocalDate.class), Arrays.asList((Long[]) posts.getArray()),
				rs.getBoolean("has_photo"));
	}
}
