package org.xiaoneng.catalog;

import java.math.BigDecimal;

/**
 * A measured value of a metric.
 *
 * @param value the value, in the metric's unit
 * @param sampleSize how many cases (or ratings) it was measured over
 */
public record Measurement(BigDecimal value, long sampleSize) {
}
