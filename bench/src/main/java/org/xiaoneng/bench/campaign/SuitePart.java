package org.xiaoneng.bench.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.Settings;

/**
 * Campaign parts (a) {@code matrix} and (c) {@code canary}: the same suites that {@code ./mvnw verify} runs, run
 * here on their own so that the campaign's one table carries their counts. The matrix asks every endpoint, declared
 * in {@code src/test/resources/access/matrix.txt}, as every role, of its own unit and of another (3,000 and more
 * cells, each a request and, for a write, the module tables compared before and after); the canary plants a
 * complainant's identity and reads every endpoint, export, PDF, inbox, outbox and log line a non-supervisor reaches.
 * One declaration of the rules, one engine: the figures here are the figures of the test suite.
 */
final class SuitePart implements CampaignPart {

	private static final Pattern SUITE = Pattern.compile(
			"<testsuite [^>]*?tests=\"(\\d+)\"[^>]*?errors=\"(\\d+)\"[^>]*?skipped=\"(\\d+)\"[^>]*?failures=\"(\\d+)\"");

	private final String name;

	private final String testClass;

	private final String cells;

	private final String failedCheck;

	private final String unit;

	private SuitePart(String name, String testClass, String cells, String failedCheck, String unit) {
		this.name = name;
		this.testClass = testClass;
		this.cells = cells;
		this.failedCheck = failedCheck;
		this.unit = unit;
	}

	static SuitePart matrix() {
		return new SuitePart("matrix", "org.xiaoneng.access.AccessMatrixTests",
				"cells run (endpoint × role × own unit, another unit, the unit but not theirs)",
				"cells where a caller got what the matrix forbids (cross-scope or wrong-role read or write)", "cells");
	}

	static SuitePart canary() {
		return new SuitePart("canary", "org.xiaoneng.inquiry.ReporterConfidentialityIntegrationTests",
				"tests run (each reads every endpoint, export, PDF, inbox, outbox and log line as every non-supervisor)",
				"tests where a complainant's identity reached a non-supervisor", "tests");
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public void run(Settings settings, Verdicts verdicts) {
		// bench/run starts the harness in the project's root, whose Maven wrapper runs the suite
		Path root = Path.of("").toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-q", "-o",
				"surefire:test", "-Dtest=" + testClass, "-Dsurefire.failIfNoSpecifiedTests=false"));
		long started = System.nanoTime();
		int exit;
		try {
			Path log = Files.createTempFile("xiaoneng-campaign-" + name, ".log");
			Process process = new ProcessBuilder(command).directory(root.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(30, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new BenchmarkFailure(name + ": the suite did not finish within 30 minutes; its output: " + log);
			}
			exit = process.exitValue();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure(name + ": interrupted", e);
		}
		Path report = root.resolve("target/surefire-reports/TEST-" + testClass + ".xml");
		Matcher counts;
		try {
			counts = SUITE.matcher(Files.readString(report));
		}
		catch (IOException e) {
			throw new BenchmarkFailure(name + ": the suite wrote no report (exit " + exit + "): " + report, e);
		}
		if (!counts.find()) {
			throw new BenchmarkFailure(name + ": cannot read the counts of " + report);
		}
		long tests = Long.parseLong(counts.group(1));
		long failed = Long.parseLong(counts.group(2)) + Long.parseLong(counts.group(4));
		long skipped = Long.parseLong(counts.group(3));
		verdicts.figure(name, cells, tests, unit);
		verdicts.zero(name, failedCheck, failed, unit);
		verdicts.zero(name, "skipped", skipped, unit);
		verdicts.figure(name, "time", (System.nanoTime() - started) / 1e9, "s");
	}
}
