package org.xiaoneng.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.xiaoneng.bench.http.Loopback;

/**
 * What one run of the harness does, from its command line; each option with a value may also come from an
 * environment variable ({@code --warmup-time} from {@code BENCH_WARMUP_TIME}), and the command line wins.
 */
public final class Settings {

	static final String USAGE = """
			usage: bench/run [options]
			  --jmh-only               run only the in-process benchmarks (JMH)
			  --http-only              run only the HTTP scenarios
			  --casework-only          run only the casework benchmarks (lifecycle throughput against its
			                           database ceiling and a Flowable engine on the same flow, then
			                           1,000,000 cases loaded and the lists timed);
			                           never part of the default run, which they would lengthen by minutes
			  --campaign-only          run only the trust campaign (issue 13): scope matrix, fuzzing, the
			                           complainant canary, crashes, load, two nodes, audit tampering; prints
			                           counts that must be zero and exits 1 if any is not
			  --base-url URL           measure a server already running on this machine (loopback only);
			                           without it the harness starts the application on a free port
			  --verbose                show JMH's own progress on standard error

			  JMH                                                    (default)
			  --jmh REGEX              benchmarks whose name matches     all
			  --forks N                forked JVMs per benchmark         1
			  --warmups N              warm-up iterations                2
			  --warmup-time SECONDS    length of a warm-up iteration     1
			  --iterations N           measured iterations               3
			  --time SECONDS           length of a measured iteration    1

			  HTTP
			  --scenario REGEX         scenarios whose name matches      all
			  --requests N             measured requests per scenario    2000
			  --concurrency N          requests in flight at once        8
			  --max-seconds SECONDS    time limit per scenario           60
			  --warmup-requests N      unmeasured requests first         200

			  Casework (with --casework-only)
			  --casework REGEX         parts whose name matches          lifecycle|scale|
			                                                             public|sweeps|
			                                                             footprint
			                           (supervision, issue 14: only when named)
			  --lifecycle-cases N      cases driven through the API      300
			  --clients N              concurrent API clients            4
			                           (and Flowable clients, issue 20)
			  --lifecycle-jfr FILE     a JDK Flight Recording of the     none
			                           application over the measured
			                           lifecycle, written to FILE
			  --scale-cases N,N...     cases loaded for the lists,       1000000,
			                           growing: the lists are timed at   10000000
			                           each size
			  --scale-open N,N...      of which still open, one per size 100000,
			                                                             1000000
			  --scale-requests N       timed requests per list/search    300
			                           public: the portal's pages and the
			                           progress query at 32 in flight
			                           (--requests, --warmup-requests,
			                           --max-seconds apply); sweeps: the
			                           scheduled sweeps over the scale
			                           part's cases; footprint: memory,
			                           demo load, restart
			  --sweep-wait MINUTES     how long the sweeps part waits    12
			                           for the scheduled runs
			  --supervision-cases N    cases loaded for the supervision  10000000
			                           part (--casework supervision)
			  --supervision-open N     of which still open               1000000
			  --supervision-due N      of those, due a card today        20000
			                           (real casework cases, by COPY)
			  --supervision-requests N timed cockpit paints per viewer   100
			  --supervision-jfr PREFIX flight recordings of the leader's none
			                           page paints and of the normal
			                           day's sweep: PREFIX-page.jfr,
			                           PREFIX-sweep.jfr
			  --public-jfr PREFIX      flight recordings of the public   none
			                           pages' measured requests:
			                           PREFIX-items.jfr, -guide.jfr,
			                           -progress.jfr
			  --evaluation-cases N     cases loaded for the evaluation   10000000
			                           part (--casework evaluation,
			                           issue 16: only when named)
			  --evaluation-requests N  timed recomputations of one       50
			                           person
			  --evaluation-jfr FILE    a flight recording of the         none
			                           application over the timed
			                           recomputations of one person

			  Campaign (with --campaign-only)
			  --campaign REGEX         parts whose name matches          all
			  --crash-kills N          kill -9 of the application, and   10
			                           separately of it and its database,
			                           this many times each (crash)
			  --crash-clients N        clients submitting during crashes 8
			  --fuzz-inputs N          requests the fuzz part sends      100000
			  --fuzz-seed N            seed of the fuzz part's generator 13
			  --nodes-minutes N        nodes: minutes of traffic and     6
			                           sweep triggers on two nodes
			  --load-clients N         load: concurrent clients          500
			  --load-minutes N         load: minutes of traffic          10

			Each option with a value can also be set by BENCH_<NAME>, e.g. BENCH_REQUESTS=500.
			""";

