package org.xiaoneng.catalog;

import java.time.LocalDate;

/** A version of an item was published; it is in force from {@code effectiveFrom}. */
public record ServiceItemPublished(long itemId, int version, long unitId, LocalDate effectiveFrom) {
}
