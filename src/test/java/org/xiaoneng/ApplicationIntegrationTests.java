package org.xiaoneng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform starts on the shared embedded PostgreSQL and migrates every module's schema.
 */
@IntegrationTest
class ApplicationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void migratesTheSharedTables() {
		assertThat(jdbc.sql("select to_regclass('public.event_publication') is not null").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select to_regclass('public.spring_session') is not null").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select to_regclass('public.shedlock') is not null").query(Boolean.class).single()).isTrue();
	}
}
