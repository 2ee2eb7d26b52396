package org.xiaoneng.catalog;

import java.util.Optional;

/**
 * A promise with what was measured this month and this year; empty means no data yet (暂无数据).
 *
 * @param promise the promise
 * @param thisMonth the value from the first of this month to today
 * @param thisYear the value from the first of January to today
 */
public record MeasuredPromise(Promise promise, Optional<Measurement> thisMonth, Optional<Measurement> thisYear) {
}
