package org.xiaoneng.bench.http;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.xiaoneng.XiaonengApplication;
import org.xiaoneng.bench.BenchmarkFailure;

/**
 * The application started for a run: its own JVM on a free loopback port, with the default embedded PostgreSQL
 * keeping its data in a temporary directory, so a run neither needs nor touches anyone's data. Closing it stops the
 * application as an operator would (SIGTERM) and deletes the directory.
 */
public final class LocalServer implements AutoCloseable {

	/** Generous for two busy cores: the first start creates the PostgreSQL cluster and migrates the schema (172 s seen under load 14; with the demo county more than 6 minutes under load 17, more than 12 under load 25). {@code BENCH_STARTUP_LIMIT}
	 * (seconds) gives a busier machine longer. */
	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(
			Long.parseLong(System.getenv().getOrDefault("BENCH_STARTUP_LIMIT", "720")));

	/** Graceful shutdown waits up to 30 s for requests in flight, then PostgreSQL stops. */
	private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(60);

	/** Enough for a handful of stack traces, not a flood when every request fails the same way. */
	private static final int LOGGED_ERROR_LINES = 400;

	/** The application's JVM options, written into its jar from its pom. */
	private static final String JVM_OPTIONS = "/META-INF/xiaoneng/jvm.options";

	private static final Pattern LOG_RECORD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final Process process;

	private final List<String> command;

	private final Path directory;

	private final URI baseUrl;

	private final Thread stopOnExit = new Thread(this::stop, "bench-stop-application");

	private LocalServer(Process process, List<String> command, Path directory, URI baseUrl) {
		this.process = process;
		this.command = command;
		this.directory = directory;
		this.baseUrl = baseUrl;
	}

	/** Starts the application and returns once its readiness reports UP. */
	static LocalServer start(HttpClient client) {
		return start(client, directory -> List.of());
	}

	/**
	 * Starts the application with more command-line arguments (e.g. a profile or a fixed database port), made from
	 * the run's temporary directory, and returns once its readiness reports UP.
	 */
	public static LocalServer start(HttpClient client,
			java.util.function.Function<Path, List<String>> extraArguments) {
		Path directory;
		int port;
		try {
			directory = Files.createTempDirectory("xiaoneng-bench-");
			port = freeLoopbackPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<String> command = new java.util.ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		// the application's own JVM sizing (decision 0047), as `./mvnw spring-boot:run` starts it
		command.addAll(jvmOptions());
		command.addAll(List.of("-cp", applicationClassPath(), XiaonengApplication.class.getName(),
				// listening on loopback only: nothing but this harness should reach a benchmark server
				"--server.address=" + InetAddress.getLoopbackAddress().getHostAddress(), "--server.port=" + port,
				"--xiaoneng.database.embedded.data-directory=" + directory.resolve("postgres"),
				"--xiaoneng.audit.external-anchor-file=" + directory.resolve("audit").resolve("chain-heads.log"),
				// unpacked once per machine, not once per run
				"--xiaoneng.database.embedded.binaries-directory="
						+ Path.of(System.getProperty("java.io.tmpdir"), "xiaoneng-postgres-binaries")));
		command.addAll(extraArguments.apply(directory));
		return launch(client, command, directory,
				URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port));
	}

