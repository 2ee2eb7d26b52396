package org.xiaoneng.organization;

import java.util.List;

/**
 * One page of the staff list.
 *
 * @param staff the staff on this page
 * @param page the page, from 0
 * @param size the most staff a page holds
 * @param total how many staff match in all
 */
public record StaffPage(List<StaffMember> staff, int page, int size, long total) {

	/** The largest page one may ask for. */
	public static final int LARGEST = 1000;

	public StaffPage {
		staff = List.copyOf(staff);
	}

	/** How many pages the matching staff fill (at least one, empty when nobody matches). */
	public long pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
