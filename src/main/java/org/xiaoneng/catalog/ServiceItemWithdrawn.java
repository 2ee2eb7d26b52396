package org.xiaoneng.catalog;

/** An item was withdrawn (停用); {@code version} was the one in force or published last. */
public record ServiceItemWithdrawn(long itemId, int version, long unitId) {
}
