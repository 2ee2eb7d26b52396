package org.xiaoneng.substitution;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * Absences begin and end as their time comes: each approved one whose start has passed starts (and each of its window
 * or handling posts that nobody acts for is reported, {@link PostLeftUncovered}); each started one whose end has
 * passed ends.
 */
@Component
class AbsenceSchedule {

	private final Absences absences;

	private final CoverageRules rules;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Sweeps sweeps;

	private final Clock clock;

	AbsenceSchedule(Absences absences, CoverageRules rules, AuditLog auditLog, ApplicationEventPublisher events,
			Sweeps sweeps, Clock clock) {
		this.absences = absences;
		this.rules = rules;
		this.auditLog = auditLog;
		this.events = events;
		this.sweeps = sweeps;
		this.clock = clock;
	}

	/** Each absence in its own transaction, and only the run that moves its status announces it; counts them. */
	SweepCount sweep() {
		Instant now = clock.instant();
		SweepCount started = sweeps.each(Substitutes.SWEEP,
				absences.withStatus(AbsenceStatus.APPROVED).stream().filter(a -> !a.from().isAfter(now)).toList(),
				Absence::id, absence -> {
					AbsenceRecord record = AbsenceRecord.of(absence);
					record.start(now);
					if (!absences.changeStatus(absence.id(), AbsenceStatus.APPROVED, record.status())) {
						return false;
					}
					auditLog.recordAs("system",
							AuditEntry.of(Substitutes.MODULE, "absence.started", String.valueOf(absence.id())));
					record.releaseEvents().forEach(events::publishEvent);
					rules.uncoveredAtStart(absence)
						.forEach(postId -> events.publishEvent(
								new PostLeftUncovered(postId, absence.id(), absence.from(), absence.to())));
					return true;
				});
		SweepCount ended = sweeps.each(Substitutes.SWEEP,
				absences.withStatus(AbsenceStatus.STARTED).stream().filter(a -> !a.to().isAfter(now)).toList(),
				Absence::id, absence -> {
					AbsenceRecord record = AbsenceRecord.of(absence);
					record.end(now);
					if (!absences.changeStatus(absence.id(), AbsenceStatus.STARTED, record.status())) {
						return false;
					}
					auditLog.recordAs("system",
							AuditEntry.of(Substitutes.MODULE, "absence.ended", String.valueOf(absence.id())));
					record.releaseEvents().forEach(events::publishEvent);
					return true;
				});
		return started.plus(ended);
	}
}
