package org.xiaoneng.supervision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.catalog.CommitmentMeasurements;
import org.xiaoneng.catalog.CommitmentMetric;
import org.xiaoneng.catalog.Measurement;
import org.xiaoneng.catalog.Promise;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceCommitment;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.Columns;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * 服务承诺制 checked after each month: every promise of a unit's published commitment that is measured as a rate
 * (按时办结率, 内部当天签办率, 好评率) and came out below the floor the unit's rule sets (the promises are written as
 * text, "按承诺时限办结", so the number they are held to is the supervisor's) raises a card for the unit's principal
 * leader, once per promise and month. Each unit is measured once per month; the check runs daily, so that a month
 * whose first days the cluster was down is still checked.
 */
@Component
class CommitmentWatch {

	static final String SWEEP = "supervision.commitments";

	/** The metrics that are rates in per cent; the average of days used is promised only as "持续压减", no number. */
	static final Set<CommitmentMetric> RATES = EnumSet.of(CommitmentMetric.ON_TIME_COMPLETION_RATE,
			CommitmentMetric.SAME_DAY_SIGN_OFF_RATE, CommitmentMetric.SATISFACTION_RATE);

	private final Organization organization;

	private final ServiceCatalog catalog;

	private final ObjectProvider<CommitmentMeasurements> measurements;

	private final RuleBook rules;

	private final Raising raising;

	private final JdbcClient jdbc;

	private final Sweeps sweeps;

	private final Clock clock;

	CommitmentWatch(Organization organization, ServiceCatalog catalog,
			ObjectProvider<CommitmentMeasurements> measurements, RuleBook rules, Raising raising, JdbcClient jdbc,
			Sweeps sweeps, Clock clock) {
		this.organization = organization;
		this.catalog = catalog;
		this.measurements = measurements;
		this.rules = rules;
		this.raising = raising;
		this.jdbc = jdbc;
		this.sweeps = sweeps;
		this.clock = clock;
	}

	/** Checks the month before today's in every unit not checked for it yet. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	SweepCount checkLastMonth() {
		return checkMonth(YearMonth.now(clock.withZone(Clocks.BUSINESS_ZONE)).minusMonths(1));
	}

	/** Checks a finished month in every unit not checked for it yet, each unit in its own transaction. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	SweepCount checkMonth(YearMonth month) {
		return sweeps.each(SWEEP, organization.units(), Unit::id, unit -> check(unit.id(), month));
	}

	/** @return whether the unit was measured now (false when it had been for the month already) */
	private boolean check(long unitId, YearMonth month) {
		if (!firstCheck(unitId, month)) {
			return false;
		}
		RuleTerms terms = rules.terms(unitId, Rule.COMMITMENT_BELOW_PROMISE);
		Optional<ServiceCommitment> commitment = catalog.commitment(new UnitId(unitId));
		// a commitment signed after the month was not what the unit promised during it
		if (!terms.enabled() || commitment.isEmpty() || commitment.get().signedOn().isAfter(month.atEndOfMonth())) {
			return true;
		}
		BigDecimal floor = BigDecimal.valueOf(terms.threshold());
		for (Promise promise : commitment.get().promises()) {
			if (promise.metric() == null || !RATES.contains(promise.metric())) {
				continue;
			}
			Optional<Measurement> measured = measure(unitId, promise.metric(), month.atDay(1), month.atEndOfMonth());
			if (measured.isPresent() && measured.get().value().compareTo(floor) < 0) {
				raising.raise(Rule.COMMITMENT_BELOW_PROMISE, subject(unitId, month, promise), null,
						Facts.of(month, promise.number(), promise.text(), measured.get().value(), floor,
								measured.get().sampleSize()));
			}
		}
		return true;
	}

	/** A card's subject: the unit's commitment, its part the month and the promise (e.g. 20260303). */
	static CardSubject subject(long unitId, YearMonth month, Promise promise) {
		long part = (month.getYear() * 100L + month.getMonthValue()) * 100 + promise.number();
		return new CardSubject(ObjectType.COMMITMENT, unitId, part, month + " #" + promise.number(), unitId, null);
	}

	private boolean firstCheck(long unitId, YearMonth month) {
		return jdbc.sql("""
				insert into supervision.commitment_check (unit_id, month, checked_at) values (:unit, :month, :at)
				on conflict do nothing""")
			.param("unit", unitId)
			.param("month", month.atDay(1))
			.param("at", Columns.time(clock.instant()))
			.update() == 1;
	}

	private Optional<Measurement> measure(long unitId, CommitmentMetric metric, LocalDate from, LocalDate to) {
		return measurements.orderedStream()
			.map(source -> source.measure(new UnitId(unitId), metric, from, to))
			.flatMap(Optional::stream)
			.findFirst();
	}
}
