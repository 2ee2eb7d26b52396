package org.xiaoneng.platform.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Writes the chain's head to the external anchor file, so that a later rewrite or truncation of the chain in the
 * database disagrees with a hash kept outside it.
 */
@Component
class ExternalAnchoring {

	private final AuditEntries entries;

	private final ExternalAnchors anchors;

	private final Clock clock;

	ExternalAnchoring(AuditEntries entries, ExternalAnchors anchors, Clock clock) {
		this.entries = entries;
		this.anchors = anchors;
		this.clock = clock;
	}

	/** Records the head on the one node that holds the lock; the schedule calls it every hour or as configured. */
	@SchedulerLock(name = "audit-external-anchor", lockAtMostFor = "PT5M")
	public void anchorInBackground() {
		anchorHead();
	}

	/** Records the chain's current head outside the database unless it is already the last one recorded. */
	void anchorHead() {
		anchors.record(entries.head(), OffsetDateTime.now(clock));
	}
}
