package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the application's request threads spent the recorded time (issue 20, "where the time goes"), from a flight
 * recording of the measured lifecycle: on the CPU by the method samples, waiting by the samples of threads in native
 * code (a request thread there is nearly always talking to PostgreSQL or compressing a PDF) and by the socket
 * reads and parks the recording kept (those over 10 ms). Frames are counted inclusively: a frame's share is the share
 * of samples with it anywhere on the stack; "innermost" is the application frame nearest the top of the stack.
 */
final class ProfileSummary {

	private static final int TOP = 25;

	/** Tomcat's request threads ({@code http-nio-…-exec-N}). */
	private static final Predicate<String> REQUEST_THREAD = name -> name.contains("-exec-");

	private final Map<String, Double> cpuByThread = new HashMap<>();

	private final Map<String, Double> cpuSelf = new HashMap<>();

	private final Map<String, Double> cpuInclusive = new HashMap<>();

	private final Map<String, Double> waitingOn = new HashMap<>();

	private final Map<String, Double> waitingInnermost = new HashMap<>();

	private final Map<String, Double> waitingInclusive = new HashMap<>();

	private final Map<String, Double> slowReads = new HashMap<>();

	private final Map<String, Double> parks = new HashMap<>();

	private int cpuSamples;

	private int waitingSamples;

	static void print(Path recording, PrintStream out) throws IOException {
		ProfileSummary summary = new ProfileSummary();
		try (RecordingFile file = new RecordingFile(recording)) {
			while (file.hasMoreEvents()) {
				summary.add(file.readEvent());
			}
		}
		summary.print(out);
	}

	private void add(RecordedEvent event) {
		String type = event.getEventType().getName();
		boolean sample = type.equals("jdk.ExecutionSample") || type.equals("jdk.NativeMethodSample");
		RecordedThread thread = sample ? event.getThread("sampledThread") : event.getThread();
		if (thread == null || event.getStackTrace() == null) {
			return;
		}
		String name = thread.getJavaName() == null ? thread.getOSName() : thread.getJavaName();
		List<String> frames = frames(event.getStackTrace());
		if (type.equals("jdk.ExecutionSample")) {
			cpuByThread.merge(name.replaceAll("\\d+", "N"), 1.0, Double::sum);
		}
		if (!REQUEST_THREAD.test(name) || frames.isEmpty()) {
			return;
		}
		switch (type) {
			case "jdk.ExecutionSample" -> {
				cpuSamples++;
				cpuSelf.merge(frames.get(0), 1.0, Double::sum);
				applicationFrames(frames).forEach(frame -> cpuInclusive.merge(frame, 1.0, Double::sum));
			}
			case "jdk.NativeMethodSample" -> {
				waitingSamples++;
				waitingOn.merge(frames.stream().anyMatch(frame -> frame.startsWith("org.postgresql."))
						? "in the PostgreSQL driver (sending a statement, awaiting its answer)" : frames.get(0), 1.0,
						Double::sum);
				waitingInnermost.merge(innermost(frames), 1.0, Double::sum);
				applicationFrames(frames).forEach(frame -> waitingInclusive.merge(frame, 1.0, Double::sum));
			}
			case "jdk.SocketRead" -> slowReads.merge(innermost(frames), millis(event), Double::sum);
			case "jdk.ThreadPark" -> {
				String where = frames.stream()
					.filter(frame -> !frame.startsWith("java.") && !frame.startsWith("jdk."))
					.findFirst()
					.orElse(frames.get(0));
				// an idle request thread waits there for the next request: no request's time
				if (!where.endsWith("TaskQueue.take")) {
					parks.merge(where + " ← " + innermost(frames), millis(event), Double::sum);
				}
			}
			default -> {
			}
		}
	}

	private void print(PrintStream out) {
		out.println("bench: profile of the application over the measured lifecycle (flight recording)");
		double all = cpuByThread.values().stream().mapToDouble(Double::doubleValue).sum();
		top(out, "CPU samples by thread", cpuByThread, all, 8);
		top(out, "request threads on the CPU: top frames (self)", cpuSelf, cpuSamples, TOP);
		top(out, "request threads on the CPU: application frames (inclusive)", cpuInclusive, cpuSamples, TOP);
		top(out, "request threads in native code: on what", waitingOn, waitingSamples, 6);
		top(out, "request threads in native code: innermost application frame", waitingInnermost, waitingSamples,
				TOP);
		top(out, "request threads in native code: application frames (inclusive)", waitingInclusive,
				waitingSamples, TOP);
		double reading = slowReads.values().stream().mapToDouble(Double::doubleValue).sum();
		top(out, "request threads' socket reads over 10 ms: milliseconds by innermost application frame", slowReads,
				reading, 15);
		double parked = parks.values().stream().mapToDouble(Double::doubleValue).sum();
		top(out, "request threads parked over 10 ms: milliseconds by where", parks, parked, 10);
	}

	private static void top(PrintStream out, String title, Map<String, Double> counts, double total, int limit) {
		out.printf(Locale.ROOT, "bench: %s (of %,.0f)%n", title, total);
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(limit)
			.forEach(entry -> out.printf(Locale.ROOT, "bench:   %5.1f %%  %,9.0f  %s%n",
					100 * entry.getValue() / total, entry.getValue(), entry.getKey()));
	}

	/** Class and method of each frame, the top of the stack first. */
	private static List<String> frames(RecordedStackTrace stack) {
		return stack.getFrames()
			.stream()
			.map(RecordedFrame::getMethod)
			.map(method -> method.getType().getName() + "." + method.getName())
			.toList();
	}

	/** The application's frames, each once, without the proxies Spring and the lambdas the JVM generate. */
	private static Set<String> applicationFrames(List<String> frames) {
		Set<String> application = new LinkedHashSet<>();
		for (String frame : frames) {
			if (frame.startsWith("org.xiaoneng.") && !frame.contains("$$SpringCGLIB$$")
					&& !frame.contains("$$Lambda")) {
				application.add(frame);
			}
		}
		return application;
	}

	/** The application frame nearest the top of the stack. */
	private static String innermost(List<String> frames) {
		return applicationFrames(frames).stream().findFirst().orElse("(outside the application)");
	}

	private static double millis(RecordedEvent event) {
		return event.getDuration().toNanos() / 1e6;
	}
}
