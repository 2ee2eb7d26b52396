package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.xiaoneng.bench.BenchmarkFailure;

/**
 * The application's access log as the harness has Tomcat write it: one line per request with the time the server
 * took, from reading the request line to having written the answer, in microseconds ({@code %D} since Tomcat 10),
 * its status and its path with the query.
 */
final class AccessLog {

	/** The Tomcat access log pattern the application is started with. */
	static final String PATTERN = "%D %s %U%q";

	/** One request as logged. */
	record Entry(double millis, int status, String pathAndQuery) {
	}

	private final Path directory;

	AccessLog(Path directory) {
		this.directory = directory;
	}

	/** Every request logged so far, in order; Tomcat writes a line once its answer is out, unbuffered. */
	List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					String[] parts = line.split(" ", 3);
					if (parts.length == 3 && parts[0].matches("\\d+")) {
						// %q is "-" for a request without a query
						String path = parts[2].endsWith("-") && !parts[2].contains("?")
								? parts[2].substring(0, parts[2].length() - 1) : parts[2];
						entries.add(new Entry(Long.parseLong(parts[0]) / 1000.0, Integer.parseInt(parts[1]), path));
					}
				}
			}
		}
		catch (IOException e) {
			throw new BenchmarkFailure("Cannot read the access log in " + directory + ": " + e.getMessage(), e);
		}
		return entries;
	}

	/** The value at a percentile (nearest rank) of the entries' times. */
	static double percentile(List<Entry> entries, int percentile) {
		double[] sorted = entries.stream().mapToDouble(Entry::millis).sorted().toArray();
		return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}
}
