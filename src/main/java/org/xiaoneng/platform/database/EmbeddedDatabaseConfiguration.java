package org.xiaoneng.platform.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
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

	/** Flyway holds at most its own connection and a migration's at once; one spare. */
	private static final int MIGRATION_CONNECTIONS = 3;

	/** Starts the server beside the context's start (decision 0060); bound here, before any properties bean exists. */
	@Bean
	static EmbeddedPostgresLaunch embeddedPostgresLaunch(Environment environment) {
		return new EmbeddedPostgresLaunch(
				Binder.get(environment).bindOrCreate("xiaoneng.database.embedded", DatabaseSettings.class));
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresLaunch launch) {
		return launch.server();
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

	/**
	 * The migrations' connections, as the owner of the schemas; offered to nothing but Flyway. Pooled, so that Flyway's
	 * runs at a start (one per module, each validating its history) share a few connections instead of each signing in
	 * anew (a server process and a SCRAM exchange each, decision 0060); they close once idle after the migrations.
	 */
	@Bean(defaultCandidate = false, destroyMethod = "close")
	@FlywayDataSource
	HikariDataSource flywayDataSource(EmbeddedPostgresServer server, DatabaseSettings settings) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("flyway");
		pool.setJdbcUrl(server.jdbcUrl(settings.database()));
		pool.setUsername(DatabaseRoles.OWNER);
		pool.setPassword(server.credentials().owner());
		pool.setMaximumPoolSize(MIGRATION_CONNECTIONS);
		pool.setMinimumIdle(0);
		pool.setIdleTimeout(Duration.ofSeconds(10).toMillis());
		return pool;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
