package org.xiaoneng.catalog;

/**
 * One promise of a service commitment.
 *
 * @param number from 1
 * @param category the part it belongs to
 * @param text what is promised
 * @param metric what measures it, or {@code null} when it is not measurable
 */
public record Promise(int number, PromiseCategory category, String text, CommitmentMetric metric) {
}
