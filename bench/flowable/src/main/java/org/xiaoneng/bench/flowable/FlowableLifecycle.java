package org.xiaoneng.bench.flowable;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The case lifecycle's equivalent in a plain Flowable engine, in-process, on a database of its own in the embedded
 * PostgreSQL the casework harness started: submission starts a process instance, then a user task to accept, one
 * per step, and one to complete the case, each completed by its assignee with the facts our API receives (the
 * applicant at the start, an opinion per step, the decision and certificate at the end), history at {@code audit}.
 *
 * <p>Started by the harness in a JVM of its own and spoken to by lines, so that the harness counts the database's
 * writes around the measured cases only: prints {@code warmed} once the engine stands and the warm-up cases are
 * through, waits for {@code go} on standard input, drives the measured cases, prints {@code measured <nanoseconds>},
 * checks that every case ended and exits (its connections close, so PostgreSQL reports their counts).
 *
 * <p>Arguments: JDBC URL, user, cases, clients, steps, warm-up cases; the password comes in
 * {@code XIAONENG_BENCH_DB_PASSWORD}.
 */
public final class FlowableLifecycle {

	private static final String PROCESS = "caseLifecycle";

	private static final String LAST_TASK = "complete";

	private FlowableLifecycle() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 6) {
			throw new IllegalArgumentException("usage: FlowableLifecycle URL USER CASES CLIENTS STEPS WARMUP");
		}
		int cases = Integer.parseInt(args[2]);
		int clients = Integer.parseInt(args[3]);
		int steps = Integer.parseInt(args[4]);
		int warmup = Integer.parseInt(args[5]);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setJdbcDriver("org.postgresql.Driver");
		configuration.setJdbcUrl(args[0]);
		configuration.setJdbcUsername(args[1]);
		configuration.setJdbcPassword(System.getenv("XIAONENG_BENCH_DB_PASSWORD"));
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(HistoryLevel.AUDIT.getKey());
		// no timers or asynchronous continuations in this process: nothing for a job executor to poll
		configuration.setAsyncExecutorActivate(false);
		ProcessEngine engine = configuration.buildProcessEngine();
		try {
			engine.getRepositoryService()
				.createDeployment()
				.name("case lifecycle")
				.addString("case-lifecycle.bpmn20.xml", process(steps))
				.deploy();
			drive(engine, warmup, clients, steps);
			System.out.println("warmed");
			System.out.flush();
			String command = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (!"go".equals(command)) {
				throw new IllegalStateException("Expected 'go' from the harness, got " + command);
			}
			long elapsed = drive(engine, cases, clients, steps);
			System.out.println("measured " + elapsed);
			System.out.flush();
			long ended = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
			if (ended != warmup + cases) {
				throw new IllegalStateException(ended + " process instances ended, expected " + (warmup + cases));
			}
		}
		finally {
			engine.close();
		}
	}

	/** Submit → accept → each step → complete, each task assigned to whoever the start named for it. */
	static String process(int steps) {
		StringBuilder tasks = new StringBuilder(userTask("accept", "clerk"));
		String previous = "accept";
		for (int step = 1; step <= steps; step++) {
			String id = "step" + step;
			tasks.append(flow(previous, id)).append(userTask(id, "handler"));
			previous = id;
		}
		tasks.append(flow(previous, LAST_TASK)).append(userTask(LAST_TASK, "handler"));
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
				    targetNamespace="https://xiaoneng.org/bench">
				  <process id="%s" name="case lifecycle" isExecutable="true">
				    <startEvent id="submit"/>
				    %s%s%s
				    <endEvent id="end"/>
				  </process>
				</definitions>
				""".formatted(PROCESS, flow("submit", "accept"), tasks, flow(LAST_TASK, "end"));
	}

	private static String userTask(String id, String assignee) {
		return "<userTask id=\"" + id + "\" flowable:assignee=\"${" + assignee + "}\"/>\n";
	}

	private static String flow(String from, String to) {
		return "<sequenceFlow id=\"" + from + "-" + to + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>\n";
	}

	/** {@code cases} cases by {@code clients} threads, each case after the other; returns the nanoseconds taken. */
	private static long drive(ProcessEngine engine, int cases, int clients, int steps)
			throws InterruptedException, ExecutionException {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int client = 0; client < clients; client++) {
				running.add(pool.submit(() -> {
					int number;
					while ((number = next.getAndIncrement()) < cases) {
						oneCase(engine.getRuntimeService(), engine.getTaskService(), steps, number);
					}
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return System.nanoTime() - started;
	}

	/** 3 + steps commands that write, as our API's submit, accept, steps and complete; each task found by a query. */
	private static void oneCase(RuntimeService runtime, TaskService tasks, int steps, int number) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String instance = runtime
			.startProcessInstanceByKey(PROCESS, "BENCH-" + System.nanoTime() + "-" + number,
					Map.of("clerk", "clerk", "handler", "handler", "itemId", 1L, "applicantName", "王伟",
							"idNumber", Long.toString(random.nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L)),
							"mobile", "139" + random.nextInt(10_000_000, 99_999_999), "materials", 3))
			.getId();
		for (int done = 0; done < steps + 2; done++) {
			Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
			boolean last = task.getTaskDefinitionKey().equals(LAST_TASK);
			if (last != (done == steps + 1)) {
				throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " came as task " + (done + 1));
			}
			// task-local: each step's opinion stays its own in the history, as each step's opinion does in ours
			tasks.complete(task.getId(), last
					? Map.of("decision", "准予", "certificateName", "营业执照", "certificateNumber", "BENCH" + number)
					: Map.of("opinion", "经审查，符合法定条件"), true);
		}
	}
}
