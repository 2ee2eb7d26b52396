package org.xiaoneng.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list paged by {@link Keyset}: its rows, the cursors of the pages before and after ({@code null} where
 * there is none), and how many rows match: exactly when the whole list is on this first page, otherwise more than
 * {@code total}, the rows shown ({@code totalExact} false): no list counts beyond its page.
 */
public record KeysetPage<T>(List<T> rows, String previous, String next, long total, boolean totalExact) {

	public KeysetPage {
		rows = List.copyOf(rows);
	}

	/** The same page with each row turned into what the caller shows. */
	public <R> KeysetPage<R> map(Function<T, R> view) {
		return new KeysetPage<>(rows.stream().map(view).toList(), previous, next, total, totalExact);
	}
}
