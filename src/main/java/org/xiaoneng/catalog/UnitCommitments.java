package org.xiaoneng.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A unit writes its service commitment (服务承诺书) and publishes it signed by its principal leader; the public reads
 * it with each measurable promise's results.
 */
@Component
class UnitCommitments {

	private final Commitments commitments;

	private final PublishedItems published;

	private final Organization organization;

	private final ObjectProvider<CommitmentMeasurements> measurements;

	private final AuditLog audit;

	private final Clock clock;

	UnitCommitments(Commitments commitments, PublishedItems published, Organization organization,
			ObjectProvider<CommitmentMeasurements> measurements, AuditLog audit, Clock clock) {
		this.commitments = commitments;
		this.published = published;
		this.organization = organization;
		this.measurements = measurements;
		this.audit = audit;
		this.clock = clock;
	}

	/** Changes the draft, or starts the next version after the published one. */
	ServiceCommitment draft(long unitId, CommitmentDraft draft, Caller caller) {
		organization.unit(new UnitId(unitId));
		CatalogAuthority.requireCommitmentAuthor(caller, unitId, false);
		CommitmentDraft checked = checked(draft);
		Optional<ServiceCommitment> latest = commitments.latest(unitId);
		if (latest.isPresent() && latest.get().status() == CommitmentStatus.DRAFT) {
			commitments.update(unitId, latest.get().version(), checked, caller.name(), clock.instant());
		}
		else {
			commitments.insert(unitId, latest.map(c -> c.version() + 1).orElse(1), checked, caller.name(),
					clock.instant());
		}
		ServiceCommitment saved = commitments.latest(unitId).orElseThrow();
		audit.record(AuditEntry.of(ServiceCatalog.MODULE, "commitment.drafted", unitId + "/" + saved.version()));
		return saved;
	}

	/** @param signedOn the day the principal leader signed, today when {@code null} */
	ServiceCommitment publish(long unitId, LocalDate signedOn, Caller caller) {
		Unit unit = organization.unit(new UnitId(unitId));
		CatalogAuthority.requireCommitmentAuthor(caller, unitId, true);
		ServiceCommitment draft = commitments.latest(unitId)
			.filter(c -> c.status() == CommitmentStatus.DRAFT)
			.orElseThrow(() -> new CatalogRecordNotFoundException("commitmentDraft", unitId));
		if (unit.principalLeaderId() == null) {
			throw new CommitmentInvalidException("noPrincipalLeader", unit.name());
		}
		LocalDate date = signedOn == null ? published.today() : signedOn;
		commitments.publish(unitId, draft.version(), unit.principalLeaderId(), date, caller.name(), clock.instant());
		audit.record(new AuditEntry(ServiceCatalog.MODULE, "commitment.published", unitId + "/" + draft.version(),
				null, "signer=" + unit.principalLeaderId() + ", signedOn=" + date));
		return commitments.published(unitId).orElseThrow();
	}

	Optional<ServiceCommitment> latest(long unitId) {
		return commitments.latest(unitId);
	}

	Optional<ServiceCommitment> published(long unitId) {
		return commitments.published(unitId);
	}

	/**
	 * Each measurable promise with this month's and this year's value as the {@link CommitmentMeasurements} beans
	 * report it (the first one that answers), empty when none does.
	 */
	Optional<CommitmentReport> report(long unitId) {
		organization.unit(new UnitId(unitId));
		LocalDate today = published.today();
		return commitments.published(unitId).map(commitment -> {
			List<MeasuredPromise> measured = new ArrayList<>();
			for (Promise promise : commitment.promises()) {
				measured.add(new MeasuredPromise(promise, measure(unitId, promise.metric(), today.withDayOfMonth(1), today),
						measure(unitId, promise.metric(), today.withDayOfYear(1), today)));
			}
			return new CommitmentReport(commitment, measured,
					PublishedItems.averageReductionPercent(published.inForceOfUnit(unitId)));
		});
	}

	private Optional<Measurement> measure(long unitId, CommitmentMetric metric, LocalDate from, LocalDate to) {
		if (metric == null) {
			return Optional.empty();
		}
		return measurements.orderedStream()
			.map(source -> source.measure(new UnitId(unitId), metric, from, to))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static CommitmentDraft checked(CommitmentDraft draft) {
		String preamble = draft.preamble() == null ? "" : draft.preamble().strip();
		List<Promise> promises = new ArrayList<>();
		for (Promise promise : draft.promises()) {
			String text = promise.text() == null ? "" : promise.text().strip();
			if (text.isEmpty() || promise.category() == null) {
				throw new CommitmentInvalidException("promise", promises.size() + 1);
			}
			promises.add(new Promise(promises.size() + 1, promise.category(), text, promise.metric()));
		}
		if (promises.isEmpty()) {
			throw new CommitmentInvalidException("noPromises");
		}
		return new CommitmentDraft(preamble, promises);
	}
}
