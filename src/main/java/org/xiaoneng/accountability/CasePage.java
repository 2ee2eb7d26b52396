package org.xiaoneng.accountability;

import java.util.List;

/**
 * One page of a case list.
 *
 * @param items the cases of the page, newest first
 * @param page the page's number, from 0
 * @param size the most a page holds
 * @param total how many cases the whole list has
 */
public record CasePage(List<CaseRow> items, int page, int size, long total) {

	public CasePage {
		items = List.copyOf(items);
	}
}
