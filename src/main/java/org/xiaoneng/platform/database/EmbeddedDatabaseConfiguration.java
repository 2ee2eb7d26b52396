package org.xiaoneng.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts PostgreSQL in-process when {@code spring.datasource.url} is not set, so that a fresh machine with only a
 * JDK runs the platform. The data directory is kept, so the next start finds everything again; the server is
 * stopped after the connection pool on shutdown (Ctrl-C or SIGTERM), so committed data is never lost.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DatabaseSettings settings) throws IOException {
		Path directory = settings.dataDirectory().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		LOG.info("Starting embedded PostgreSQL with its data in {}", directory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// Spring stops the server after the pool has closed; zonky's own hook would race the graceful shutdown.
			.setRegisterShutdownHook(false)
			.setPort(settings.port())
			.setServerConfig("listen_addresses", "localhost")
			.start();
	}

	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, DatabaseSettings settings) throws SQLException {
		DatabaseCreation.ensureExists(postgres.getPostgresDatabase(), settings.database());
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", settings.database()));
		dataSource.setUsername("postgres");
		return dataSource;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