	private static LocalServer launch(HttpClient client, List<String> command, Path directory, URI baseUrl) {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("application.log").toFile()))
				.start();
		}
		catch (IOException e) {
			deleteQuietly(directory);
			throw new BenchmarkFailure("Cannot start the application: " + e.getMessage(), e);
		}
		LocalServer server = new LocalServer(process, command, directory, baseUrl);
		Runtime.getRuntime().addShutdownHook(server.stopOnExit);
		try {
			server.awaitHealthy(client);
		}
		catch (RuntimeException e) {
			server.printLogTail();
			server.close();
			throw e;
		}
		return server;
	}

	/**
	 * Kills the application with SIGKILL, as a power cut to its JVM would, and with {@code database} also its
	 * embedded PostgreSQL (the server and every one of its processes at once); returns once they are gone.
	 */
	public void kill(boolean database) {
		List<ProcessHandle> victims = new java.util.ArrayList<>(List.of(process.toHandle()));
		if (database) {
			Path lock = directory.resolve("postgres").resolve("postmaster.pid");
			try {
				ProcessHandle.of(Long.parseLong(Files.readAllLines(lock).get(0).strip())).ifPresent(postmaster -> {
					victims.add(postmaster);
					postmaster.descendants().forEach(victims::add);
				});
			}
			catch (IOException | RuntimeException e) {
				throw new BenchmarkFailure("Cannot find the embedded PostgreSQL to kill: " + e.getMessage(), e);
			}
		}
		victims.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle victim : victims) {
			try {
				victim.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception e) {
				throw new BenchmarkFailure("Process " + victim.pid() + " survived kill -9: " + e, e);
			}
		}
		Runtime.getRuntime().removeShutdownHook(stopOnExit);
	}

	/**
	 * Starts the application again on the same port and data (after {@link #kill} or {@link #stopKeepingData});
	 * returns once it reports UP.
	 */
	public LocalServer restart(HttpClient client) {
		return restart(client, List.of());
	}

	/**
	 * As {@link #restart(HttpClient)}, with more JVM options after the application's own (a later option wins), e.g.
	 * those {@code ./mvnw spring-boot:run} adds.
	 */
	public LocalServer restart(HttpClient client, List<String> moreJvmOptions) {
		if (process.isAlive()) {
			throw new IllegalStateException("The application is still running");
		}
		List<String> withOptions = new java.util.ArrayList<>(command);
		withOptions.addAll(1, moreJvmOptions);
		return launch(client, withOptions, directory, baseUrl);
	}

	/**
	 * Stops the application as an operator would (SIGTERM, PostgreSQL stopped with it) and keeps its directory, for a
	 * {@link #restart} on the same data.
	 */
	public void stopKeepingData() {
		Runtime.getRuntime().removeShutdownHook(stopOnExit);
		terminate();
	}

	/** The application's process id, for {@code jcmd} (a flight recording of the run). */
	public long pid() {
		return process.pid();
	}

	public URI baseUrl() {
		return baseUrl;
	}

	/** The run's temporary directory: the database's data, the application's log and whatever the run keeps there. */
	public Path directory() {
		return directory;
	}

	@Override
	public void close() {
		try {
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
		}
		catch (IllegalStateException alreadyExiting) {
			// the hook is running or about to run and stops the application itself
			return;
		}
		stop();
	}

	private void awaitHealthy(HttpClient client) {
		long started = System.nanoTime();
		long deadline = started + STARTUP_LIMIT.toNanos();
		// readiness, not the whole health: a node is ready once started (demo data loaded), even while a sweep fails
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		System.err.println("bench: starting the application on " + baseUrl + " (embedded PostgreSQL in a temporary directory)");
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new BenchmarkFailure("The application exited with status " + process.exitValue() + " while starting");
			}
			try {
				HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					System.err.printf("bench: application up after %.1f s%n", (System.nanoTime() - started) / 1e9);
					return;
				}
			}
			catch (IOException notListeningYet) {
				// the port opens only once the application context is ready
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new BenchmarkFailure("Interrupted while the application was starting");
			}
			pause();
		}
		throw new BenchmarkFailure("The application did not report UP within " + STARTUP_LIMIT.toSeconds() + " s");
	}

	private void stop() {
		terminate();
		printLoggedErrors();
		deleteQuietly(directory);
	}

	/** SIGTERM and a wait for the graceful shutdown; SIGKILL when it takes too long. */
	private void terminate() {
		if (process.isAlive()) {
			System.err.println("bench: stopping the application");
			long stopping = System.nanoTime();
			// SIGTERM: the application shuts down gracefully and stops its PostgreSQL before exiting
			process.destroy();
			try {
				if (process.waitFor(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
					System.err.printf("bench: application stopped after %.1f s%n", (System.nanoTime() - stopping) / 1e9);
				}
				else {
					System.err.println("bench: the application did not stop within " + SHUTDOWN_LIMIT.toSeconds()
							+ " s; killing it");
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException e) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * The errors the application logged during the run, each with its stack trace, before the log goes with the
	 * directory: a 500 the run counted is explained here, and so is one that no answer showed.
	 */
	private void printLoggedErrors() {
		Path log = directory.resolve("application.log");
		if (!Files.exists(log)) {
			return;
		}
		try (Stream<String> lines = Files.lines(log)) {
			List<String> errors = new java.util.ArrayList<>();
			boolean inError = false;
			for (String line : (Iterable<String>) lines::iterator) {
				// a record starts with its timestamp; anything else continues the record before it (a stack trace)
				if (LOG_RECORD.matcher(line).lookingAt()) {
					inError = line.contains(" ERROR ");
				}
				if (inError) {
					errors.add(line);
				}
			}
			if (!errors.isEmpty()) {
				System.err.println("bench: the application logged errors:");
				errors.stream().limit(LOGGED_ERROR_LINES).forEach(line -> System.err.println("  " + line));
			}
		}
		catch (IOException | UncheckedIOException e) {
			System.err.println("bench: the application's log cannot be read: " + e.getMessage());
		}
	}

	private void printLogTail() {
		Path log = directory.resolve("application.log");
		try (Stream<String> lines = Files.lines(log)) {
			List<String> all = lines.collect(Collectors.toList());
			System.err.println("bench: last lines of the application's log:");
			all.subList(Math.max(0, all.size() - 40), all.size()).forEach(line -> System.err.println("  " + line));
		}
		catch (IOException | UncheckedIOException e) {
			System.err.println("bench: the application's log cannot be read: " + e.getMessage());
		}
	}

	/**
	 * The harness's own class path less the harness's classes: the application and its libraries as Maven resolved
	 * them for the harness, and nothing of the harness itself inside the application's component scan.
	 */
	private static String applicationClassPath() {
		Path harness;
		try {
			harness = Path.of(LocalServer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.toAbsolutePath()
				.normalize();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
		return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !Path.of(entry).toAbsolutePath().normalize().equals(harness))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** The JVM options the application's build gives it ({@code xiaoneng.jvm-options} in its pom). */
	private static List<String> jvmOptions() {
		try (var options = XiaonengApplication.class.getResourceAsStream(JVM_OPTIONS)) {
			if (options == null) {
				throw new BenchmarkFailure("The application's jar has no " + JVM_OPTIONS);
			}
			return List.of(new String(options.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip().split("\\s+"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A port nobody listens on now, for the application or its database. */
	public static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted while the application was starting");
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException e) {
			System.err.println("bench: could not delete " + directory + ": " + e.getMessage());
		}
	}
}
