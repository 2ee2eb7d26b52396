package org.xiaoneng.casework;

import java.util.List;

/**
 * One page of a case list.
 *
 * @param cases the cases of the page
 * @param page the page number from 0
 * @param size the page size
 * @param total how many cases match
 */
public record CasePage(List<CaseSummary> cases, int page, int size, long total) {

	public CasePage {
		cases = List.copyOf(cases);
	}

	public int pages() {
		return (int) ((total + size - 1) / size);
	}
}
