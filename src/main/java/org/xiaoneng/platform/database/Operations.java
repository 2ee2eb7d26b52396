package org.xiaoneng.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.xiaoneng.platform.database.OperationsReport.DatabaseFacts;
import org.xiaoneng.platform.database.OperationsReport.ModuleMigrations;

/**
 * Builds the operators' report of this node (issue 23: node id, database, migrations, sweeps, health), each figure read
 * from where it lives: the server's own settings, Flyway's history tables, the shared sweep-run table.
 */
@Component
public class Operations {

	/** {@code db/migration/<module>/V<version>__<what>.sql}, as the module-aware Flyway reads them. */
	private static final Pattern MIGRATION = Pattern.compile(".*/db/migration/([^/]+)/V([0-9._]+)__[^/]*\\.sql$");

	private static final String ROOT = "__root";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final NodeIdentity node;

	private final Sweeps sweeps;

	private final Environment environment;

	private final ObjectProvider<HealthEndpoint> health;

	Operations(JdbcClient jdbc, JdbcTemplate jdbcTemplate, NodeIdentity node, Sweeps sweeps, Environment environment,
			ObjectProvider<HealthEndpoint> health) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.node = node;
		this.sweeps = sweeps;
		this.environment = environment;
		this.health = health;
	}

	/** The report as of now. */
	public OperationsReport report() {
		return new OperationsReport(node.id(), database(), migrations(), sweeps.latestRuns(), health());
	}

	DatabaseFacts database() {
		String product = jdbcTemplate.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
		String version = setting("server_version");
		return new DatabaseFacts(product, version,
				!StringUtils.hasText(environment.getProperty("spring.datasource.url")), setting("fsync"),
				setting("synchronous_commit"));
	}

	/**
	 * Each module's migrations: the versions Flyway recorded as applied (the module-aware Flyway keeps one history
	 * table per module, the shared one for {@code __root}) against the migration files this node carries.
	 */
	List<ModuleMigrations> migrations() {
		Map<String, Set<String>> shipped = new TreeMap<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/*/V*__*.sql")) {
				Matcher m = MIGRATION.matcher(file.getURL().toString());
				if (m.matches()) {
					shipped.computeIfAbsent(m.group(1), module -> new TreeSet<>()).add(m.group(2).replace('_', '.'));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<ModuleMigrations> modules = new ArrayList<>();
		shipped.forEach((module, versions) -> {
			List<String> applied = applied(module);
			List<String> pending = versions.stream().filter(version -> !applied.contains(version)).toList();
			modules.add(new ModuleMigrations(module, applied.size(),
					applied.isEmpty() ? null : applied.get(applied.size() - 1), pending));
		});
		return modules;
	}

	private List<String> applied(String module) {
		String table = ROOT.equals(module) ? "flyway_schema_history" : "flyway_schema_history_" + module;
		boolean exists = jdbc.sql("select to_regclass(:table) is not null").param("table", table)
			.query(Boolean.class)
			.single();
		if (!exists) {
			return List.of();
		}
		// the table name comes from the migration folders this node ships, never from a request
		return jdbc.sql("select version from " + table
				+ " where success and version is not null order by installed_rank")
			.query(String.class)
			.list();
	}

	private Map<String, String> health() {
		Map<String, String> components = new TreeMap<>();
		HealthEndpoint endpoint = health.getIfAvailable();
		if (endpoint != null && endpoint.health() instanceof CompositeHealthDescriptor all) {
			all.getComponents().forEach((name, component) -> components.put(name, component.getStatus().getCode()));
		}
		return components;
	}

	private String setting(String name) {
		return jdbc.sql("select current_setting(:name)").param("name", name).query(String.class).single();
	}
}
