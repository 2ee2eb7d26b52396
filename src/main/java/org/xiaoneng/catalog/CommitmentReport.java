package org.xiaoneng.catalog;

import java.util.List;

/**
 * A published commitment as the public sees it: each promise with its measured values, and the average by which
 * the unit's promised limits are shorter than the statutory ones.
 *
 * @param commitment the commitment in force
 * @param promises its promises, measured where they have a metric
 * @param averageReductionPercent the average reduction, or {@code null} when no item has a statutory limit
 */
public record CommitmentReport(ServiceCommitment commitment, List<MeasuredPromise> promises,
		Integer averageReductionPercent) {

	public CommitmentReport {
		promises = List.copyOf(promises);
	}
}
