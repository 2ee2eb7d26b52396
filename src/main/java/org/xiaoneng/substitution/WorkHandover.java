package org.xiaoneng.substitution;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.WorkItem;
import org.xiaoneng.common.WorkItemSource;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The handover (交接清单) and the return (交回): the absentee's open work from every module becomes the list the
 * substitute acknowledges before the absence; afterwards the substitute reports what was done. The open work is asked of each module through
 * {@link WorkItemSource} when it is needed (docs/decisions/0008).
 */
@Component
class WorkHandover {

	private final Organization organization;

	private final Absences absences;

	private final AbsenceReads reads;

	private final List<WorkItemSource> workSources;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkHandover(Organization organization, Absences absences, AbsenceReads reads,
			List<WorkItemSource> workSources, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.organization = organization;
		this.absences = absences;
		this.reads = reads;
		this.workSources = workSources;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	/** The open work of the staff member from every module: what a handover of theirs would list now. */
	List<WorkItem> preview(long staffId) {
		return WorkItemSource.openItemsOf(organization.staffMember(new StaffId(staffId)).staffNumber(), workSources);
	}

	/** The absentee notes how to carry on with one item of their handover list. */
	List<HandoverItem> note(long absenceId, int position, String note, Caller caller) {
		AbsenceRecord absence = AbsenceRecord.of(reads.absence(absenceId, caller));
		absence.requireHandoverOpenTo(caller.staffId());
		if (!absences.note(absenceId, position, note == null || note.isBlank() ? null : note.strip())) {
			throw new SubstitutionRecordNotFoundException("handoverItem", position);
		}
		auditLog.record(new AuditEntry(Substitutes.MODULE, "handover.noted", absenceId + "#" + position, null, null));
		return absences.handover(absenceId);
	}

	/** The substitute acknowledges the handover list. */
	void acknowledge(long absenceId, Caller caller) {
		AbsenceRecord absence = AbsenceRecord.of(reads.absence(absenceId, caller));
		Instant now = clock.instant();
		absence.acknowledgeHandover(caller.staffId(), now);
		absences.acknowledge(absenceId, now);
		auditLog.record(AuditEntry.of(Substitutes.MODULE, "handover.acknowledged", String.valueOf(absenceId)));
		absence.releaseEvents().forEach(events::publishEvent);
	}

	/** The substitute reports what was done while the holder was away (交回). */
	void recordReturn(long absenceId, String report, Caller caller) {
		AbsenceRecord absence = AbsenceRecord.of(reads.absence(absenceId, caller));
		absence.requireReturnBy(caller.staffId());
		String text = report == null ? "" : report.strip();
		absences.recordReturn(absenceId, text, clock.instant());
		auditLog.record(new AuditEntry(Substitutes.MODULE, "absence.returned", String.valueOf(absenceId), null,
				text.length() + " characters"));
	}
}
