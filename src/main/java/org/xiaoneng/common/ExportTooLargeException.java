package org.xiaoneng.common;

/**
 * An export would hold more rows than a workbook may: a 400 that asks for a narrower filter, nothing written. Exports
 * read every row their filter selects within the caller's scope (decision 0037), up to {@link #MOST_ROWS}.
 */
public class ExportTooLargeException extends RuleViolationException {

	/** The most rows an export holds: more than a county unit's year of a register, and what Excel opens at once. */
	public static final int MOST_ROWS = 10_000;

	public ExportTooLargeException() {
		super(Kind.INVALID_INPUT, "export.tooMany", MOST_ROWS);
	}
}
