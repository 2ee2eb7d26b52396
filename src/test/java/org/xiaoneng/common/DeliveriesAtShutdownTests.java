package org.xiaoneng.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class DeliveriesAtShutdownTests {

	@Test
	void aDeliveryOfferedToAClosedPoolIsLeftForTheNextStartAndNeverRuns() {
		ThreadPoolTaskExecutor executor = executor(10);
		executor.shutdown();
		AtomicBoolean ran = new AtomicBoolean();

		assertThatNoException().isThrownBy(() -> executor.submit(() -> ran.set(true)));
		assertThat(ran).isFalse();
	}

	@Test
	void aPoolThatRunsStillRefusesWhatItCannotHold() throws InterruptedException {
		ThreadPoolTaskExecutor executor = executor(0);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch busy = new CountDownLatch(1);
		try {
			executor.execute(() -> {
				busy.countDown();
				awaitQuietly(release);
			});
			busy.await();

			assertThatThrownBy(() -> executor.execute(() -> { })).isInstanceOf(TaskRejectedException.class);
		}
		finally {
			release.countDown();
			executor.shutdown();
		}
	}

	private static ThreadPoolTaskExecutor executor(int queueCapacity) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(queueCapacity);
		new DeliveriesAtShutdown().leaveDeliveriesForTheNextStart().customize(executor);
		executor.initialize();
		return executor;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
