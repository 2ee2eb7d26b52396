package org.xiaoneng.substitution;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * An absence is asked for by the absentee or their head, and refused when a window or handling post would be left
 * with nobody acting; one that covers a working day's office hours gets the absentee's open work as its handover
 * list. The head may instead register an absence that is approved at once (sick leave reported afterwards).
 */
@Component
class AbsenceRequests {

	private final Organization organization;

	private final Absences absences;

	private final CoverageRules rules;

	private final SubstitutionAuthority authority;

	private final Approvals approvals;

	private final WorkHandover handover;

	private final AuditLog auditLog;

	private final Clock clock;

	AbsenceRequests(Organization organization, Absences absences, CoverageRules rules, SubstitutionAuthority authority,
			Approvals approvals, WorkHandover handover, AuditLog auditLog, Clock clock) {
		this.organization = organization;
		this.absences = absences;
		this.rules = rules;
		this.authority = authority;
		this.approvals = approvals;
		this.handover = handover;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** @return the new absence's id */
	long request(NewAbsence request, Caller caller) {
		StaffMember absentee = validated(request);
		if (!caller.is(absentee.id())) {
			authority.requireApproverOf(absentee.id(), caller);
		}
		rules.requireCovered(absentee, request.from(), request.to());
		boolean handoverRequired = rules.lastsAWorkingDay(absentee, request.from(), request.to());
		long id = absences.insert(request, absentee.departmentId(), AbsenceStatus.REQUESTED, handoverRequired,
				rules.mainSubstitute(absentee).orElse(null), caller.name(), clock.instant());
		if (handoverRequired) {
			absences.insertHandover(id, handover.preview(absentee.id()));
		}
		auditLog.record(new AuditEntry(Substitutes.MODULE, "absence.requested", String.valueOf(id), null,
				describe(request)));
		return id;
	}

	/**
	 * Not refused when it leaves a post uncovered: when it starts, {@link PostLeftUncovered} is published for each
	 * such post, so that a leader designates someone.
	 *
	 * @return the new absence's id
	 */
	long register(NewAbsence request, Caller caller) {
		StaffMember absentee = validated(request);
		authority.requireApproverOf(absentee.id(), caller);
		long id = absences.insert(request, absentee.departmentId(), AbsenceStatus.REQUESTED, false,
				rules.mainSubstitute(absentee).orElse(null), caller.name(), clock.instant());
		auditLog.record(new AuditEntry(Substitutes.MODULE, "absence.registered", String.valueOf(id), null,
				describe(request)));
		approvals.approveChecked(absences.find(id).orElseThrow(), absentee, caller);
		return id;
	}

	/**
	 * @throws AbsencePeriodReversedException when it does not end after it starts
	 * @throws AbsencesOverlapException when the absentee is already away during part of it
	 */
	private StaffMember validated(NewAbsence request) {
		Objects.requireNonNull(request.kind(), "kind");
		if (!request.to().isAfter(request.from())) {
			throw new AbsencePeriodReversedException();
		}
		StaffMember absentee = organization.staffMember(new StaffId(request.staffId()));
		absences.overlapping(Set.of(absentee.id()), request.from(), request.to()).stream().findFirst().ifPresent(
				other -> {
					throw new AbsencesOverlapException(format(other.from()), format(other.to()));
				});
		return absentee;
	}

	private String format(Instant instant) {
		return instant.atZone(clock.getZone()).toLocalDateTime().toString().replace('T', ' ');
	}

	private static String describe(NewAbsence request) {
		return "staff=" + request.staffId() + ", kind=" + request.kind() + ", " + request.from() + ".." + request.to();
	}
}
