package org.xiaoneng.casework;

import java.util.List;

/**
 * One page of a case list.
 *
 * @param cases the cases of the page
 * @param page the page number from 0
 * @param size the page size
 * @param total how many cases match, or, when {@code totalExact} is false, how many at least (counting stops at
 *        1,000 or just past the page asked for, so that a long queue does not cost a count of all its cases)
 * @param totalExact whether {@code total} is the exact count
 */
public record CasePage(List<CaseSummary> cases, int page, int size, long total, boolean totalExact) {

	public CasePage {
		cases = List.copyOf(cases);
	}

	public int pages() {
		return (int) ((total + size - 1) / size);
	}
}
