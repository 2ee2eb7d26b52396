package org.xiaoneng.platform.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs a dispatch round after each pause of {@code xiaoneng.notification.dispatch-interval}, on one node of the
 * cluster at a time. A node with {@code xiaoneng.notification.dispatch-enabled=false} leaves sending to the others;
 * tests switch it off and run rounds themselves.
 */
@Component
@ConditionalOnBooleanProperty(name = "xiaoneng.notification.dispatch-enabled", matchIfMissing = true)
class DispatchSchedule {

	private final Dispatcher dispatcher;

	DispatchSchedule(Dispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	// The lock outlives the longest round with the default settings: 50 messages, each at most 5 s to connect and
	// 10 s for the gateway's answer.
	@Scheduled(fixedDelayString = "${xiaoneng.notification.dispatch-interval:30s}")
	@SchedulerLock(name = "notification-dispatch", lockAtMostFor = "PT15M")
	public void dispatch() {
		dispatcher.dispatchRound();
	}
}
