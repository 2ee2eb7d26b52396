package org.xiaoneng.bench.campaign;

import java.util.ArrayList;
import java.util.List;

import org.xiaoneng.bench.FigureTable;

/**
 * What the campaign's parts found, written into the run's one table: each check is a count with the bound it must
 * keep, and the table says beside it whether it held. Counts that are only information (requests sent, seconds)
 * carry no bound.
 */
public final class Verdicts {

	private final FigureTable table;

	private final List<String> failures = new ArrayList<>();

	Verdicts(FigureTable table) {
		this.table = table;
	}

	/** A count that must be zero, e.g. cross-scope writes accepted or acknowledged writes lost. */
	public void zero(String part, String check, long found, String outOf) {
		atMost(part, check, found, 0, outOf);
	}

	/** A count that must not exceed a bound, e.g. seconds to recover after a crash. */
	public void atMost(String part, String check, double found, double bound, String unit) {
		boolean held = found <= bound;
		table.add("campaign " + part, check, figure(found), unit + " (must be ≤ " + figure(bound) + ") "
				+ (held ? "held" : "FAILED"));
		if (!held) {
			failures.add(part + ": " + check);
		}
	}

	/** A check that must be true, e.g. an edited audit entry detected. */
	public void holds(String part, String check, boolean held, String detail) {
		table.add("campaign " + part, check, held ? "yes" : "no", detail + " " + (held ? "held" : "FAILED"));
		if (!held) {
			failures.add(part + ": " + check);
		}
	}

	/** A figure without a bound: how much was tried, how long it took. */
	public void figure(String part, String metric, double value, String unit) {
		table.add("campaign " + part, metric, figure(value), unit);
	}

	/** Several figures in one row, already written out, e.g. a count and three percentiles. */
	public void figures(String part, String metric, String values, String unit) {
		table.add("campaign " + part, metric, values, unit);
	}

	/** Counts as whole numbers, measured figures with three significant digits. */
	private static String figure(double value) {
		return value == Math.rint(value) ? FigureTable.number(value, 0)
				: FigureTable.number(value, FigureTable.decimalsFor(value));
	}

	/** The checks that did not hold, as "part: check". */
	public List<String> failures() {
		return List.copyOf(failures);
	}
}
