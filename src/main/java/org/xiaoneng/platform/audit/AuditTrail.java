package org.xiaoneng.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.platform.audit.ChainVerification.BreakReason;
import org.xiaoneng.platform.audit.ChainVerification.BrokenEntry;

/**
 * What auditors do with the audit log: read it, verify that its SM3 chain is intact, and archive entries once the
 * retention period is over. Writing entries is {@link AuditLog}'s job.
 */
@Service
public class AuditTrail {

	/** Entries per page of the auditor's list. */
	public static final int PAGE_SIZE = 50;

	static final String MODULE = "audit";

	private static final Duration CHAINER_GRACE = Duration.ofMinutes(1);

	private final AuditEntries entries;

	private final ChainAnchors anchors;

	private final Cryptography cryptography;

	private final AuditSettings settings;

	private final Clock clock;

	AuditTrail(AuditEntries entries, ChainAnchors anchors, Cryptography cryptography, AuditSettings settings,
			Clock clock) {
		this.entries = entries;
		this.anchors = anchors;
		this.cryptography = cryptography;
		this.settings = settings;
		this.clock = clock;
	}

	/** The entries matching the filter, newest first, {@link #PAGE_SIZE} to a page; page numbers start at 0. */
	@Transactional(readOnly = true)
	public AuditPage search(AuditFilter filter, int page) {
		return entries.search(filter, Math.max(0, page), PAGE_SIZE);
	}

	/**
	 * Recomputes every hash of the live chain, from the latest anchor (or genesis) to the last chained entry, and
	 * reports the first entry that was altered or follows a removed one. The verification is itself audited.
	 */
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	public ChainVerification verify() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Walk walk = walk(anchors.start(), Long.MAX_VALUE);
		long waiting = entries.countUnchainedBefore(now.minus(CHAINER_GRACE));
		ChainVerification verification = new ChainVerification(walk.broken() == null, walk.entries(), walk.broken(),
				waiting, now);
		entries.record(new AuditEntry(MODULE, "audit.verified", null, null, summary(verification)));
		return verification;
	}

	/**
	 * Moves the chained entries that occurred before {@code before} (business time zone) out of the live log into
	 * the archive, in one transaction, and anchors the live chain at the last one moved. Only a gap-free stretch from
	 * the start of the live chain moves, and only after it verifies. The step is itself audited.
	 *
	 * @throws RetentionPeriodNotElapsedException if {@code before} lies within the retention period
	 * @throws ChainBrokenException if the entries to be archived do not verify
	 */
	@Transactional
	public ArchiveOutcome archive(LocalDate before) {
		LocalDate latestAllowed = latestArchiveCutOff();
		if (before.isAfter(latestAllowed)) {
			throw new RetentionPeriodNotElapsedException(before, latestAllowed, settings.retentionDays());
		}
		entries.lockChainWriters();
		ChainLink start = anchors.start();
		long upTo = entries.lastPositionOccurredBefore(start.position(),
				before.atStartOfDay(clock.getZone()).toOffsetDateTime());
		long archived = 0;
		if (upTo > start.position()) {
			// one entry further, so that a removed last entry of the stretch shows as a gap before the next one
			Walk walk = walk(start, upTo + 1);
			if (walk.broken() != null) {
				throw new ChainBrokenException(walk.broken());
			}
			// the anchor goes in first: the database lets an entry leave only when an anchor covers it
			anchors.add(entries.linkAt(upTo), before, upTo - start.position(), OffsetDateTime.now(clock),
					AuditEntries.currentActor());
			archived = entries.moveToArchive(start.position(), upTo);
		}
		long anchorPosition = Math.max(upTo, start.position());
		entries.record(new AuditEntry(MODULE, "audit.archived", null, null,
				"before=" + before + ";archivedEntries=" + archived + ";anchorPosition=" + anchorPosition));
		return new ArchiveOutcome(before, archived, anchorPosition);
	}

	/** The latest cut-off day that may be archived today: the retention period back from today. */
	public LocalDate latestArchiveCutOff() {
		// 网络安全法 第二十一条: network logs are kept no less than six months
		return LocalDate.now(clock).minusDays(settings.retentionDays());
	}

	/** How many days an entry stays in the live log at least. */
	public int retentionDays() {
		return settings.retentionDays();
	}

	private Walk walk(ChainLink start, long upTo) {
		ChainLink previous = start;
		long checked = 0;
		BrokenEntry broken = null;
		List<StoredEntry> page;
		do {
			page = entries.chainedAfter(previous.position(), upTo, settings.verifyPageSize());
			for (StoredEntry entry : page) {
				checked++;
				if (broken == null) {
					broken = breakAt(entry, previous);
				}
				// the stored link, not the expected one: a single break is reported once, not for all that follow
				previous = entry.storedLink();
			}
		}
		while (page.size() == settings.verifyPageSize());
		return new Walk(checked, broken);
	}

	private BrokenEntry breakAt(StoredEntry entry, ChainLink previous) {
		if (entry.chainPosition() != previous.position() + 1) {
			return new BrokenEntry(entry.seq(), entry.chainPosition(), BreakReason.MISSING_PREDECESSOR);
		}
		if (!entry.linkAfter(previous, cryptography).hasHash(entry.hash())) {
			return new BrokenEntry(entry.seq(), entry.chainPosition(), BreakReason.HASH_MISMATCH);
		}
		return null;
	}

	private static String summary(ChainVerification verification) {
		String summary = "intact=" + verification.intact() + ";chainedEntries=" + verification.chainedEntries()
				+ ";unchainedOlderThanOneMinute=" + verification.unchainedOlderThanOneMinute();
		BrokenEntry broken = verification.firstBrokenEntry();
		return broken == null ? summary
				: summary + ";firstBrokenSeq=" + broken.seq() + ";reason=" + broken.reason();
	}

	private record Walk(long entries, BrokenEntry broken) {
	}
}
