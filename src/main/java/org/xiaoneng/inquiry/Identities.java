package org.xiaoneng.inquiry;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The identity of complainants and reporters, SM4-encrypted, in a table of its own (纪检监察机关处理检举控告工作规则
 * 第四十七条). Only {@link PersonalDetails} reads it: for a supervisor (audited) or to text the notice of acceptance.
 */
@Repository
class Identities {

	private final JdbcClient jdbc;

	Identities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long inquiryId, String name, String organisation, String phone, String address) {
		jdbc.sql("insert into inquiry.identity (inquiry_id, name, organisation, phone, address) values (:id, :name, :org, :phone, :address)")
			.param("id", inquiryId)
			.param("name", name)
			.param("org", organisation)
			.param("phone", phone)
			.param("address", address)
			.update();
	}

	/** The encrypted columns: name, organisation, phone, address. */
	Optional<String[]> find(long inquiryId) {
		return jdbc.sql("select name, organisation, phone, address from inquiry.identity where inquiry_id = :id")
			.param("id", inquiryId)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.optional();
	}
}
