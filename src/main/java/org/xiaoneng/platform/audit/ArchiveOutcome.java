package org.xiaoneng.platform.audit;

import java.time.LocalDate;

/**
 * What an archive step did.
 *
 * @param before the cut-off day: entries that occurred before it (business time zone) were eligible
 * @param archivedEntries how many entries were moved to the archive
 * @param anchorPosition the chain position the live chain now starts after (0 when nothing was ever archived)
 */
public record ArchiveOutcome(LocalDate before, long archivedEntries, long anchorPosition) {
}
