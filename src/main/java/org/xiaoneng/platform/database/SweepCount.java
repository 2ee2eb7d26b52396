package org.xiaoneng.platform.database;

/**
 * What one pass of a sweep did: the rows it changed and the rows it had to skip because they failed.
 *
 * @param done rows the sweep changed
 * @param failed rows that threw and were skipped (each logged with its id)
 */
public record SweepCount(int done, int failed) {

	/** Nothing done, nothing failed. */
	public static final SweepCount NONE = new SweepCount(0, 0);

	/** Both passes together, for a sweep made of several loops. */
	public SweepCount plus(SweepCount other) {
		return new SweepCount(done + other.done, failed + other.failed);
	}
}
