package org.xiaoneng.common;

/** A paging cursor that is not one a list gave out (edited, truncated, or from another order): a 400, nothing read. */
public class BadCursorException extends RuleViolationException {

	public BadCursorException() {
		super(Kind.INVALID_INPUT, "paging.badCursor");
	}
}
