package org.xiaoneng.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.postgresql.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.sun.security.auth.module.UnixSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's own supervisor of the bundled PostgreSQL 17: creates a data directory on first use, starts the server
 * as a production server (fsync, synchronous commit and full-page writes on), stops a server that an earlier, killed
 * run of the platform left behind on the same directory, and stops it cleanly. A server killed outright recovers from
 * its write-ahead log at the next start, as PostgreSQL intends. Connections need a password (SCRAM), on loopback only.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	/** The role created by initdb; used by the launcher only, never by the application's pool. */
	static final String SUPERUSER = "postgres";

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/**
	 * What makes a committed transaction survive a crash of the machine: every commit is flushed (synchronous commit)
	 * with fsync, and a page torn by a crash is repaired from its full image in the log. Passed on the command line, so
	 * that no setting in the data directory (nor one made by an earlier test launcher) can turn them off.
	 */
	private static final List<String> DURABILITY = List.of("fsync=on", "synchronous_commit=on", "full_page_writes=on");

	private static final String HOST_BASED_AUTHENTICATION = """
			# Written by Xiaoneng at every start of its embedded PostgreSQL: loopback TCP only, a password for every role.
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private static final boolean ROOT = new UnixSystem().getUid() == 0;

	private final Path dataDirectory;

	private final Path bin;

	private final int port;

	private final RoleCredentials credentials;

	private final AtomicBoolean stopped = new AtomicBoolean();

	private EmbeddedPostgresServer(Path dataDirectory, Path bin, int port, RoleCredentials credentials) {
		this.dataDirectory = dataDirectory;
		this.bin = bin;
		this.port = port;
		this.credentials = credentials;
	}

	/**
	 * Starts the server on {@code dataDirectory} (created with initdb when empty), with the programs unpacked under
	 * {@code binaries}, listening on 127.0.0.1:{@code port} (0: a free port).
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, Path binaries, int port) {
		try {
			Path data = dataDirectory.toAbsolutePath().normalize();
			Path bin = PostgresBinaries.unpackedUnder(binaries.toAbsolutePath().normalize());
			Files.createDirectories(data);
			if (!Files.exists(data.resolve("PG_VERSION"))) {
				initdb(bin, data);
			}
			var server = new EmbeddedPostgresServer(data, bin, port == 0 ? freePort() : port,
					RoleCredentials.keptIn(data));
			server.stopOrphan();
			server.startPostmaster();
			server.secure();
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
		}
	}

	private static void initdb(Path bin, Path data) throws IOException {
		LOG.info("Creating the embedded PostgreSQL data directory {}", data);
		var credentials = RoleCredentials.generated();
		Path passwordFile = Files.createTempFile("initdb", ".pw",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(passwordFile, credentials.superuser());
			run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-E", "UTF-8",
					"--auth=scram-sha-256", "--pwfile=" + passwordFile));
			credentials.keepIn(data);
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
	}

	/**
	 * After kill -9 of the platform the server it started keeps running and holds the data directory. A server is
	 * ours when its lock file is in our directory, its program is postgres and it runs in our directory (its working
	 * directory is the data directory): then it is stopped as on a normal shutdown, so that it starts again with
	 * today's settings. A lock file whose process is gone, or belongs to something else, is left to PostgreSQL,
	 * which replaces a stale one and refuses to start beside a live one.
	 */
	private void stopOrphan() throws IOException {
		Path lock = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(lock)) {
			return;
		}
		List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).strip());
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			LOG.warn("The embedded PostgreSQL was not stopped cleanly (its process {} is gone); it recovers from its log", pid);
			return;
		}
		if (!isOurServer(process.get())) {
			return;
		}
		LOG.warn("The embedded PostgreSQL (process {}) was left running by an earlier start that ended abruptly; stopping it", pid);
		pgCtl("stop", "-m", "fast", "-w", "-t", "60");
		try {
			// pg_ctl returns once the lock file is gone, a moment before the process has exited.
			process.get().onExit().get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException e) {
			LOG.warn("The embedded PostgreSQL left running (process {}) has not yet exited", pid);
		}
	}

	private boolean isOurServer(ProcessHandle process) {
		boolean postgres = process.info().command().map(Path::of).filter(command -> command.endsWith("postgres")).isPresent();
		if (!postgres) {
			return false;
		}
		try {
			// Linux shows a process's working directory; PostgreSQL changes into its data directory at start.
			return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"))
				.equals(dataDirectory.toRealPath());
		}
		catch (IOException | UnsupportedOperationException e) {
			return false;
		}
	}

	private void startPostmaster() throws IOException {
		List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
				// No Unix socket: its default directory (/tmp) is shared with every user of the machine.
				"-c", "unix_socket_directories=''", "-c", "max_connections=300", "-c", "timezone=UTC"));
		DURABILITY.forEach(setting -> options.addAll(List.of("-c", setting)));
		LOG.info("Starting the embedded PostgreSQL on 127.0.0.1:{} with its data in {}", port, dataDirectory);
		// -w waits until the server accepts connections, crash recovery included.
		pgCtl("start", "-w", "-t", "300", "-l", dataDirectory.resolve("server.log").toString(), "-o",
				String.join(" ", options));
	}

	/**
	 * Gives the superuser its password (a data directory made by a test launcher had none and trusted every local
	 * connection), then lets only password connections in.
	 */
	private void secure() throws IOException {
		try (Connection connection = superuser("postgres").getConnection(); var statement = connection.createStatement()) {
			statement.execute("alter role " + SUPERUSER + " password '" + credentials.superuser() + "'");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot sign in to the embedded PostgreSQL as its superuser: " + e.getMessage()
					+ ". Its password is kept in " + RoleCredentials.FILE + " in the data directory.", e);
		}
		Path hba = dataDirectory.resolve("pg_hba.conf");
		if (!HOST_BASED_AUTHENTICATION.equals(Files.readString(hba))) {
			Files.writeString(hba, HOST_BASED_AUTHENTICATION);
			try (Connection connection = superuser("postgres").getConnection(); var statement = connection.createStatement()) {
				statement.execute("select pg_reload_conf()");
			}
			catch (SQLException e) {
				throw new IllegalStateException("Cannot reload the embedded PostgreSQL's configuration", e);
			}
		}
	}

	/** The port it listens on, at 127.0.0.1. */
	public int port() {
		return port;
	}

	/** The JDBC URL of one database in this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** The superuser's password, for setup by the launcher and by tests; never for the application's pool. */
	public String superuserPassword() {
		return credentials.superuser();
	}

	/** Connections to one database as the superuser, for setup. */
	public DataSource superuser(String database) {
		return dataSource(database, SUPERUSER, credentials.superuser());
	}

	RoleCredentials credentials() {
		return credentials;
	}

	/**
	 * The driver with the plain URL. PGSimpleDataSource would hand the driver a URL spelling out every one of its
	 * properties (1,400 characters), and Flyway matches the connection's URL against its redaction patterns at each of
	 * its runs (one per module at every start): 0.3 s a run on a loaded machine, against 0.3 ms for the plain URL.
	 */
	DataSource dataSource(String database, String user, String password) {
		return new SimpleDriverDataSource(new Driver(), jdbcUrl(database), user, password);
	}

	/** The process id of the running server, as its lock file says. */
	long pid() throws IOException {
		return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
	}

	/** Stops the server as on a normal shutdown: running transactions are rolled back, committed ones are on disk. */
	@Override
	public void close() {
		if (stopped.getAndSet(true)) {
			return;
		}
		try {
			pgCtl("stop", "-m", "fast", "-w", "-t", "60");
			LOG.info("Stopped the embedded PostgreSQL");
		}
		catch (IOException | IllegalStateException e) {
			LOG.error("Could not stop the embedded PostgreSQL in {}", dataDirectory, e);
		}
	}

	private void pgCtl(String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString()));
		command.addAll(List.of(arguments));
		try {
			run(command);
		}
		catch (IllegalStateException e) {
			throw new IllegalStateException(e.getMessage() + "\n" + logTail(), e);
		}
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(dataDirectory.resolve("server.log"));
			return "Last lines of " + dataDirectory.resolve("server.log") + ":\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
		}
		catch (IOException e) {
			return "";
		}
	}

	private static void run(List<String> command) throws IOException {
		List<String> line = new ArrayList<>();
		if (ROOT) {
			// PostgreSQL refuses to run as root, and containers often run everything as root: the programs run in a
			// new user namespace, where they are an unprivileged user that owns the data directory.
			line.addAll(List.of("unshare", "-U"));
		}
		line.addAll(command);
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (process.waitFor() != 0) {
				throw new IllegalStateException(Path.of(command.get(0)).getFileName() + " " + command.get(command.size() - 1)
						+ " failed: " + output.strip());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for " + command.get(0), e);
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
