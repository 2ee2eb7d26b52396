package org.xiaoneng.testing;

import java.time.Duration;

import org.springframework.core.task.TaskDecorator;

/**
 * Knows when the application's event listeners have done their work. Listeners ({@code @ModuleListener})
 * run on the task executor after the publishing transaction commits; this decorator, which Spring Boot puts on that
 * executor, counts the tasks in flight and wakes whoever waits when the last one ends. A test that must not take a
 * listener's writes for the next request's waits on that, not on a timer.
 */
public final class ListenersAtRest implements TaskDecorator {

	private int running;

	@Override
	public Runnable decorate(Runnable task) {
		synchronized (this) {
			running++;
		}
		return () -> {
			try {
				task.run();
			}
			finally {
				synchronized (this) {
					running--;
					notifyAll();
				}
			}
		};
	}

	/**
	 * Returns once no listener task is queued or running, or when {@code limit} has passed (a listener that hangs is
	 * not the caller's to wait for), and says which: a test that counts what the listeners wrote asserts it is
	 * {@code true}, since on a busy machine they may still be working. A task submitted by a running one is counted
	 * before that one ends.
	 */
	public synchronized boolean await(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		try {
			while (running > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
