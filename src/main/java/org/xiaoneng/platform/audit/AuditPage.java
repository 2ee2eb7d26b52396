package org.xiaoneng.platform.audit;

import java.util.List;

/**
 * One page of audit entries, newest first, paged by keyset (docs/decisions/0037).
 *
 * @param entries the entries on this page
 * @param previous the cursor of the page before, or {@code null} on the first
 * @param next the cursor of the page after, or {@code null} on the last
 * @param total how many entries match the filter, or the entries shown when there are more
 * @param totalExact whether {@code total} is exact rather than "more than"
 */
public record AuditPage(List<RecordedEntry> entries, String previous, String next, long total, boolean totalExact) {

	public AuditPage {
		entries = List.copyOf(entries);
	}
}
