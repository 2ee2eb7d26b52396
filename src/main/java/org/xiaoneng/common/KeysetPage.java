package org.xiaoneng.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list paged by {@link Keyset}: its rows, the cursors of the pages before and after ({@code null} where
 * there is none), and how many rows match, exactly or at least {@code total} when counting stopped at the cap.
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
