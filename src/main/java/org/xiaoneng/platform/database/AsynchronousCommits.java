package org.xiaoneng.platform.database;

/**
 * Marks the thread that loads data the application can build again from nothing (the demo county): its transactions
 * commit without waiting for the write-ahead log to reach the disk ({@code synchronous_commit = off} for those
 * transactions alone, set by {@link PlatformTransactions}). PostgreSQL still applies each of them whole or not at all;
 * a crash of the machine may lose the last few committed, never part of one, and never anything committed by another
 * thread. The demo county's thousands of small transactions otherwise each wait for one flush (decision 0060).
 */
final class AsynchronousCommits {

	private static final ThreadLocal<Boolean> LOADING = ThreadLocal.withInitial(() -> Boolean.FALSE);

	private AsynchronousCommits() {
	}

	/** From now on, this thread's transactions do not wait for their flush. */
	static void beginOnThisThread() {
		LOADING.set(Boolean.TRUE);
	}

	/** This thread's transactions wait for their flush again. */
	static void endOnThisThread() {
		LOADING.remove();
	}

	static boolean onThisThread() {
		return LOADING.get();
	}
}
