package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.xiaoneng.bench.BenchmarkFailure;

/**
 * A JDK Flight Recording of the application over the measured part of a run (options {@code --lifecycle-jfr},
 * {@code --supervision-jfr}, {@code --public-jfr}): started
 * and stopped with {@code jcmd}, so that the application's start and the warm-up stay out of it; with the
 * {@code profile} settings (method samples every 10–20 ms, lock and I/O waits above 10 ms), summarised on standard
 * error by {@link ProfileSummary}. None without a file.
 */
final class FlightRecording {

	private static final String NAME = "bench-lifecycle";

	private final long pid;

	private final Optional<Path> file;

	FlightRecording(long pid, Optional<Path> file) {
		this.pid = pid;
		this.file = file;
	}

	void start() {
		file.ifPresent(path -> {
			// Spring's request stacks are deeper than the default 64 frames: the controller's frame would be cut off
			jcmd("JFR.configure", "stackdepth=256");
			jcmd("JFR.start", "name=" + NAME, "settings=profile");
		});
	}

	void stop() {
		file.ifPresent(path -> {
			jcmd("JFR.stop", "name=" + NAME, "filename=" + path.toAbsolutePath());
			System.err.println("bench: flight recording of the application in " + path.toAbsolutePath());
		});
	}

	/** Prints the recording's summary; called once the figures are taken, as reading it takes seconds of CPU. */
	void summarise() {
		file.ifPresent(path -> {
			try {
				ProfileSummary.print(path, System.err);
			}
			catch (IOException e) {
				throw new BenchmarkFailure("Cannot read the flight recording: " + e.getMessage(), e);
			}
		});
	}

	private void jcmd(String... command) {
		String[] line = new String[command.length + 2];
		line[0] = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		line[1] = Long.toString(pid);
		System.arraycopy(command, 0, line, 2, command.length);
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new BenchmarkFailure("jcmd " + String.join(" ", command) + " failed for the application");
			}
		}
		catch (IOException e) {
			throw new BenchmarkFailure("Cannot run jcmd: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted", e);
		}
	}
}
