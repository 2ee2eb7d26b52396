package org.xiaoneng.badge;

import java.util.List;

import org.xiaoneng.common.KeysetPage;

/**
 * One page of the register, newest first, paged by keyset (docs/decisions/0037): the cursors of the pages before and
 * after it, and how many badges match, counted no further than the page ({@link org.xiaoneng.common.Keyset}).
 *
 * @param badges the badges of the page
 * @param previous the cursor of the page before, or {@code null} on the first
 * @param next the cursor of the page after, or {@code null} on the last
 * @param total how many badges match, or the badges shown when there are more
 * @param totalExact whether {@code total} is exact rather than "more than"
 */
public record BadgePage(List<BadgeView> badges, String previous, String next, long total, boolean totalExact) {

	static BadgePage of(KeysetPage<BadgeView> page) {
		return new BadgePage(page.rows(), page.previous(), page.next(), page.total(), page.totalExact());
	}
}