	private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

	static {
		DEFAULTS.put("base-url", "");
		DEFAULTS.put("jmh", ".*");
		DEFAULTS.put("forks", "1");
		DEFAULTS.put("warmups", "2");
		DEFAULTS.put("warmup-time", "1");
		DEFAULTS.put("iterations", "3");
		DEFAULTS.put("time", "1");
		DEFAULTS.put("scenario", ".*");
		DEFAULTS.put("requests", "2000");
		DEFAULTS.put("concurrency", "8");
		DEFAULTS.put("max-seconds", "60");
		DEFAULTS.put("warmup-requests", "200");
		DEFAULTS.put("casework", "lifecycle|scale|public|sweeps|footprint");
		DEFAULTS.put("lifecycle-cases", "300");
		DEFAULTS.put("clients", "4");
		DEFAULTS.put("lifecycle-jfr", "");
		DEFAULTS.put("supervision-jfr", "");
		DEFAULTS.put("public-jfr", "");
		DEFAULTS.put("evaluation-jfr", "");
		DEFAULTS.put("scale-cases", "1000000,10000000");
		DEFAULTS.put("scale-open", "100000,1000000");
		DEFAULTS.put("scale-requests", "300");
		DEFAULTS.put("supervision-cases", "10000000");
		DEFAULTS.put("supervision-open", "1000000");
		DEFAULTS.put("supervision-due", "20000");
		DEFAULTS.put("supervision-requests", "100");
		DEFAULTS.put("evaluation-cases", "10000000");
		DEFAULTS.put("evaluation-requests", "50");
		DEFAULTS.put("sweep-wait", "12");
		DEFAULTS.put("campaign", ".*");
		DEFAULTS.put("crash-kills", "10");
		DEFAULTS.put("crash-clients", "8");
		DEFAULTS.put("fuzz-inputs", "100000");
		DEFAULTS.put("fuzz-seed", "13");
		DEFAULTS.put("nodes-minutes", "6");
		DEFAULTS.put("load-clients", "500");
		DEFAULTS.put("load-minutes", "10");
	}

	private static final Set<String> SWITCHES = Set.of("jmh-only", "http-only", "casework-only", "campaign-only",
			"verbose", "help");

	private final Map<String, String> values;

	private final Set<String> switches;

	private Settings(Map<String, String> values, Set<String> switches) {
		this.values = values;
		this.switches = switches;
	}

