package org.xiaoneng.platform.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.common.Cryptography;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Links committed audit entries into the SM3 chain in sequence order, one bounded batch per transaction.
 * <p>
 * Why a sequence number and a background chainer rather than a lock: if each business transaction hashed its own
 * entry onto the chain, it would have to read the chain's last hash and write the next one, holding one global lock
 * (or retrying on conflict) from then until it commits. Every auditable change on every node would queue behind the
 * slowest open transaction, and a long one would stall them all. Instead a business transaction only inserts its
 * entry, taking the next value of an identity sequence, which never waits. One chainer — on one node at a time,
 * through ShedLock — then links the committed entries within about a second. An entry whose transaction commits late
 * (a lower seq that becomes visible after higher ones were linked) is simply linked at the next run: the chain's order
 * is the chain position, not the seq. Verification reports entries left unchained for more than a minute, so a
 * stalled chainer or a row written around it cannot go unnoticed.
 */
@Component
class AuditChainer {

	private final AuditEntries entries;

	private final Cryptography cryptography;

	private final AuditSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AuditChainer(AuditEntries entries, Cryptography cryptography, AuditSettings settings, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.entries = entries;
		this.cryptography = cryptography;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Runs the chainer on the one node that holds the lock; the schedule calls it every few moments. */
	@SchedulerLock(name = "audit-chainer", lockAtMostFor = "PT5M")
	public void chainInBackground() {
		chainPending();
	}

	/**
	 * Chains every committed entry that is not chained yet and returns how many it chained. Safe to call from several
	 * places at once: the chain writer lock lets one run at a time.
	 */
	int chainPending() {
		int total = 0;
		int chained;
		do {
			chained = transactions.execute(status -> chainBatch());
			total += chained;
		}
		while (chained == settings.chainBatchSize());
		return total;
	}

	private int chainBatch() {
		entries.lockChainWriters();
		List<StoredEntry> batch = entries.unchained(settings.chainBatchSize());
		if (batch.isEmpty()) {
			return 0;
		}
		// from the head, not from the last entry left in the table: positions of removed entries are never given out
		// again, so their removal stays visible as a gap
		ChainLink last = entries.head();
		List<ChainLink> links = new ArrayList<>(batch.size());
		for (StoredEntry entry : batch) {
			last = entry.linkAfter(last, cryptography);
			links.add(last);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		entries.link(batch, links, now);
		entries.advanceHead(last, now);
		return batch.size();
	}
}
