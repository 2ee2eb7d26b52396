package org.xiaoneng.bench.jmh;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.FigureTable;
import org.xiaoneng.bench.Settings;

/**
 * Runs every JMH benchmark on the class path (each class with {@code @Benchmark} methods, found through the list
 * JMH's annotation processor writes) with the run's settings, which override the classes' own annotations.
 */
public final class JmhSuite {

	private JmhSuite() {
	}

	public static void run(Settings settings, FigureTable table) {
		Options options = new OptionsBuilder().include(settings.jmhInclude())
			.forks(settings.forks())
			.warmupIterations(settings.warmups())
			.warmupTime(TimeValue.seconds(settings.warmupSeconds()))
			.measurementIterations(settings.iterations())
			.measurementTime(TimeValue.seconds(settings.iterationSeconds()))
			.shouldFailOnError(true)
			.build();
		System.err.println("bench: running JMH benchmarks matching '" + settings.jmhInclude() + "'");
		Collection<RunResult> results;
		try {
			// JMH's own report would interleave with the table; it goes to standard error, and only when asked
			results = new Runner(options, OutputFormatFactory.createFormatInstance(System.err,
					settings.verbose() ? VerboseMode.NORMAL : VerboseMode.SILENT))
				.run();
		}
		catch (RunnerException e) {
			throw new BenchmarkFailure("JMH failed: " + e.getMessage() + " (run with --verbose to see why)", e);
		}
		results.stream()
			.sorted(Comparator.comparing(result -> result.getParams().id()))
			.forEach(result -> addTo(table, result));
		addRatios(table, results);
	}

	/**
	 * For each benchmark method {@code baselineX} a row with how many times faster its sibling {@code x} of the same
	 * class (and parameters) is: the figure a claim such as "100 times the day-by-day walk" is checked against.
	 */
	private static void addRatios(FigureTable table, Collection<RunResult> results) {
		for (RunResult baseline : results) {
			String[] parts = baseline.getParams().getBenchmark().split("\\.");
			String method = parts[parts.length - 1];
			if (!method.startsWith("baseline") || method.length() == "baseline".length()) {
				continue;
			}
			String sibling = Character.toLowerCase(method.charAt(8)) + method.substring(9);
			String siblingName = baseline.getParams().getBenchmark().replaceAll("[^.]+$", sibling);
			results.stream()
				.filter(result -> result.getParams().getBenchmark().equals(siblingName))
				.filter(result -> result.getParams().getParamsKeys().stream()
					.allMatch(key -> result.getParams().getParam(key).equals(baseline.getParams().getParam(key))))
				.findFirst()
				.ifPresent(result -> {
					double ratio = result.getPrimaryResult().getScore() / baseline.getPrimaryResult().getScore();
					table.add(parts[parts.length - 2] + "." + sibling + " / " + method, "ratio",
							FigureTable.number(ratio, FigureTable.decimalsFor(ratio)), "times");
				});
		}
	}

	private static void addTo(FigureTable table, RunResult result) {
		BenchmarkParams params = result.getParams();
		Result<?> score = result.getPrimaryResult();
		int decimals = FigureTable.decimalsFor(score.getScore());
		// JMH's long label is "Throughput, ops/time"; the unit column already says ops/s
		String metric = params.getMode().longLabel().split(",")[0].toLowerCase(Locale.ROOT);
		String value = FigureTable.number(score.getScore(), decimals);
		// JMH gives no error for a single measured iteration
		if (!Double.isNaN(score.getScoreError())) {
			value += " ± " + FigureTable.number(score.getScoreError(), decimals);
		}
		table.add(name(params), metric, value, score.getScoreUnit());
	}

	/** Class and method without the package, followed by the values of any {@code @Param} fields. */
	private static String name(BenchmarkParams params) {
		String[] parts = params.getBenchmark().split("\\.");
		String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
		Collection<String> keys = params.getParamsKeys();
		if (keys.isEmpty()) {
			return name;
		}
		List<String> values = keys.stream().map(key -> key + "=" + params.getParam(key)).collect(Collectors.toList());
		return name + " (" + String.join(", ", values) + ")";
	}
}
