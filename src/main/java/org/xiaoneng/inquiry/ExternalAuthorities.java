package org.xiaoneng.inquiry;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory of external authorities that visitors are referred to. */
@Repository
class ExternalAuthorities {

	private final JdbcClient jdbc;

	ExternalAuthorities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String phone, String address, String competence) {
		return jdbc.sql("insert into inquiry.authority (name, phone, address, competence) values (:name, :phone, :address, :competence) returning id")
			.param("name", name)
			.param("phone", phone)
			.param("address", address)
			.param("competence", competence)
			.query(Long.class)
			.single();
	}

	boolean update(long id, String name, String phone, String address, String competence) {
		return jdbc.sql("update inquiry.authority set name = :name, phone = :phone, address = :address, competence = :competence where id = :id")
			.param("id", id)
			.param("name", name)
			.param("phone", phone)
			.param("address", address)
			.param("competence", competence)
			.update() == 1;
	}

	Optional<ExternalAuthority> find(long id) {
		return jdbc.sql("select * from inquiry.authority where id = :id").param("id", id).query(ExternalAuthorities::row).optional();
	}

	List<ExternalAuthority> all() {
		return jdbc.sql("select * from inquiry.authority order by name, id").query(ExternalAuthorities::row).list();
	}

	private static ExternalAuthority row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ExternalAuthority(rs.getLong("id"), rs.getString("name"), rs.getString("phone"),
				rs.getString("address"), rs.getString("competence"));
	}
}