	/**
	 * Reads the command line over the environment over the defaults.
	 * @throws IllegalArgumentException for an unknown option, a missing value or a value out of range
	 */
	static Settings parse(String[] args, Map<String, String> environment) {
		Map<String, String> values = new LinkedHashMap<>();
		DEFAULTS.forEach((name, fallback) -> values.put(name,
				environment.getOrDefault("BENCH_" + name.toUpperCase(Locale.ROOT).replace('-', '_'), fallback)));
		Set<String> switches = new HashSet<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument: " + arg);
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (SWITCHES.contains(name) && value == null) {
				switches.add(name);
			}
			else if (DEFAULTS.containsKey(name)) {
				if (value == null) {
					if (i + 1 == args.length) {
						throw new IllegalArgumentException("Option --" + name + " needs a value");
					}
					value = args[++i];
				}
				values.put(name, value);
			}
			else {
				throw new IllegalArgumentException("Unknown option: " + arg);
			}
		}
		Settings settings = new Settings(values, switches);
		settings.validate();
		return settings;
	}

	private void validate() {
		if (switches.stream().filter(name -> name.endsWith("-only")).count() > 1) {
			throw new IllegalArgumentException(
					"--jmh-only, --http-only, --casework-only and --campaign-only exclude each other");
		}
		if ((switches.contains("casework-only") || switches.contains("campaign-only"))
				&& !values.get("base-url").isBlank()) {
			throw new IllegalArgumentException(
					"--casework-only and --campaign-only start their own application; --base-url does not apply");
		}
		for (String name : DEFAULTS.keySet()) {
			if (!name.equals("base-url") && !name.equals("jmh") && !name.equals("scenario")
					&& !name.equals("casework") && !name.equals("campaign") && !name.equals("lifecycle-jfr")
					&& !name.equals("supervision-jfr") && !name.equals("public-jfr") && !name.equals("evaluation-jfr")
					&& !name.startsWith("scale-")) {
				positive(name);
			}
		}
		Pattern.compile(jmhInclude());
		caseworkParts();
		campaignParts();
		scales();
		scaleRequests();
		if (supervisionOpen() > supervisionCases()) {
			throw new IllegalArgumentException("--supervision-open cannot exceed --supervision-cases");
		}
		if (supervisionDue() > supervisionOpen()) {
			throw new IllegalArgumentException("--supervision-due cannot exceed --supervision-open");
		}
		scenarioFilter();
		baseUrl().ifPresent(Loopback::require);
	}

	private int positive(String name) {
		return positive(name, values.get(name));
	}

	private static int positive(String name, String text) {
		int value;
		try {
			value = Integer.parseInt(text.trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + text + "'");
		}
		if (value < 1) {
			throw new IllegalArgumentException("--" + name + " must be at least 1, not " + value);
		}
		return value;
	}

	boolean help() {
		return switches.contains("help");
	}

	boolean runJmh() {
		return !switches.contains("http-only") && !runCasework() && !runCampaign();
	}

	boolean runHttp() {
		return !switches.contains("jmh-only") && !runCasework() && !runCampaign();
	}

	boolean runCasework() {
		return switches.contains("casework-only");
	}

	boolean runCampaign() {
		return switches.contains("campaign-only");
	}

	/** Which parts of the trust campaign run, by name. */
	public Pattern campaignParts() {
		return Pattern.compile(values.get("campaign"));
	}

	/** How many generated requests the campaign's fuzz part sends. */
	public int fuzzInputs() {
		return positive("fuzz-inputs");
	}

	/** The seed of the fuzz part's generator: the same seed sends the same requests. */
	public int fuzzSeed() {
		return positive("fuzz-seed");
	}

	/** Campaign part {@code nodes}: how long the two nodes take traffic and fire their sweeps' triggers. */
	public int nodesMinutes() {
		return positive("nodes-minutes");
	}

	/** Campaign part {@code load}: how many clients work the mix at once, on an external PostgreSQL server. */
	public int loadClients() {
		return positive("load-clients");
	}

	/** Campaign part {@code load}: how long the clients work, after a ramp-up of 20 s. */
	public int loadMinutes() {
		return positive("load-minutes");
	}

	/** Which casework parts run: {@code lifecycle}, {@code scale}, {@code supervision} (only when named). */
	public Pattern caseworkParts() {
		return Pattern.compile(values.get("casework"));
	}

	/** Where to write a flight recording of the application over the measured lifecycle, if anywhere. */
	public Optional<Path> lifecycleRecording() {
		String file = values.get("lifecycle-jfr").trim();
		return file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file));
	}

	/** Where the supervision part's two flight recordings go: the prefix of their files, or empty for none. */
	public Optional<String> supervisionRecordings() {
		String prefix = values.get("supervision-jfr").trim();
		return prefix.isEmpty() ? Optional.empty() : Optional.of(prefix);
	}

	/** Where the public part's flight recordings go, one per page: the prefix of their files, or empty for none. */
	public Optional<String> publicRecordings() {
		String prefix = values.get("public-jfr").trim();
		return prefix.isEmpty() ? Optional.empty() : Optional.of(prefix);
	}

	/** Where to write a flight recording of the application over one person's timed recomputations, if anywhere. */
	public Optional<Path> evaluationRecording() {
		String file = values.get("evaluation-jfr").trim();
		return file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file));
	}

	/** How many times the crash part kills the application, and separately the application and its database. */
	public int crashKills() {
		return positive("crash-kills");
	}

	public int crashClients() {
		return positive("crash-clients");
	}

	public int lifecycleCases() {
		return positive("lifecycle-cases");
	}

	public int clients() {
		return positive("clients");
	}

	/** One size of the scale part's load: cases in all, and how many of them are open. */
	public record Scale(int cases, int open) {
	}

	/**
	 * The sizes at which the scale part times the lists, smallest first: each load adds to the one before, so that
	 * the figures at a million and at ten million come from one run and one database.
	 */
	public List<Scale> scales() {
		List<Integer> cases = positives("scale-cases");
		List<Integer> open = positives("scale-open");
		if (cases.size() != open.size()) {
			throw new IllegalArgumentException("--scale-open needs one figure for each of --scale-cases");
		}
		List<Scale> scales = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			Scale scale = new Scale(cases.get(i), open.get(i));
			if (scale.open() > scale.cases()) {
				throw new IllegalArgumentException("--scale-open cannot exceed --scale-cases");
			}
			if (!scales.isEmpty() && (scale.cases() <= scales.get(scales.size() - 1).cases()
					|| scale.open() < scales.get(scales.size() - 1).open())) {
				throw new IllegalArgumentException(
						"--scale-cases must grow from one size to the next, and --scale-open must not shrink");
			}
			scales.add(scale);
		}
		return scales;
	}

	/** The largest of {@link #scales()}: what the scale part leaves loaded. */
	public Scale largestScale() {
		List<Scale> scales = scales();
		return scales.get(scales.size() - 1);
	}

	private List<Integer> positives(String name) {
		List<Integer> figures = new ArrayList<>();
		for (String text : values.get(name).split(",")) {
			figures.add(positive(name, text));
		}
		return figures;
	}

	public int scaleRequests() {
		return positive("scale-requests");
	}

	/** Casework part {@code sweeps}: how long to wait for each sweep's first scheduled run after the load. */
	public Duration sweepWait() {
		return Duration.ofMinutes(positive("sweep-wait"));
	}

	/** Casework part {@code supervision}: the cases of the cockpit's tables, of which the projection holds the open. */
	public int supervisionCases() {
		return positive("supervision-cases");
	}

	public int supervisionOpen() {
		return positive("supervision-open");
	}

	/** Of the open cases, how many reach their warning day, deadline or first red day today (real casework cases). */
	public int supervisionDue() {
		return positive("supervision-due");
	}

	/** Timed first paints of the cockpit per viewer (leader, supervisor), after a tenth as many unmeasured. */
	public int supervisionRequests() {
		return positive("supervision-requests");
	}

	/** Casework part {@code evaluation}: the cases the year's figures are computed over. */
	public int evaluationCases() {
		return positive("evaluation-cases");
	}

	/** Timed recomputations of one person's result, after a tenth as many unmeasured. */
	public int evaluationRequests() {
		return positive("evaluation-requests");
	}

	public boolean verbose() {
		return switches.contains("verbose");
	}

	public String jmhInclude() {
		return values.get("jmh");
	}

	public int forks() {
		return positive("forks");
	}

	public int warmups() {
		return positive("warmups");
	}

	public int warmupSeconds() {
		return positive("warmup-time");
	}

	public int iterations() {
		return positive("iterations");
	}

	public int iterationSeconds() {
		return positive("time");
	}

	public Pattern scenarioFilter() {
		return Pattern.compile(values.get("scenario"));
	}

	public int requests() {
		return positive("requests");
	}

	public int concurrency() {
		return positive("concurrency");
	}

	public Duration maxDuration() {
		return Duration.ofSeconds(positive("max-seconds"));
	}

	public int warmupRequests() {
		return positive("warmup-requests");
	}

	/** The server to measure when one is already running; empty when the harness starts its own. */
	public Optional<URI> baseUrl() {
		String text = values.get("base-url").trim();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
	}

	/** A few lines that say how the figures were taken, printed under the table. */
	String describe() {
		StringBuilder text = new StringBuilder();
		if (runJmh()) {
			text.append(String.format(Locale.ROOT, "JMH:     %d fork(s), %d x %d s warm-up, %d x %d s measured%n",
					forks(), warmups(), warmupSeconds(), iterations(), iterationSeconds()));
		}
		if (runHttp()) {
			text.append(String.format(Locale.ROOT,
					"HTTP:    %d requests after %d warm-up, %d concurrent, at most %d s per scenario, against %s%n",
					requests(), warmupRequests(), concurrency(), maxDuration().toSeconds(),
					baseUrl().map(URI::toString).orElse("a freshly started application")));
		}
		if (runCasework() && caseworkParts().matcher("lifecycle|scale").find()) {
			text.append(String.format(Locale.ROOT,
					"cases:   lifecycle %d cases by %d clients; scale %s, %d timed requests per list%n",
					lifecycleCases(), clients(), scales().stream()
						.map(scale -> String.format(Locale.ROOT, "%,d cases (%,d open)", scale.cases(), scale.open()))
						.collect(Collectors.joining(" then ")),
					scaleRequests()));
		}
		if (runCasework()) {
			if (caseworkParts().matcher("supervision").find()) {
				text.append(String.format(Locale.ROOT,
						"supervision: %,d cases (%,d open, %,d due today), %d timed cockpit paints per viewer%n",
						supervisionCases(), supervisionOpen(), supervisionDue(), supervisionRequests()));
			}
		}
		if (runCampaign()) {
			text.append("campaign: parts matching ").append(values.get("campaign")).append(System.lineSeparator());
		}
		text.append(String.format(Locale.ROOT, "machine: %d cores, Java %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version")));
		// on a machine shared with other builds the load says how far the figures can be trusted
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		if (load >= 0) {
			text.append(String.format(Locale.ROOT, ", load average %.1f at the end", load));
		}
		return text.toString();
	}
}
