package org.xiaoneng.platform.database;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts PostgreSQL beside the application when {@code spring.datasource.url} is not set, so that a fresh machine with
 * only a JDK runs the platform. The data directory is kept, so the next start finds everything again; the server is
 * stopped after the connection pool on shutdown (Ctrl-C or SIGTERM). The superuser only sets up the roles: the
 * migrations run as the owner role, and the application's pool signs in as the runtime role.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(DatabaseSettings settings) {
		var server = EmbeddedPostgresServer.start(settings.dataDirectory(), settings.binariesDirectory(), settings.port());
		try {
			DatabaseRoles.ensure(server, settings.database());
		}
		catch (RuntimeException e) {
			server.close();
			throw e;
		}
		return server;
	}

	@Bean(destroyMethod = "close")
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server, DatabaseSettings settings) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl(settings.database()));
		dataSource.setUsername(DatabaseRoles.RUNTIME);
		dataSource.setPassword(server.credentials().runtime());
		return dataSource;
	}

	/** The migrations' connection, as the owner of the schemas; offered to nothing but Flyway. */
	@Bean(defaultCandidate = false)
	@FlywayDataSource
	DataSource flywayDataSource(EmbeddedPostgresServer server, DatabaseSettings settings) {
		return server.dataSource(settings.database(), DatabaseRoles.OWNER, server.credentials().owner());
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
