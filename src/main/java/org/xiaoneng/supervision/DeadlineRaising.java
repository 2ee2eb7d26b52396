package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * Raises and issues the deadline cards of a day (decision 0020): the cards of every case whose warning day or
 * deadline fell since the last run are raised in one set-based statement, pending for a moment, then issued in
 * batches to whoever handles the case then. Cards a run raised and did not issue (it stopped half-way) are issued by
 * the next; a case that closes meanwhile cancels them ({@link Raising#cancelPendingAbout}).
 */
@Component
class DeadlineRaising {

	/**
	 * Raised cards are issued in batches of this size, each batch one transaction with a savepoint per card: a day
	 * with many cards neither holds them all in memory nor commits once per card.
	 */
	static final int BATCH = 500;

	private final WatchedObjects watched;

	private final Cards cards;

	private final Issuing issuing;

	private final Holders holders;

	private final Cases cases;

	private final Sweeps sweeps;

	private final AuditLog auditLog;

	private final TransactionTemplate inBatch;

	DeadlineRaising(WatchedObjects watched, Cards cards, Issuing issuing, Holders holders, Cases cases, Sweeps sweeps,
			AuditLog auditLog, PlatformTransactionManager transactions) {
		this.watched = watched;
		this.cards = cards;
		this.issuing = issuing;
		this.holders = holders;
		this.cases = cases;
		this.sweeps = sweeps;
		this.auditLog = auditLog;
		this.inBatch = new TransactionTemplate(transactions);
	}

	/**
	 * The run with its figures: the raising, one set-based statement over the objects whose date fell since the last
	 * run, then the issuing of every pending deadline card in batches, one row at a time within each (decision 0006).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	DeadlineSweepResult run(LocalDate today, Instant at) {
		long started = System.nanoTime();
		int raised = raise(today, at);
		long raisedAt = System.nanoTime();
		SweepCount count = SweepCount.NONE;
		List<Long> batch = watched.pendingDeadlineCards(BATCH);
		while (!batch.isEmpty()) {
			List<Long> rows = batch;
			SweepCount done = inBatch.execute(status -> sweeps.each(DeadlineWatch.SWEEP, rows, id -> id, id -> issue(id, at)));
			count = count.plus(done);
			if (done.done() == 0) {
				break; // every row of the batch failed: the next run retries them instead of spinning here
			}
			batch = watched.pendingDeadlineCards(BATCH);
		}
		return new DeadlineSweepResult(today, raised, count.done(), count.failed(), (raisedAt - started) / 1_000_000,
				(System.nanoTime() - raisedAt) / 1_000_000);
	}

	/** The set-based raising and the record of the day, in one transaction: all of it happens or none. */
	private int raise(LocalDate today, Instant at) {
		return inBatch.execute(status -> {
			// a run on a day before the last (a clock set back) cannot trust the window: it looks at every object
			LocalDate since = watched.lastDayForUpdate().filter(last -> !today.isBefore(last)).orElse(null);
			int raised = watched.raiseCrossed(since, today, at);
			watched.raisedUpTo(today);
			auditLog.record(new AuditEntry(Issuing.MODULE, "cards.raised", DeadlineWatch.SWEEP, since == null ? null : since.toString(),
					today + " " + raised));
			return raised;
		});
	}

	/**
	 * Issues one pending deadline card to whoever handles the case now (the projection's handler is the one named when
	 * the deadline was fed); a case that has closed meanwhile (its event still on its way) gets no card and leaves
	 * the projection.
	 */
	private boolean issue(long cardId, Instant at) {
		Card card = cards.lock(cardId).filter(pending -> pending.state() == CardState.PENDING).orElse(null);
		if (card == null) {
			return false;
		}
		CaseFile file = cases.caseFile(card.subject().id());
		if (!file.state().running()) {
			cards.discardPending(cardId);
			watched.forget(ObjectType.CASE, file.id());
			return true;
		}
		Long handler = file.handlerStaffId() != null ? file.handlerStaffId() : card.holderStaffId();
		card.holdBy(holders.at(Responsible.HANDLER, card.subject(), handler));
		issuing.issue(card, at);
		return true;
	}
}
