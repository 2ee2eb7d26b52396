package org.xiaoneng.substitution;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;

/**
 * Reading absences: with their reasons only for those {@link SubstitutionAuthority#mayRead} lets through (to anyone
 * else an absence does not exist); whether someone is away, without reasons, for every module.
 */
@Component
class AbsenceReads {

	private final Absences absences;

	private final SubstitutionAuthority authority;

	AbsenceReads(Absences absences, SubstitutionAuthority authority) {
		this.absences = absences;
		this.authority = authority;
	}

	/** @throws SubstitutionRecordNotFoundException when there is no such absence or the caller may not read it */
	Absence absence(long id, Caller caller) {
		return Optional.of(existing(id))
			.filter(absence -> authority.mayRead(absence, caller))
			.orElseThrow(() -> new SubstitutionRecordNotFoundException("absence", id));
	}

	/** @throws SubstitutionRecordNotFoundException when there is no such absence */
	Absence existing(long id) {
		return absences.find(id).orElseThrow(() -> new SubstitutionRecordNotFoundException("absence", id));
	}

	List<HandoverItem> handoverOf(long absenceId, Caller caller) {
		absence(absenceId, caller);
		return absences.handover(absenceId);
	}

	List<Absence> absencesOf(long staffId, Caller caller) {
		return absences.of(staffId).stream().filter(absence -> authority.mayRead(absence, caller)).toList();
	}

	/** Whether the staff member is away at that moment (an approved or started absence). */
	boolean isAway(long staffId, Instant at) {
		return absences.of(staffId)
			.stream()
			.anyMatch(absence -> (absence.status() == AbsenceStatus.APPROVED
					|| absence.status() == AbsenceStatus.STARTED) && !absence.from().isAfter(at)
					&& absence.to().isAfter(at));
	}

	/** The absences for which this person is the substitute, as far as the caller may read them. */
	List<Absence> handoversFor(long staffId, Caller caller) {
		return absences.substitutedBy(staffId).stream().filter(absence -> authority.mayRead(absence, caller)).toList();
	}
}
