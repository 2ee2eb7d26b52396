package org.xiaoneng.accountability;

import java.util.List;

/**
 * One page of a case list, newest first, paged by keyset (docs/decisions/0037).
 *
 * @param items the cases of the page, newest first
 * @param previous the cursor of the page before, or {@code null} on the first
 * @param next the cursor of the page after, or {@code null} on the last
 * @param total how many cases the list has, or the cases shown when there are more
 * @param totalExact whether {@code total} is exact rather than "more than"
 */
public record CasePage(List<CaseRow> items, String previous, String next, long total, boolean totalExact) {

	public CasePage {
		items = List.copyOf(items);
	}
}
