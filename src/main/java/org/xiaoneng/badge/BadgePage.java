package org.xiaoneng.badge;

import java.util.List;

/**
 * One page of the register.
 *
 * @param badges the badges of the page
 * @param page the page, from 0
 * @param size the page size
 * @param total how many badges match in all
 */
public record BadgePage(List<BadgeView> badges, int page, int size, long total) {

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
