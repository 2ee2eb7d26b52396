package org.xiaoneng.platform.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs a dispatch round after each pause of {@code xiaoneng.notification.dispatch-interval}, on one node of the
 * cluster at a time. A node with {@code xiaoneng.notification.dispatch-enabled=false} leaves sending to the others;
 * tests switch it off and run rounds themselves. Its lock has no minimum hold: rounds follow each other on a fixed
 * delay rather than a shared trigger, and each message is claimed by one round only, so a round on another node right
 * after this one sends nothing twice.
 */
@Component
@ConditionalOnBooleanProperty(name = "xiaoneng.notification.dispatch-enabled", matchIfMissing = true)
class DispatchSchedule {

	static final String SWEEP = "notification-dispatch";

	private final Dispatcher dispatcher;

	private final Sweeps sweeps;

	DispatchSchedule(Dispatcher dispatcher, Sweeps sweeps) {
		this.dispatcher = dispatcher;
		this.sweeps = sweeps;
	}

	// The lock outlives the longest round with the default settings: 50 messages, each at most 5 s to connect and
	// 10 s for the gateway's answer.
	@Scheduled(fixedDelayString = "${xiaoneng.notification.dispatch-interval:30s}")
	@SchedulerLock(name = SWEEP, lockAtMostFor = "PT15M")
	public void dispatch() {
		// a message that fails is retried by the outbox, not a failed row of the sweep
		sweeps.run(SWEEP, () -> new SweepCount(dispatcher.dispatchRound(), 0));
	}
}
