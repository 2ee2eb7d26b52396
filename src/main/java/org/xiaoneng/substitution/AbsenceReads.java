package org.xiaoneng.substitution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;

/**
 * Reading absences: with their reasons only for those {@link SubstitutionAuthority#mayRead} lets through (to anyone
 * else an absence does not exist); whether someone is away, without reasons, for every module; and what a substitute
 * did on holders' behalf, from every {@link CoveredWorkSource}.
 */
@Component
class AbsenceReads {

	/** The longest period a covered-work record is read for at once. */
	private static final int LONGEST_PERIOD_DAYS = 366;

	private final Absences absences;

	private final SubstitutionAuthority authority;

	private final Organization organization;

	private final List<CoveredWorkSource> coveredWork;

	AbsenceReads(Absences absences, SubstitutionAuthority authority, Organization organization,
			List<CoveredWorkSource> coveredWork) {
		this.absences = absences;
		this.authority = authority;
		this.organization = organization;
		this.coveredWork = coveredWork;
	}

	/**
	 * The work the staff member completed on holders' behalf between the two days, for a caller whose data scope
	 * covers them (themselves, their head and leaders, supervisors).
	 *
	 * @throws CoveredWorkTooLongException unless the period ends on or after its start and lasts at most a year
	 */
	CoveredWork coveredWorkOf(long staffId, LocalDate from, LocalDate to) {
		organization.visibleStaffMember(new StaffId(staffId));
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
			throw new CoveredWorkTooLongException();
		}
		List<CoveredItem> items = coveredWork.stream()
			.flatMap(source -> source.coveredBy(new StaffId(staffId), from, to).stream())
			.sorted(Comparator.comparing(CoveredItem::completedOn).reversed())
			.toList();
		return new CoveredWork(staffId, from, to, items);
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
