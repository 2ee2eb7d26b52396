package org.xiaoneng.badge;

import java.util.List;

import org.xiaoneng.common.KeysetPage;

/**
 * One page of the register, newest first, paged by keyset (docs/decisions/0037): the cursors of the pages before and
 * after it, and how many badges match, counted up to {@link org.xiaoneng.common.Keyset#COUNT_CAP}.
 *
 * @param badges the badges of the page
 * @param previous the cursor of the page before, or {@code null} on the first
 * @param next the cursor of the page after, or {@code null} on the last
 * @param total how many badges match, or the cap when there are more
 * @param totalExact whether {@code total} is exact rather than the cap
 */
public record BadgePage(List<BadgeView> badges, String previous, String next, long total, boolean totalExact) {

	static BadgePage of(KeysetPage<BadgeView> page) {
		return new BadgePage(page.rows(), page.previous(), page.next(), page.total(), page.totalExact());
	}
}
