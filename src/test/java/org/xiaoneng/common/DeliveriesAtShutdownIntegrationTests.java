package org.xiaoneng.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.xiaoneng.testing.IntegrationTest;

/** The executor that runs the application's deliveries is the one that leaves them to the next start at shutdown. */
@IntegrationTest
class DeliveriesAtShutdownIntegrationTests {

	@Autowired
	ThreadPoolTaskExecutor applicationTaskExecutor;

	@Test
	void theApplicationsExecutorLeavesLateDeliveriesToTheNextStart() {
		assertThat(applicationTaskExecutor.getThreadPoolExecutor().getRejectedExecutionHandler())
			.isInstanceOf(DeliveriesAtShutdown.LeaveForTheNextStart.class);
	}

}
