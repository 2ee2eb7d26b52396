package org.xiaoneng.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A signal that crosses the nodes sharing one database (decision 0058): a change sends it on a channel inside its
 * transaction (PostgreSQL's {@code NOTIFY}, delivered on commit and never after a rollback), and every node's callbacks
 * for the channel run once it committed, this node's right at its commit. Each node listens on one connection of its
 * own, outside the pool. While that connection is down nothing can be heard, so {@link #listening()} is false, and
 * every callback runs when it is lost and again once it listens anew: whatever a node keeps in memory under a signal
 * is dropped, and not kept while the node cannot hear (see {@link SignalledCopy}).
 */
@Component
public class NodeSignals implements SmartLifecycle {

	/** The listening connection's name in {@code pg_stat_activity}. */
	public static final String APPLICATION_NAME = "xiaoneng-node-signals";

	private static final Logger log = LoggerFactory.getLogger(NodeSignals.class);

	private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z_]{0,62}");

	/** How long one wait for notices lasts, and so how soon a lost connection or a stop is noticed. */
	private static final int WAIT_MILLIS = 500;

	private static final long RETRY_MILLIS = 1_000;

	private final HikariDataSource pool;

	private final JdbcTemplate jdbc;

	private final Map<String, List<Runnable>> callbacks = new ConcurrentHashMap<>();

	private volatile boolean listening;

	private volatile CountDownLatch stopped;

	private volatile Thread listener;

	public NodeSignals(DataSource dataSource) {
		this.pool = unwrap(dataSource);
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Runs the callback whenever the channel is signalled, and whenever this node may have missed a signal. */
	public void listen(String channel, Runnable callback) {
		if (listener != null) {
			throw new IllegalStateException("listen to " + channel + " before the node starts listening");
		}
		callbacks.computeIfAbsent(valid(channel), c -> new CopyOnWriteArrayList<>()).add(callback);
	}

	/**
	 * Signals the channel: inside a transaction, to every node once it commits (this one's callbacks run right after
	 * the commit, the other nodes' on delivery), and not at all if it rolls back; without one, at once.
	 */
	public void send(String channel) {
		jdbc.query("select pg_notify(?, '')", (ResultSet none) -> null, valid(channel));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			signalled(channel);
			return;
		}
		Set<String> sent = sentInThisTransaction();
		if (sent == null) {
			sent = new HashSet<>();
			TransactionSynchronizationManager.bindResource(this, sent);
			Set<String> channels = sent;
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(NodeSignals.this);
					if (status == STATUS_COMMITTED) {
						channels.forEach(NodeSignals.this::signalled);
					}
				}
			});
		}
		sent.add(channel);
	}

	/** Whether the running transaction has signalled the channel: what it reads may not have committed yet. */
	public boolean sentInThisTransaction(String channel) {
		Set<String> sent = sentInThisTransaction();
		return sent != null && sent.contains(channel);
	}

	/** Whether this node hears the signals now; while it does not, nothing may be served from memory kept under one. */
	public boolean listening() {
		return listening;
	}

	@Override
	public void start() {
		CountDownLatch stop = new CountDownLatch(1);
		stopped = stop;
		Connection first = connect();
		Thread thread = new Thread(() -> run(first, stop), "node-signals");
		thread.setDaemon(true);
		listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = listener;
		if (thread == null) {
			return;
		}
		stopped.countDown();
		try {
			thread.join(WAIT_MILLIS * 4L);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		listener = null;
	}

	@Override
	public boolean isRunning() {
		return listener != null;
	}

	private void run(Connection first, CountDownLatch stop) {
		Connection connection = first;
		while (stop.getCount() > 0) {
			if (connection != null) {
				hear(connection, stop);
			}
			try {
				if (stop.await(RETRY_MILLIS, TimeUnit.MILLISECONDS)) {
					return;
				}
			}
			catch (InterruptedException e) {
				return;
			}
			connection = connect();
		}
		if (connection != null) {
			close(connection);
		}
	}

	/** Listens on the connection until it is lost or the node stops; either way nothing is heard afterwards. */
	private void hear(Connection connection, CountDownLatch stop) {
		try (connection) {
			PGConnection notices = connection.unwrap(PGConnection.class);
			// signals missed before this connection listened: everything kept is read again
			callbacks.keySet().forEach(this::signalled);
			listening = true;
			while (stop.getCount() > 0) {
				PGNotification[] arrived = notices.getNotifications(WAIT_MILLIS);
				if (arrived != null) {
					for (PGNotification notice : arrived) {
						signalled(notice.getName());
					}
				}
			}
		}
		catch (SQLException | RuntimeException lost) {
			if (stop.getCount() > 0) {
				log.warn("Node signals: the listening connection was lost; what is kept under a signal is read from"
						+ " the database until it listens again", lost);
			}
		}
		finally {
			listening = false;
			callbacks.keySet().forEach(this::signalled);
		}
	}

	/** A connection of its own, outside the pool, listening on every channel; {@code null} when none can be had. */
	private Connection connect() {
		Properties properties = new Properties();
		properties.setProperty("user", pool.getUsername());
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		Connection connection = null;
		try {
			connection = DriverManager.getConnection(pool.getJdbcUrl(), properties);
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				for (String channel : callbacks.keySet()) {
					statement.execute("LISTEN " + channel);
				}
			}
			return connection;
		}
		catch (SQLException failed) {
			log.warn("Node signals: cannot listen on the database; trying again in {} ms", RETRY_MILLIS, failed);
			if (connection != null) {
				close(connection);
			}
			return null;
		}
	}

	private void signalled(String channel) {
		callbacks.getOrDefault(channel, List.of()).forEach(Runnable::run);
	}

	@SuppressWarnings("unchecked")
	private Set<String> sentInThisTransaction() {
		return TransactionSynchronizationManager.isSynchronizationActive()
				? (Set<String>) TransactionSynchronizationManager.getResource(this) : null;
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ignored) {
			// the connection is gone either way
		}
	}

	private static String valid(String channel) {
		if (!CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("not a channel name: " + channel);
		}
		return channel;
	}

	private static HikariDataSource unwrap(DataSource dataSource) {
		try {
			return dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException notHikari) {
			throw new IllegalStateException("node signals connect as the pool does, and need its settings", notHikari);
		}
	}
}
