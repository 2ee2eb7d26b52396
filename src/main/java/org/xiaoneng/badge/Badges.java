package org.xiaoneng.badge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;

/** The badges, one typed read and one typed write per aggregate, their photos, and the region's running numbers. */
@Repository
class Badges {

	static final String COLUMNS = """
			id, region_code, number, staff_id, unit_id, department_id, name, unit_name, department_name, post, position,
			political_status, reason, issued_on, valid_until, status, ended_on, replaced_by, photo is not null as has_photo,
			version""";

	private final JdbcClient jdbc;

	Badges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves a newly issued badge; it then has its id. */
	void add(Badge badge) {
		BadgeHolder h = badge.holder();
		long id = jdbc.sql("""
				insert into badge.badge (region_code, number, staff_id, unit_id, department_id, name, unit_name,
				  department_name, post, position, political_status, reason, issued_on, valid_until, status)
				values (:region, :number, :staff, :unit, :department, :name, :unitName, :departmentName, :post,
				  :position, :political, :reason, :issuedOn, :validUntil, :status)
				returning id""")
			.param("region", badge.regionCode())
			.param("number", badge.number())
			.param("staff", badge.staffId().value())
			.param("unit", badge.unitId().value())
			.param("department", badge.departmentId().value())
			.param("name", h.name())
			.param("unitName", h.unitName())
			.param("departmentName", h.departmentName())
			.param("post", h.post())
			.param("position", h.position())
			.param("political", h.politicalStatus())
			.param("reason", badge.reason().name())
			.param("issuedOn", badge.issuedOn())
			.param("validUntil", badge.validUntil())
			.param("status", badge.status().name())
			.query(Long.class)
			.single();
		badge.saved(id);
	}

	/** Writes the badge's changed state; the version guards against a transition made on a stale copy. */
	void save(Badge badge) {
		int updated = jdbc.sql("""
				update badge.badge set status = :status, ended_on = :endedOn, version = version + 1
				where id = :id and version = :version""")
			.param("status", badge.status().name())
			.param("endedOn", badge.endedOn())
			.param("id", badge.idOrNull())
			.param("version", badge.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("badge " + badge.idOrNull() + " changed meanwhile");
		}
	}

	/** Links a badge taken back or lost to its replacement; the old one no longer changes state. */
	void markReplaced(long oldId, long newId) {
		jdbc.sql("update badge.badge set replaced_by = :newId where id = :oldId and status <> 'VALID'")
			.param("newId", newId)
			.param("oldId", oldId)
			.update();
	}

	/** The badge under its row lock, for a transition. */
	Optional<Badge> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from badge.badge where id = :id for update")
			.param("id", id)
			.query(Badges::badge)
			.optional();
	}

	Optional<Badge> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from badge.badge where id = :id")
			.param("id", id)
			.query(Badges::badge)
			.optional();
	}

	/** The staff member's badge recorded valid (expired or not), under its row lock. */
	Optional<Badge> lockValidOf(StaffId staffId) {
		return jdbc.sql("select " + COLUMNS + " from badge.badge where staff_id = :staff and status = 'VALID' for update")
			.param("staff", staffId.value())
			.query(Badges::badge)
			.optional();
	}

	/** Every badge the staff member ever held, newest first: their history in the register. */
	List<Badge> allOf(StaffId staffId) {
		return jdbc.sql("select " + COLUMNS + " from badge.badge where staff_id = :staff order by issued_on desc, id desc")
			.param("staff", staffId.value())
			.query(Badges::badge)
			.list();
	}

	/** The badges printed with this number, in any region (one in all but a rare clash of typed-in numbers). */
	List<Badge> withNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from badge.badge where number = :number order by region_code")
			.param("number", number)
			.query(Badges::badge)
			.list();
	}

	boolean numberTaken(String regionCode, String number) {
		return jdbc.sql("select count(*) from badge.badge where region_code = :region and number = :number")
			.param("region", regionCode)
			.param("number", number)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The region's next free running number, e.g. {@code 520999-00017}: counted per region under the counter's row
	 * lock, skipping numbers the office typed in by hand.
	 */
	String nextNumber(String regionCode) {
		while (true) {
			int next = jdbc.sql("""
					insert into badge.number_counter (region_code, last_number) values (:region, 1)
					on conflict (region_code) do update set last_number = badge.number_counter.last_number + 1
					returning last_number""")
				.param("region", regionCode)
				.query(Integer.class)
				.single();
			String number = "%s-%05d".formatted(regionCode, next);
			if (!numberTaken(regionCode, number)) {
				return number;
			}
		}
	}

	/** The staff ids among those given who hold a badge valid on the day. */
	List<Long> validHolders(List<Long> staffIds, LocalDate today) {
		if (staffIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select staff_id from badge.badge where status = 'VALID' and valid_until >= :today and staff_id in (:staff)""")
			.param("today", today)
			.param("staff", staffIds)
			.query(Long.class)
			.list();
	}

	/** The number of the staff member's badge valid on the day, if they hold one. */
	Optional<String> validNumberOf(StaffId staffId, LocalDate day) {
		return jdbc.sql("""
				select number from badge.badge where status = 'VALID' and valid_until >= :day and staff_id = :staff""")
			.param("day", day)
			.param("staff", staffId.value())
			.query(String.class)
			.optional();
	}

	/** The badge's photo as it prints, if one is on record. */
	Optional<BadgePhoto> photo(long badgeId) {
		return jdbc.sql("select photo, photo_type from badge.badge where id = :id and photo is not null")
			.param("id", badgeId)
			.query((rs, n) -> new BadgePhoto(rs.getBytes("photo"), rs.getString("photo_type")))
			.optional();
	}

	void storePhoto(long badgeId, BadgePhoto photo) {
		jdbc.sql("update badge.badge set photo = :photo, photo_type = :type where id = :id")
			.param("photo", photo.bytes())
			.param("type", photo.contentType())
			.param("id", badgeId)
			.update();
	}

	static Badge badge(ResultSet rs, int row) throws SQLException {
		long replacedBy = rs.getLong("replaced_by");
		Long replaced = rs.wasNull() ? null : replacedBy;
		return new Badge(rs.getLong("id"), rs.getString("region_code"), rs.getString("number"),
				new StaffId(rs.getLong("staff_id")), new UnitId(rs.getLong("unit_id")),
				new DepartmentId(rs.getLong("department_id")),
				new BadgeHolder(rs.getString("name"), rs.getString("unit_name"), rs.getString("department_name"),
						rs.getString("post"), rs.getString("position"), rs.getString("political_status")),
				IssueReason.valueOf(rs.getString("reason")), rs.getObject("issued_on", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), BadgeStatus.valueOf(rs.getString("status")),
				rs.getObject("ended_on", LocalDate.class), replaced, rs.getInt("version"));
	}
}
