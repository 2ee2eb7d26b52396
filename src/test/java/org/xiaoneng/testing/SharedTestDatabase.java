package org.xiaoneng.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.xiaoneng.platform.database.EmbeddedPostgresServer;

/**
 * One embedded PostgreSQL per test JVM, started by the platform's own launcher with the same durability settings as
 * production (fsync and synchronous commit on in every profile); every Spring test context gets a fresh, empty
 * database in it, which the application migrates as it would in production. Starting the server once keeps the suite
 * fast on two cores; a database per context keeps contexts from seeing each other's data.
 */
public class SharedTestDatabase implements ContextCustomizerFactory {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgresServer server;

	private static Path dataDirectory;

	/** Test contexts still holding connections; the server stops only after the last one has closed. */
	private static int openContexts;

	/** The shared server, started on first use and stopped when the JVM exits. */
	public static synchronized EmbeddedPostgresServer server() {
		if (server == null) {
			try {
				dataDirectory = Files.createTempDirectory("xiaoneng-test-postgres");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			server = EmbeddedPostgresServer.start(dataDirectory, binaries(), 0);
			Runtime.getRuntime().addShutdownHook(new Thread(SharedTestDatabase::stop));
		}
		return server;
	}

	/** Unpacked once per machine, not once per test JVM. */
	public static Path binaries() {
		return Path.of(System.getProperty("java.io.tmpdir"), "xiaoneng-postgres-binaries");
	}

	/** A new empty database in the shared server; returns its JDBC URL. */
	public static String newDatabase() {
		String name = "test_" + DATABASES.incrementAndGet();
		try (var connection = server().superuser("postgres").getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database " + name + " encoding 'UTF8' template template0");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create test database " + name, e);
		}
		return server().jdbcUrl(name);
	}

	private static Path temporaryAnchorFile() {
		try {
			Path directory = Files.createTempDirectory("xiaoneng-audit-anchors-");
			Path file = directory.resolve("chain-heads.log");
			// removed at exit in reverse order: the file, then its directory
			directory.toFile().deleteOnExit();
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] randomKey() {
		byte[] key = new byte[16];
		new SecureRandom().nextBytes(key);
		return key;
	}

	/**
	 * What a node started by a test itself (a second node, a console command) needs to reach a database of the shared
	 * server: its URL and the superuser's credentials, and an external anchor file of its own, never one in the
	 * working tree.
	 */
	public static Map<String, Object> connection(String url) {
		return Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
				"spring.datasource.password", server().superuserPassword(), "xiaoneng.audit.external-anchor-file",
				temporaryAnchorFile().toString());
	}

	/** {@link #connection(String)} as command-line arguments ({@code --name=value}). */
	public static List<String> connectionArguments(String url) {
		return connection(url).entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
	}

	private static synchronized void opened() {
		openContexts++;
	}

	private static synchronized void closed() {
		openContexts--;
		SharedTestDatabase.class.notifyAll();
	}

	/**
	 * Runs in a JVM shutdown hook, concurrently with Spring's hooks that close the cached test contexts: waits for
	 * them (bounded), so that no context is left trying to reach a stopped server.
	 */
	private static synchronized void stop() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		try {
			while (openContexts > 0 && System.nanoTime() < deadline) {
				SharedTestDatabase.class.wait(1000);
			}
			server.close();
			try (var paths = Files.walk(dataDirectory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return testClass.isAnnotationPresent(OwnDatabase.class) ? null : new FreshDatabase();
	}

	/** Points one test context at its own database. Equal to every other, so it never splits the context cache. */
	static final class FreshDatabase implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			// A random SM4 key per context: tests never touch a key file in the working tree. The audit chain's
			// external anchors go to a file of the context's own, which belongs to its fresh database.
			Map<String, Object> properties = new HashMap<>(connection(newDatabase()));
			properties.put("xiaoneng.crypto.key", HexFormat.of().formatHex(randomKey()));
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sharedTestDatabase", properties));
			// Registered before any other bean, so destroyed after all of them, connection pool included.
			opened();
			((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("sharedTestDatabaseRelease",
					SharedTestDatabase::closed);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof FreshDatabase;
		}

		@Override
		public int hashCode() {
			return FreshDatabase.class.hashCode();
		}
	}
}
