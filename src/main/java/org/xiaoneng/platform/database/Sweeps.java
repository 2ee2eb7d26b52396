package org.xiaoneng.platform.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How every scheduled sweep works through its rows and reports: one row at a time in its own transaction (or a page
 * of rows in one, worked again row by row when it fails), so that a row the rules (or a bug) refuse is logged with its
 * id, skipped, and stops no other; and each run recorded in the shared {@code database.sweep_run} table with its node
 * and counts, so that a sweep failing on some node shows on every node's health page.
 */
@Component
public class Sweeps {

	private static final Logger LOG = LoggerFactory.getLogger(Sweeps.class);

	/** Runs older than this are dropped as new ones are recorded: the page shows recent health, not history. */
	private static final Duration KEPT = Duration.ofDays(14);

	/** At most this many failed ids are kept per run; the log has all of them. */
	private static final int FAILED_IDS_KEPT = 20;

	private final JdbcClient jdbc;

	private final NodeIdentity node;

	private final Clock clock;

	private final TransactionTemplate rowTransaction;

	private final ThreadLocal<List<String>> failedIds = new ThreadLocal<>();

	Sweeps(JdbcClient jdbc, NodeIdentity node, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.node = node;
		this.clock = clock;
		this.rowTransaction = new TransactionTemplate(transactionManager);
		// A row of its own when the sweep runs alone; a savepoint when a caller (a demo loader) holds a transaction,
		// so that the failed row is undone without dooming the caller's work.
		this.rowTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Works on each row in its own transaction. {@code work} returns whether it changed the row; a row that throws is
	 * rolled back, logged with the sweep's name and the row's id (never its content, which may be personal data),
	 * counted as failed and skipped.
	 */
	public <T> SweepCount each(String sweep, Iterable<T> rows, Function<? super T, ?> id,
			Predicate<? super T> work) {
		int done = 0;
		int failed = 0;
		for (T row : rows) {
			try {
				if (Boolean.TRUE.equals(rowTransaction.execute(status -> work.test(row)))) {
					done++;
				}
			}
			catch (RuntimeException e) {
				failed++;
				String rowId = String.valueOf(id.apply(row));
				StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
				// The exception's class and place only: its message may quote the row's personal data.
				LOG.error("Sweep {} skipped row {} after {} at {}", sweep, rowId, e.getClass().getName(), where);
				List<String> ids = failedIds.get();
				if (ids != null && ids.size() < FAILED_IDS_KEPT) {
					ids.add(rowId);
				}
			}
		}
		return new SweepCount(done, failed);
	}

	/**
	 * Works on the rows a page at a time, each page in one transaction, for a sweep whose rows need a few statements
	 * each and whose commits would otherwise cost more than the work. {@code work} handles a page (or a single row)
	 * and returns how many rows it changed; it must leave a row it already changed alone when given it again. A page
	 * that throws is rolled back whole and worked again row by row as {@link #each} does, so that the row the rules
	 * (or a bug) refuse is logged and skipped and the rest of its page still commits.
	 */
	public <T> SweepCount pages(String sweep, List<T> rows, int pageSize, Function<? super T, ?> id,
			ToIntFunction<List<T>> work) {
		SweepCount count = SweepCount.NONE;
		for (int from = 0; from < rows.size(); from += pageSize) {
			List<T> page = rows.subList(from, Math.min(rows.size(), from + pageSize));
			Integer done;
			try {
				done = rowTransaction.execute(status -> work.applyAsInt(page));
			}
			catch (RuntimeException e) {
				LOG.warn("Sweep {} works a page of {} rows one by one after {}", sweep, page.size(),
						e.getClass().getName());
				count = count.plus(each(sweep, page, id, row -> work.applyAsInt(List.of(row)) > 0));
				continue;
			}
			count = count.plus(new SweepCount(done == null ? 0 : done, 0));
		}
		return count;
	}

	/**
	 * Runs one trigger of a sweep on this node and records it: started, then finished with its counts and result (OK,
	 * PARTIAL when rows were skipped, FAILED when the run itself threw — logged, not rethrown, as the scheduler would
	 * only log it too).
	 */
	public SweepCount run(String sweep, Supplier<SweepCount> body) {
		long runId = started(sweep);
		failedIds.set(new ArrayList<>());
		try {
			SweepCount count = body.get();
			finished(runId, count, count.failed() == 0 ? "OK" : "PARTIAL");
			return count;
		}
		catch (RuntimeException e) {
			LOG.error("Sweep {} stopped after {}", sweep, e.getClass().getName(), e);
			finished(runId, SweepCount.NONE, "FAILED");
			return SweepCount.NONE;
		}
		finally {
			failedIds.remove();
		}
	}

	/** The latest run of each sweep, whichever node ran it, by sweep name. */
	public List<SweepRun> latestRuns() {
		return jdbc.sql("""
				select distinct on (sweep) sweep, node, started_at, finished_at, done, failed, result, failed_rows
				from database.sweep_run order by sweep, started_at desc, id desc""")
			.query((rs, n) -> new SweepRun(rs.getString("sweep"), rs.getString("node"), local(rs.getTimestamp("started_at")),
					local(rs.getTimestamp("finished_at")),
					rs.getInt("done"), rs.getInt("failed"), rs.getString("result"), rs.getString("failed_rows")))
			.list();
	}

	private OffsetDateTime local(Timestamp at) {
		return at == null ? null : OffsetDateTime.ofInstant(at.toInstant(), clock.getZone());
	}

	private long started(String sweep) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("delete from database.sweep_run where sweep = :sweep and started_at < :before")
			.param("sweep", sweep)
			.param("before", Timestamp.from(clock.instant().minus(KEPT)))
			.update();
		return jdbc.sql("""
				insert into database.sweep_run (sweep, node, started_at, result) values (:sweep, :node, :now, 'RUNNING')
				returning id""")
			.param("sweep", sweep)
			.param("node", node.id())
			.param("now", now)
			.query(Long.class)
			.single();
	}

	private void finished(long runId, SweepCount count, String result) {
		List<String> ids = failedIds.get();
		jdbc.sql("""
				update database.sweep_run set finished_at = :now, done = :done, failed = :failed, result = :result,
				failed_rows = :rows where id = :id""")
			.param("now", Timestamp.from(clock.instant()))
			.param("done", count.done())
			.param("failed", count.failed())
			.param("result", result)
			.param("rows", ids == null || ids.isEmpty() ? null : String.join(",", ids))
			.param("id", runId)
			.update();
	}
}
