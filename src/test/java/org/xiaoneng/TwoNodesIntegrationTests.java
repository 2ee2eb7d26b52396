package org.xiaoneng;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.refusal.Refusals;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.MutableClock;
import org.xiaoneng.testing.SharedTestDatabase;

/**
 * Two application instances on one database, as two nodes behind a load balancer (issue 23): started together with
 * the demo profile they load one county, and each sweep's work is done once per trigger, whether the nodes' triggers
 * fire at the same moment (the lock lets one run) or the sweeps' facades are called on both at once (each row is
 * changed by one of them). Triggers are pulled by the test: the nodes' schedulers fire nothing on their own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIntegrationTests {

	/** One business clock for both nodes, as the machines' clocks would be: moved by the test. */
	static final MutableClock CLOCK = new MutableClock(Instant.now(), Clocks.BUSINESS_ZONE);

	private static final List<String> SWEEPS = List.of("casework.sweep", "refusal.overdue-decisions",
			"substitution.absences", "inquiry.overdue", "security.unused-accounts", "security.login-attempt-retention",
			"notification-dispatch");

	/** The audit entries the sweeps write, one per row they change. */
	private static final String SWEPT_AUDIT = """
			from audit.entry where actor = 'system' and action in ('absence.started', 'absence.ended',
			'inquiry.overdue', 'decision.overdue', 'account.disabled-unused')""";

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static JdbcClient jdbc;

	@BeforeAll
	static void twoDemoNodesStartTogether() throws Exception {
		String url = SharedTestDatabase.newDatabase();
		byte[] key = new byte[16];
		new SecureRandom().nextBytes(key);
		ExecutorService starting = Executors.newFixedThreadPool(2);
		// Two applications in one JVM share Logback's context: initialising logging for both at once fails now and
		// then ("Unable to find Spring Environment in logger context"). The second starts once the first's logging
		// is set up; they still migrate, start and load the demo county together.
		CountDownLatch firstLogging = new CountDownLatch(1);
		try {
			Future<ConfigurableApplicationContext> first = starting.submit(() -> node("node-a", url, key,
					firstLogging::countDown));
			if (!firstLogging.await(5, TimeUnit.MINUTES)) {
				throw new IllegalStateException("node-a did not get as far as its application context");
			}
			Future<ConfigurableApplicationContext> second = starting.submit(() -> node("node-b", url, key, () -> {
			}));
			a = first.get();
			b = second.get();
		}
		finally {
			starting.shutdown();
		}
		jdbc = a.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stopBoth() {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
	}

	@Test
	@Order(1)
	void twoDemoNodesStartedTogetherLoadOneCounty() {
		assertThat(count("select count(*) from organization.unit where region_code = '520999'")).isEqualTo(3);
		assertThat(count("select count(*) from security.account where username = 'clerk'")).isEqualTo(1);
		assertThat(count("select count(*) from casework.case_file")).isBetween(300L, 400L);
		// the year of accountability: four inspections of 登记注册科, their findings' cases heard and closed once
		assertThat(count("select count(*) from accountability.inspection")).isEqualTo(4);
		assertThat(count("select count(*) from accountability.accountability_case where source = 'INSPECTION' "
				+ "and state in ('DECIDED', 'EXEMPTED')")).isEqualTo(4);
		assertThat(count("select count(*) from accountability.accountability_case where state = 'DECIDED' "
				+ "and repeat_in_year")).isPositive();
	}

	// after the sweeps without the lock: by then many rows have been swept, but the nightly account sweep still finds
	// every account unused after a hundred days
	@Test
	@Order(3)
	void eachSweepRunsOnceWhenBothNodesTriggerItTogether() throws Exception {
		CLOCK.advance(Duration.ofDays(100));
		releaseLocks();
		long before = count("select coalesce(max(id), 0) from database.sweep_run");

		for (String sweep : SWEEPS) {
			both(node -> {
				scheduled(node, sweep).run();
				return null;
			});
		}

		Map<String, Long> runs = new HashMap<>();
		jdbc.sql("select sweep, count(*) from database.sweep_run where id > :before group by sweep")
			.param("before", before)
			.query((rs, n) -> runs.put(rs.getString(1), rs.getLong(2)))
			.list();
		assertThat(runs).containsOnlyKeys(SWEEPS).allSatisfy((sweep, count) -> assertThat(count).isEqualTo(1));
		assertThat(jdbc.sql("select distinct locked_by from shedlock").query(String.class).list())
			.isSubsetOf("node-a", "node-b");
		assertThat(count("select count(*) from database.sweep_run where id > " + before + " and result <> 'OK'"))
			.isZero();
		assertThat(count("select done from database.sweep_run where id > " + before
				+ " and sweep = 'security.unused-accounts'")).isPositive();
		assertThat(duplicateAuditEntries()).isZero();
	}

	// first of the sweeps, on the demo data as loaded: a month later many deadlines have turned and absences ended
	@Test
	@Order(2)
	void eachRowIsChangedOnceWhenBothNodesSweepAtOnceWithoutTheLock() throws Exception {
		CLOCK.advance(Duration.ofDays(30));
		Map<Long, String> statusesBefore = deadlineStatuses();
		long auditBefore = count("select count(*) " + SWEPT_AUDIT);

		List<SweepCount> cases = both(node -> node.getBean(Cases.class).markDeadlineStatuses());
		List<SweepCount> absences = both(node -> node.getBean(Substitutes.class).sweep());
		List<SweepCount> inquiries = both(node -> node.getBean(InquiryRegister.class).reportOverdue());
		List<SweepCount> refusals = both(node -> node.getBean(Refusals.class).reportOverdueDecisions());

		Map<Long, String> statusesAfter = deadlineStatuses();
		long changedCases = statusesAfter.keySet()
			.stream()
			.filter(id -> !Objects.equals(statusesBefore.get(id), statusesAfter.get(id)))
			.count();
		assertThat(changedCases).isPositive();
		assertThat(done(cases)).isEqualTo(changedCases);
		assertThat(done(absences) + done(inquiries) + done(refusals))
			.isEqualTo(count("select count(*) " + SWEPT_AUDIT) - auditBefore);
		assertThat(duplicateAuditEntries()).isZero();
	}

	private static Map<Long, String> deadlineStatuses() {
		Map<Long, String> statuses = new HashMap<>();
		jdbc.sql("select id, deadline_status from casework.case_file")
			.query((rs, n) -> statuses.put(rs.getLong(1), rs.getString(2)))
			.list();
		return statuses;
	}

	private static long done(List<SweepCount> counts) {
		return counts.stream().mapToLong(SweepCount::done).sum();
	}

	/** The same sweep action on the same object recorded twice: a sweep's work done twice. */
	private static long duplicateAuditEntries() {
		return count("select count(*) from (select action, object_id " + SWEPT_AUDIT
				+ " group by action, object_id having count(*) > 1) twice");
	}

	/** Runs the same work on both nodes, released at the same moment. */
	private static <T> List<T> both(Function<ConfigurableApplicationContext, T> work) throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<T>> results = new ArrayList<>();
			for (ConfigurableApplicationContext node : List.of(a, b)) {
				results.add(nodes.submit(() -> {
					together.await();
					return work.apply(node);
				}));
			}
			List<T> done = new ArrayList<>();
			for (Future<T> result : results) {
				done.add(result.get());
			}
			return done;
		}
		finally {
			nodes.shutdown();
		}
	}

	/** The task the node's scheduler would run for the sweep: through the bean's proxy, lock included. */
	private static Runnable scheduled(ConfigurableApplicationContext node, String sweep) {
		String method = switch (sweep) {
			case "casework.sweep" -> "CaseworkSweep.run";
			case "refusal.overdue-decisions" -> "OverdueDecisionSweep.run";
			case "substitution.absences" -> "AbsenceSweep.run";
			case "inquiry.overdue" -> "OverdueSweep.run";
			case "security.unused-accounts" -> "UnusedAccountSweep.disableUnusedAccounts";
			case "security.login-attempt-retention" -> "LoginAttemptRetention.prune";
			default -> "DispatchSchedule.dispatch";
		};
		return node.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.filter(task -> task.toString().endsWith("." + method))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no scheduled task " + method))
			.getRunnable();
	}

	/** The sweeps' intervals have passed: every lock is free again, as it would be at the next trigger. */
	private static void releaseLocks() {
		jdbc.sql("update shedlock set lock_until = now()").update();
	}

	private static long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** One node, configured by command-line arguments: they outrank application.properties, as on a real host. */
	private static ConfigurableApplicationContext node(String id, String url, byte[] key, Runnable loggingReady) {
		List<String> arguments = new ArrayList<>(List.of("--xiaoneng.crypto.key=" + HexFormat.of().formatHex(key),
				"--server.port=0", "--server.address=127.0.0.1", "--xiaoneng.node.id=" + id));
		arguments.addAll(SharedTestDatabase.connectionArguments(url));
		return new SpringApplicationBuilder(XiaonengApplication.class, NodeUnderTest.class).profiles("demo")
			.listeners((ApplicationListener<ApplicationEvent>) event -> {
				if (event instanceof ApplicationContextInitializedEvent) {
					loggingReady.run();
				}
			})
			.run(arguments.toArray(String[]::new));
	}

	/** The shared clock, and a scheduler that fires nothing: the test pulls every trigger itself. */
	@TestConfiguration(proxyBeanMethods = false)
	static class NodeUnderTest {

		@Bean
		@Primary
		MutableClock sharedClock() {
			return CLOCK;
		}

		@Bean
		TaskScheduler taskScheduler() {
			return new IdleScheduler();
		}
	}

	/** Accepts every task and never runs one. */
	static final class IdleScheduler implements TaskScheduler {

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
			return null;
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
			return null;
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
			return null;
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
			return null;
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
			return null;
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
			return null;
		}
	}
}
