package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.supervision.WatchedObjects.SweepState;

/**
 * Raises and issues the deadline cards of a day (decisions 0020, 0023): the cards of every case whose warning day or
 * deadline fell since the last run are raised and issued in one set-based statement, to the handler supervision's
 * projection holds, with their events in batches and one notice per person, all in one transaction. A first run, or
 * one after the clock was set back, looks at every watched case instead, in chunks of ids, each its own transaction,
 * for at most the run's time: the next run goes on where it stopped.
 */
@Component
class DeadlineRaising {

	/** Before the first object id: a catch-up starts here. */
	private static final long BEFORE_ALL = Long.MIN_VALUE;

	private final WatchedObjects watched;

	private final RuleBook rules;

	private final Issuing issuing;

	private final BatchIssuing batches;

	private final Organization organization;

	private final SupervisionSettings settings;

	private final TransactionTemplate inTransaction;

	DeadlineRaising(WatchedObjects watched, RuleBook rules, Issuing issuing, BatchIssuing batches,
			Organization organization, SupervisionSettings settings, PlatformTransactionManager transactions) {
		this.watched = watched;
		this.rules = rules;
		this.issuing = issuing;
		this.batches = batches;
		this.organization = organization;
		this.settings = settings;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * The run of the day: its window, or the chunks of a catch-up for at most the configured time, then the window of
	 * the day the catch-up began up to today.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	DeadlineSweepResult run(LocalDate today, Instant at) {
		long began = System.nanoTime();
		List<DeadlineTerms> terms = terms(today);
		long stopBy = System.nanoTime() + settings.catchUpTime().toNanos();
		Timing timing = new Timing(System.nanoTime() - began);
		boolean complete;
		do {
			long transaction = System.nanoTime();
			complete = inTransaction.execute(status -> step(today, at, terms, timing));
			timing.committed(transaction);
		}
		while (!complete && System.nanoTime() < stopBy);
		return timing.result(today, complete);
	}

	/** One transaction of the run; whether the day is done. */
	private boolean step(LocalDate today, Instant at, List<DeadlineTerms> terms, Timing timing) {
		long started = System.nanoTime();
		SweepState state = watched.sweepForUpdate().orElse(new SweepState(null, null, null));
		if (state.windowed(today)) {
			List<Card> cards = watched.issueCrossed(state.lastDay(), today, at, terms);
			watched.raisedUpTo(today);
			timing.raised(cards.size(), started);
			batches.issued(cards, today, "since " + state.lastDay());
			timing.issued();
			return true;
		}
		// a catch-up under way goes on; one begun on a later day than today (a clock set back) starts again
		boolean goesOn = state.catchUpDay() != null && !today.isBefore(state.catchUpDay());
		LocalDate since = goesOn ? state.catchUpDay() : today;
		long after = goesOn && state.catchUpAfter() != null ? state.catchUpAfter() : BEFORE_ALL;
		Optional<Long> upTo = watched.chunkEnd(after, settings.catchUpChunk());
		if (upTo.isEmpty()) {
			// every object seen: the runs go on from the day the catch-up began, through its window up to today
			watched.raisedUpTo(since);
			timing.raised(0, started);
			timing.issued();
			return false;
		}
		List<Card> cards = watched.issueAll(after, upTo.get(), today, at, terms);
		watched.caughtUpTo(since, upTo.get());
		timing.raised(cards.size(), started);
		batches.issued(cards, today, "every object " + after + "-" + upTo.get());
		timing.issued();
		return false;
	}

	/**
	 * The three deadline rules in every unit on the day, with the feedback deadline of a card issued then: the units
	 * and their settings read once each, a feedback deadline worked out once per unit and number of days.
	 */
	private List<DeadlineTerms> terms(LocalDate day) {
		Map<Long, Map<Rule, RuleTerms>> changed = rules.changedEverywhere(DeadlineTerms.RULES);
		List<DeadlineTerms> terms = new ArrayList<>();
		for (Unit unit : organization.units()) {
			Map<Rule, RuleTerms> unitChanged = changed.getOrDefault(unit.id(), Map.of());
			Map<Integer, LocalDate> dueAfter = new HashMap<>();
			for (Rule rule : DeadlineTerms.RULES) {
				RuleTerms t = unitChanged.getOrDefault(rule, RuleTerms.builtIn(rule, unit.id()));
				terms.add(new DeadlineTerms(unit.id(), rule, t.version(), t.enabled(), dueAfter
					.computeIfAbsent(t.feedbackDays(), days -> issuing.workingDaysAfter(unit, day, days))));
			}
		}
		return terms;
	}

	/**
	 * The run's cards and where its time went: the terms, then in each transaction the statements and what follows
	 * them; the rest of each transaction's time is its beginning and its commit.
	 */
	private static final class Timing {

		private final long termsNanos;

		private int issued;

		private long raiseNanos;

		private long issueNanos;

		private long inTransactionNanos;

		private long commitNanos;

		private long raisedAt;

		Timing(long termsNanos) {
			this.termsNanos = termsNanos;
		}

		void raised(int cards, long started) {
			issued += cards;
			raisedAt = System.nanoTime();
			raiseNanos += raisedAt - started;
			inTransactionNanos += raisedAt - started;
		}

		void issued() {
			long took = System.nanoTime() - raisedAt;
			issueNanos += took;
			inTransactionNanos += took;
		}

		void committed(long transactionStarted) {
			commitNanos += System.nanoTime() - transactionStarted - inTransactionNanos;
			inTransactionNanos = 0;
		}

		DeadlineSweepResult result(LocalDate today, boolean complete) {
			return new DeadlineSweepResult(today, issued, complete, millis(termsNanos), millis(raiseNanos),
					millis(issueNanos), millis(commitNanos), 0);
		}

		private static long millis(long nanos) {
			return nanos / 1_000_000;
		}
	}
}
