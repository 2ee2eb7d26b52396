package org.xiaoneng.supervision;

import org.springframework.context.ApplicationContext;

/**
 * The deadline sweep at hand for tests outside the module (the browser tests): the scheduler runs it on the wall
 * clock every ten minutes behind a cluster lock, while such a test moves the injected clock by days and needs the
 * day's run at once.
 */
public final class SupervisionSweepsAtHand {

	private SupervisionSweepsAtHand() {
	}

	/** The deadline sweep of the clock's day: its warnings, yellow and red cards raised and their holders told. */
	public static void classifyDeadlines(ApplicationContext beans) {
		beans.getBean(DeadlineWatch.class).classifyAndRaise();
	}
}
