package org.xiaoneng.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table a run prints: a row per figure, in the order the figures were taken.
 */
public final class FigureTable {

	private static final List<String> HEADINGS = List.of("benchmark / scenario", "metric", "value", "unit");

	private final List<List<String>> rows = new ArrayList<>();

	public void add(String subject, String metric, String value, String unit) {
		rows.add(List.of(subject, metric, value, unit));
	}

	/** A figure with its thousands grouped and a fixed number of decimals, the same in every locale. */
	public static String number(double value, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

	/** Enough decimals to show three significant digits of a small figure, none for a large one. */
	public static int decimalsFor(double value) {
		double magnitude = Math.abs(value);
		return magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
	}

	void print(PrintStream out) {
		int[] widths = new int[HEADINGS.size()];
		List<List<String>> lines = new ArrayList<>();
		lines.add(HEADINGS);
		lines.addAll(rows);
		for (List<String> line : lines) {
			for (int column = 0; column < widths.length; column++) {
				widths[column] = Math.max(widths[column], line.get(column).length());
			}
		}
		StringBuilder rule = new StringBuilder();
		for (int column = 0; column < widths.length; column++) {
			rule.append(column == 0 ? "" : "  ").append("-".repeat(widths[column]));
		}
		out.println(format(HEADINGS, widths));
		out.println(rule);
		for (List<String> row : rows) {
			out.println(format(row, widths));
		}
	}

	/** Text left-aligned, values right-aligned so that their digits line up. */
	private static String format(List<String> line, int[] widths) {
		StringBuilder text = new StringBuilder();
		for (int column = 0; column < widths.length; column++) {
			String cell = line.get(column);
			String padding = " ".repeat(widths[column] - cell.length());
			text.append(column == 0 ? "" : "  ").append(column == 2 ? padding + cell : cell + padding);
		}
		return text.toString().stripTrailing();
	}
}
