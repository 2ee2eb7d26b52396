package org.xiaoneng.common;

import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the task executor does with a delivery handed to it while the node stops.
 * <p>
 * The executor runs {@link ModuleListener} deliveries only. A stopping node first refuses new tasks, then lets the
 * ones at work finish (application.properties). A delivery that finishes can hand on the events it published, and
 * those arrive after the refusal: the pool used to throw, and each commit logged the refusal as an error. The event of
 * such a delivery is already in the publication registry, incomplete, and the next start delivers it again
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). So a task offered to a pool that is shut
 * down is left to that redelivery and said once at INFO. A refusal while the pool runs still throws.
 */
@Configuration(proxyBeanMethods = false)
class DeliveriesAtShutdown {

	private static final Logger log = LoggerFactory.getLogger(DeliveriesAtShutdown.class);

	@Bean
	ThreadPoolTaskExecutorCustomizer leaveDeliveriesForTheNextStart() {
		return executor -> executor.setRejectedExecutionHandler(new LeaveForTheNextStart());
	}

	/** Leaves a task offered to a closed pool to the registry's redelivery; refuses as before while the pool runs. */
	static final class LeaveForTheNextStart implements RejectedExecutionHandler {

		private final RejectedExecutionHandler refuse = new ThreadPoolExecutor.AbortPolicy();

		@Override
		public void rejectedExecution(Runnable task, ThreadPoolExecutor pool) {
			if (pool.isShutdown()) {
				log.info("Node stopping: a delivery offered after the executor closed is left to the next start, "
						+ "which delivers every incomplete event publication again");
				return;
			}
			refuse.rejectedExecution(task, pool);
		}

	}

}
