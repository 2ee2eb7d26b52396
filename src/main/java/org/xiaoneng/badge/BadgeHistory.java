package org.xiaoneng.badge;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/** What happened to each badge, for the register: issued, taken back, reported lost, handed back, photo changed. */
@Repository
class BadgeHistory {

	private final JdbcClient jdbc;

	BadgeHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long badgeId, String action, String note, String by, Instant at) {
		jdbc.sql("insert into badge.history (badge_id, action, note, by_name, at) values (:badge, :action, :note, :by, :at)")
			.param("badge", badgeId)
			.param("action", action)
			.param("note", note)
			.param("by", by)
			.param("at", Columns.time(at))
			.update();
	}

	List<BadgeView.Event> of(long badgeId) {
		return jdbc.sql("select action, note, by_name, at from badge.history where badge_id = :badge order by at, id")
			.param("badge", badgeId)
			.query((rs, n) -> new BadgeView.Event(rs.getString("action"), rs.getString("note"), rs.getString("by_name"),
					Columns.instant(rs, "at")))
			.list();
	}
}
