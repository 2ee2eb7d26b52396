package org.xiaoneng.common;

import java.util.Objects;

/**
 * How many pieces of one kind of open work the signed-in person has, and the list that shows exactly them: the
 * workbench shows it as a figure linking to {@code link}, the sidebar as a count on the entry of that list's path.
 *
 * @param messageKey the message key of what is counted, e.g. {@code casework.count.mine}
 * @param link the list that shows the counted work, e.g. {@code /cases?list=MINE}
 * @param count how many
 * @param atLeast whether counting stopped at {@code count} and there are at least as many
 * @param tone how urgent the work is, for its colour (and its words)
 * @param area the work area it belongs to
 */
public record WorkCount(String messageKey, String link, long count, boolean atLeast, Tone tone, WorkArea area) {

	/** The urgency of counted work: to do, in the warning window (黄牌预警), overdue (红牌超期). */
	public enum Tone {
		PLAIN, WARNING, OVERDUE
	}

	public WorkCount {
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(tone, "tone");
		Objects.requireNonNull(area, "area");
	}

	/**
	 * The most a figure counts: beyond it the workbench shows "99+". A source counting through a list asks for a page
	 * of this size and reads {@link #of(String, String, KeysetPage, Tone, WorkArea)}, so that a paint never counts
	 * more rows than that (issue 20).
	 */
	public static final int MOST = 99;

	/** The figure of a list's first page: its rows, with "+" when the list goes on. */
	public static WorkCount of(String messageKey, String link, KeysetPage<?> page, Tone tone, WorkArea area) {
		return new WorkCount(messageKey, link, page.total(), !page.totalExact(), tone, area);
	}

	/** An exact count of plain work. */
	public static WorkCount of(String messageKey, String link, long count, WorkArea area) {
		return new WorkCount(messageKey, link, count, false, Tone.PLAIN, area);
	}

	/** The path of the list, without its query or fragment: the menu entry that carries the count. */
	public String path() {
		int end = link.length();
		for (char delimiter : new char[] { '?', '#' }) {
			int at = link.indexOf(delimiter);
			end = at < 0 ? end : Math.min(end, at);
		}
		return link.substring(0, end);
	}
}
