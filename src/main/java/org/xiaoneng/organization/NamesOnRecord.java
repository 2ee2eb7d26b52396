package org.xiaoneng.organization;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.NodeSignals;
import org.xiaoneng.common.SignalledCopy;

/**
 * The names of the units, departments and posts and the departments' contacts, held in memory on each node and read
 * again, in one statement, after any of them is created or changed (renamed, moved, given a new room or phone) on any
 * node (decision 0058): the change signals every node in its transaction.
 */
@Component
class NamesOnRecord {

	private final SignalledCopy<OrganizationNames> names;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	NamesOnRecord(JdbcClient jdbc, NodeSignals signals, ApplicationEventPublisher events) {
		this.names = new SignalledCopy<>(signals, "organization_changed", this::read);
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * A unit, department or post was created or changed in the running transaction: the other modules are told, and
	 * every node is signalled once it commits.
	 */
	void changed(OrganizationChanged.Kind kind, long id) {
		events.publishEvent(new OrganizationChanged(kind, id));
		names.changed();
	}

	OrganizationNames names() {
		return names.get();
	}

	private OrganizationNames read() {
		Map<Long, String> units = new HashMap<>();
		Map<Long, String> departments = new HashMap<>();
		Map<Long, String> posts = new HashMap<>();
		Map<Long, OrganizationNames.Place> places = new HashMap<>();
		Map<String, Map<Long, String>> byKind = Map.of("unit", units, "department", departments, "post", posts);
		jdbc.sql("""
				select 'unit' as kind, id, name, null::bigint as unit_id, null::bigint as parent_id, null as room,
				    null as phone from organization.unit
				union all select 'department', id, name, unit_id, parent_id, room, phone from organization.department
				union all select 'post', id, name, null, null, null, null from organization.post""")
			.query(rs -> {
				long id = rs.getLong("id");
				byKind.get(rs.getString("kind")).put(id, rs.getString("name"));
				if (rs.getString("kind").equals("department")) {
					places.put(id, new OrganizationNames.Place(rs.getLong("unit_id"), rs.getObject("parent_id", Long.class),
							rs.getString("room"), rs.getString("phone")));
				}
			});
		return new OrganizationNames(units, departments, posts, places);
	}
}
