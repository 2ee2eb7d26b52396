package org.xiaoneng.inquiry;

import static org.xiaoneng.common.Columns.time;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Public submissions per client, counted in the database so that every node of a cluster applies one limit. */
@Repository
class PublicSubmissions {

	private final JdbcClient jdbc;

	PublicSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises the submissions of one client, so that parallel requests cannot slip past the count. */
	void lock(String client) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:client))").param("client", client).query(Object.class).list();
	}

	int since(String client, Instant from) {
		return jdbc.sql("select count(*) from inquiry.public_submission where client = :client and at > :from")
			.param("client", client)
			.param("from", time(from))
			.query(Integer.class)
			.single();
	}

	void record(String client, Instant at) {
		jdbc.sql("insert into inquiry.public_submission (client, at) values (:client, :at)")
			.param("client", client)
			.param("at", time(at))
			.update();
	}

	void forgetBefore(Instant before) {
		jdbc.sql("delete from inquiry.public_submission where at < :before").param("before", time(before)).update();
	}
}
