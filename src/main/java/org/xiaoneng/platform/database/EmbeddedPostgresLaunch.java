package org.xiaoneng.platform.database;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the bean definitions are known, so that the server
 * comes up (a child process, mostly waiting for its postmaster) while Spring registers its post-processors and builds
 * the web server, instead of after them: the first bean that needs the database waits for {@link #server()} only for
 * what is left of the start. The server is the same one, started and secured the same way, with its roles ensured,
 * before anything connects; a start that fails fails the first bean that asks for it. A context closed before any
 * bean asked (another bean failed) still stops the server.
 */
final class EmbeddedPostgresLaunch implements BeanFactoryPostProcessor, DisposableBean {

	private final FutureTask<EmbeddedPostgresServer> start;

	private volatile boolean launched;

	EmbeddedPostgresLaunch(DatabaseSettings settings) {
		this.start = new FutureTask<>(() -> {
			var server = EmbeddedPostgresServer.start(settings.dataDirectory(), settings.binariesDirectory(),
					settings.port());
			try {
				DatabaseRoles.ensure(server, settings.database());
			}
			catch (RuntimeException e) {
				server.close();
				throw e;
			}
			return server;
		});
	}

	/** The bean definitions are known: nothing is created yet, and the server can start beside the rest. */
	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Thread thread = new Thread(start, "embedded-postgres-start");
		thread.setDaemon(true);
		launched = true;
		thread.start();
	}

	/** The started server; waits for the start (or runs it here, when no post-processing started it). */
	EmbeddedPostgresServer server() {
		launched = true;
		start.run(); // a no-op once the thread has it
		try {
			return start.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the embedded PostgreSQL was starting", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("Cannot start the embedded PostgreSQL", e.getCause());
		}
	}

	/** Stops the server even when no bean took it (closing twice is harmless); starts none to stop it. */
	@Override
	public void destroy() {
		if (!launched) {
			return;
		}
		try {
			server().close();
		}
		catch (RuntimeException failedStart) {
			// the start failed and stopped what it had started
		}
	}
}
