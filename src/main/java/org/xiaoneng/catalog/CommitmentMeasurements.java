package org.xiaoneng.catalog;

import java.time.LocalDate;
import java.util.Optional;

import org.xiaoneng.common.UnitId;

/**
 * Measured results of service commitments, supplied by the module that sees the cases (casework); catalog never
 * measures anything itself and shows "暂无数据" when no bean answers or the answer is empty, never a made-up number.
 */
public interface CommitmentMeasurements {

	/** The unit's value of the metric over the period, or empty when there is nothing to measure. */
	Optional<Measurement> measure(UnitId unitId, CommitmentMetric metric, LocalDate from, LocalDate toInclusive);
}
