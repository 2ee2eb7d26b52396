package org.xiaoneng.platform.database;

import java.time.OffsetDateTime;

/**
 * One run of a sweep as the health page shows it.
 *
 * @param sweep the sweep's lock name, e.g. {@code casework.sweep}
 * @param node the node that ran it
 * @param startedAt when it started, in the business time zone
 * @param finishedAt when it finished, or null while it runs (or when its node died during the run)
 * @param done rows changed
 * @param failed rows skipped after an error
 * @param result RUNNING, OK, PARTIAL (some rows failed) or FAILED (the run stopped)
 * @param failedRows the ids of the first rows that failed, for the operator to look at
 */
public record SweepRun(String sweep, String node, OffsetDateTime startedAt, OffsetDateTime finishedAt, int done, int failed,
		String result, String failedRows) {

	/** Whether the run needs an operator: a row failed, or the run itself did. */
	public boolean failing() {
		return "PARTIAL".equals(result) || "FAILED".equals(result);
	}
}
