package org.xiaoneng.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	private final ExternalAnchors externalAnchors;

	private final Clock clock;

	AuditTrail(AuditEntries entries, ChainAnchors anchors, Cryptography cryptography, AuditSettings settings,
			ExternalAnchors externalAnchors, Clock clock) {
		this.entries = entries;
		this.anchors = anchors;
		this.externalAnchors = externalAnchors;
		this.cryptography = cryptography;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The entries matching the filter, newest first, {@link #PAGE_SIZE} to a page, after or before the cursor's entry
	 * (the first page when {@code null}).
	 * @throws org.xiaoneng.common.BadCursorException when the cursor is not one of the trail's
	 */
	@Transactional(readOnly = true)
	public AuditPage search(AuditFilter filter, String cursor) {
		return entries.search(filter, cursor, PAGE_SIZE);
	}

	/**
	 * Recomputes every hash of the live chain, from the latest anchor (or genesis) to the last chained entry, and
	 * reports the first place where it breaks: an entry altered or removed, the newest entries removed (the chain ends
	 * before its head), an anchor not made by the archive step, or a hash that differs from the one recorded outside
	 * the database. The verification is itself audited.
	 */
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	public ChainVerification verify() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		// read before the first query fixes the snapshot, so that no head recorded outside is newer than the chain
		// this transaction sees; position 0 is genesis, the same everywhere, recorded while the chain was empty
		List<ChainLink> external = externalAnchors.recorded().stream().filter(link -> link.position() > 0).toList();
		ChainLink start = anchors.start();
		Map<Long, ChainLink> externalInLiveChain = new HashMap<>();
		external.stream()
			.filter(link -> link.position() > start.position())
			.forEach(link -> externalInLiveChain.putIfAbsent(link.position(), link));
		Walk walk = walk(entries::chainedAfter, start, Long.MAX_VALUE, externalInLiveChain);
		List<BrokenEntry> breaks = new ArrayList<>();
		if (walk.broken() != null) {
			breaks.add(walk.broken());
		}
		endBreak(walk, entries.head(), external).ifPresent(breaks::add);
		if (start.position() > 0) {
			breaks.addAll(anchorBreaks(start, external));
		}
		BrokenEntry first = breaks.stream().min(Comparator.comparingLong(BrokenEntry::chainPosition)).orElse(null);
		long waiting = entries.countUnchainedBefore(now.minus(CHAINER_GRACE));
		ChainVerification verification = new ChainVerification(first == null, walk.entries(), first, waiting,
				external.size(), now);
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
			Walk walk = walk(entries::chainedAfter, start, upTo + 1, Map.of());
			if (walk.broken() != null) {
				throw new ChainBrokenException(walk.broken());
			}
			// copies first, then the anchor on them, then the removal: the database accepts an anchor only on
			// archived copies and lets an entry leave only when an anchor covers it
			long copied = entries.copyToArchive(start.position(), upTo);
			anchors.add(entries.linkAt(upTo), before, upTo - start.position(), OffsetDateTime.now(clock),
					AuditEntries.currentActor());
			archived = entries.removeArchived(start.position(), upTo);
			if (copied != archived) {
				throw new IllegalStateException("Archived " + copied + " audit entries but removed " + archived);
			}
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

	/**
	 * Walks the chain after {@code start} up to {@code upTo}, recomputing each hash, and compares the entries at the
	 * positions recorded outside the database with those records.
	 */
	private Walk walk(Stretch stretch, ChainLink start, long upTo, Map<Long, ChainLink> external) {
		ChainLink previous = start;
		Long lastSeq = null;
		long checked = 0;
		BrokenEntry broken = null;
		List<StoredEntry> page;
		do {
			page = stretch.after(previous.position(), upTo, settings.verifyPageSize());
			for (StoredEntry entry : page) {
				checked++;
				if (broken == null) {
					broken = breakAt(entry, previous, external.get(entry.chainPosition()));
				}
				// the stored link, not the expected one: a single break is reported once, not for all that follow
				previous = entry.storedLink();
				lastSeq = entry.seq();
			}
		}
		while (page.size() == settings.verifyPageSize());
		return new Walk(checked, broken, previous, lastSeq);
	}

	private BrokenEntry breakAt(StoredEntry entry, ChainLink previous, ChainLink external) {
		if (entry.chainPosition() != previous.position() + 1) {
			return new BrokenEntry(entry.seq(), entry.chainPosition(), BreakReason.MISSING_PREDECESSOR);
		}
		if (!entry.linkAfter(previous, cryptography).hasHash(entry.hash())) {
			return new BrokenEntry(entry.seq(), entry.chainPosition(), BreakReason.HASH_MISMATCH);
		}
		if (external != null && !external.hasHash(entry.hash())) {
			return new BrokenEntry(entry.seq(), entry.chainPosition(), BreakReason.REWRITTEN);
		}
		return null;
	}

	/**
	 * Where the walk ended must be the head the chainer recorded and at least the last head recorded outside: an end
	 * before either means the newest entries were removed; a different hash at the head, that the end was rewritten.
	 */
	private static Optional<BrokenEntry> endBreak(Walk walk, ChainLink head, List<ChainLink> external) {
		long expectedEnd = Math.max(head.position(),
				external.stream().mapToLong(ChainLink::position).max().orElse(0));
		if (walk.last().position() < expectedEnd) {
			return Optional.of(new BrokenEntry(null, walk.last().position() + 1, BreakReason.TRUNCATED));
		}
		if (walk.last().position() != head.position() || !walk.last().hasHash(head.hash())) {
			return Optional.of(new BrokenEntry(walk.lastSeq(), walk.last().position(), BreakReason.REWRITTEN));
		}
		return Optional.empty();
	}

	/**
	 * The archive step leaves its anchor on the archived copy of the last entry it moved and no live entry behind it;
	 * an anchor inserted by hand to start verification after an edited entry does neither. The stretch the anchor
	 * closes is walked too, so that entries moved into the archive by hand with the anchor show their edits; one
	 * stretch, the size of one archive step, keeps verification bounded. The archived entries at positions recorded
	 * outside the database must still carry the recorded hashes.
	 */
	private List<BrokenEntry> anchorBreaks(ChainLink anchor, List<ChainLink> external) {
		List<BrokenEntry> breaks = new ArrayList<>();
		Walk stretch = walk(entries::archivedAfter, anchors.before(anchor.position()), anchor.position(), Map.of());
		if (stretch.broken() != null) {
			breaks.add(stretch.broken());
		}
		Set<Long> positions = new HashSet<>();
		positions.add(anchor.position());
		external.stream().filter(link -> link.position() <= anchor.position()).forEach(link -> positions.add(link.position()));
		Map<Long, ChainLink> archived = new HashMap<>();
		entries.archivedLinksAt(positions).forEach(link -> archived.put(link.position(), link));
		ChainLink underAnchor = archived.get(anchor.position());
		if (underAnchor == null || !underAnchor.hasHash(anchor.hash())
				|| entries.countChainedUpTo(anchor.position()) > 0) {
			breaks.add(new BrokenEntry(null, anchor.position(), BreakReason.FORGED_ANCHOR));
		}
		for (ChainLink recorded : external) {
			if (recorded.position() <= anchor.position()) {
				ChainLink stored = archived.get(recorded.position());
				if (stored == null || !stored.hasHash(recorded.hash())) {
					breaks.add(new BrokenEntry(null, recorded.position(), BreakReason.REWRITTEN));
				}
			}
		}
		return breaks;
	}

	private static String summary(ChainVerification verification) {
		String summary = "intact=" + verification.intact() + ";chainedEntries=" + verification.chainedEntries()
				+ ";unchainedOlderThanOneMinute=" + verification.unchainedOlderThanOneMinute()
				+ ";externalAnchors=" + verification.externalAnchors();
		BrokenEntry broken = verification.firstBrokenEntry();
		return broken == null ? summary
				: summary + ";firstBrokenSeq=" + broken.seq() + ";firstBrokenPosition=" + broken.chainPosition()
						+ ";reason=" + broken.reason();
	}

	private record Walk(long entries, BrokenEntry broken, ChainLink last, Long lastSeq) {
	}

	/** Where a walk reads its entries: the live table or the archive. */
	@FunctionalInterface
	private interface Stretch {

		List<StoredEntry> after(long position, long upTo, int limit);
	}
}
