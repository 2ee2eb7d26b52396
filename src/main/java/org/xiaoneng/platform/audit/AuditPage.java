package org.xiaoneng.platform.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries the entries on this page
 * @param number the page number, from 0
 * @param size the most entries a page holds
 * @param totalEntries how many entries match the filter
 */
public record AuditPage(List<RecordedEntry> entries, int number, int size, long totalEntries) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	/** How many pages the matching entries fill; at least one, so that an empty result still has a page. */
	public int totalPages() {
		return (int) Math.max(1, (totalEntries + size - 1) / size);
	}

	public boolean hasPrevious() {
		return number > 0;
	}

	public boolean hasNext() {
		return number + 1 < totalPages();
	}
}
