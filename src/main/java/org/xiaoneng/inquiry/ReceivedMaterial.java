package org.xiaoneng.inquiry;

/**
 * Material the visitor handed over with the inquiry.
 *
 * @param name what it is
 * @param count how many
 */
public record ReceivedMaterial(String name, int count) {
}
