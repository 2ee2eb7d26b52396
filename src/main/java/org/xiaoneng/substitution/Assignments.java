package org.xiaoneng.substitution;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The substitutes (B 角) of posts and the acting leaders. */
@Repository
class Assignments {

	private final JdbcClient jdbc;

	Assignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(Assignment assignment) {
		jdbc.sql("""
				insert into substitution.assignment (post_id, substitute_staff_id, substitute_post_id, approved_by,
				approved_at) values (:post, :staff, :substitutePost, :by, :at)
				on conflict (post_id) do update set substitute_staff_id = excluded.substitute_staff_id,
				substitute_post_id = excluded.substitute_post_id, approved_by = excluded.approved_by,
				approved_at = excluded.approved_at""")
			.param("post", assignment.postId())
			.param("staff", assignment.substituteStaffId())
			.param("substitutePost", assignment.substitutePostId())
			.param("by", assignment.approvedBy())
			.param("at", time(assignment.approvedAt()))
			.update();
	}

	Optional<Assignment> find(long postId) {
		return jdbc.sql("select * from substitution.assignment where post_id = :post")
			.param("post", postId)
			.query(Assignments::assignment)
			.optional();
	}

	List<Long> assignedAmong(List<Long> postIds) {
		if (postIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select post_id from substitution.assignment where post_id in (:posts)")
			.param("posts", postIds)
			.query(Long.class)
			.list();
	}

	void saveActingLeader(ActingLeader acting) {
		jdbc.sql("""
				insert into substitution.acting_leader (leader_staff_id, acting_staff_id, approved_by, approved_at)
				values (:leader, :acting, :by, :at)
				on conflict (leader_staff_id) do update set acting_staff_id = excluded.acting_staff_id,
				approved_by = excluded.approved_by, approved_at = excluded.approved_at""")
			.param("leader", acting.leaderStaffId())
			.param("acting", acting.actingStaffId())
			.param("by", acting.approvedBy())
			.param("at", time(acting.approvedAt()))
			.update();
	}

	Optional<ActingLeader> actingLeader(long leaderStaffId) {
		return jdbc.sql("select * from substitution.acting_leader where leader_staff_id = :leader")
			.param("leader", leaderStaffId)
			.query((rs, row) -> new ActingLeader(rs.getLong("leader_staff_id"), rs.getLong("acting_staff_id"),
					rs.getString("approved_by"), instant(rs, "approved_at")))
			.optional();
	}

	private static Assignment assignment(ResultSet rs, int row) throws SQLException {
		return new Assignment(rs.getLong("post_id"), rs.getObject("substitute_staff_id", Long.class),
				rs.getObject("substitute_post_id", Long.class), rs.getString("approved_by"),
				instant(rs, "approved_at"));
	}
}
