package org.xiaoneng.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time load the demo data. The loaders (application runners, then ready-event listeners in every
 * module) each skip what is there already, but two nodes starting together on one database would both find nothing
 * and both build the county; the second then fails on the first one's units. So the first runner takes a PostgreSQL
 * session advisory lock and the last ready listener gives it back: the other node waits, then finds the county built
 * and skips. The lock dies with its connection, so a node killed while loading blocks nobody. A waiting node is not
 * ready for traffic (readiness turns to accepting only after the ready listeners have run).
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoLoadLock implements ApplicationRunner, DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(DemoLoadLock.class);

	/** The advisory lock's key: "xiaoneng" in ASCII, so that it is recognisable in pg_locks. */
	static final long KEY = 0x7869616f6e656e67L;

	private final DataSource dataSource;

	private Connection held;

	/** When this node took the lock, to log how long the demo loaders took (the bench reads the line). */
	private long lockedAt;

	DemoLoadLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public synchronized void run(ApplicationArguments arguments) throws SQLException {
		Connection connection = dataSource.getConnection();
		try (var tryLock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
			tryLock.setLong(1, KEY);
			try (var result = tryLock.executeQuery()) {
				result.next();
				if (!result.getBoolean(1)) {
					LOG.info("Another node is loading the demo data; waiting for it to finish");
					try (var lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
						lock.setLong(1, KEY);
						lock.execute();
					}
				}
			}
		}
		catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
		held = connection;
		lockedAt = System.nanoTime();
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void loaded() throws SQLException {
		if (held != null) {
			// a restart on a loaded database finds everything in place: then this is the loaders' cost of looking
			LOG.info("Demo data in place {} ms after the loaders started", (System.nanoTime() - lockedAt) / 1_000_000);
		}
		release();
	}

	@Override
	public void destroy() throws SQLException {
		release();
	}

	private synchronized void release() throws SQLException {
		if (held == null) {
			return;
		}
		try (Connection connection = held) {
			held = null;
			try (var unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
				unlock.setLong(1, KEY);
				unlock.execute();
			}
		}
	}
}
