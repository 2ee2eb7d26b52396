package org.xiaoneng.supervision.cockpit;

/** Shares in per cent with one decimal, as the cockpit shows them. */
final class Rates {

	private Rates() {
	}

	/** {@code part} of {@code whole} in per cent, or {@code null} when there is nothing to divide. */
	static Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
	}

	/** The mean of {@code sum} over {@code count}, one decimal, or {@code null} when there is nothing to average. */
	static Double mean(long sum, long count) {
		return count == 0 ? null : Math.round(sum * 10.0 / count) / 10.0;
	}
}
