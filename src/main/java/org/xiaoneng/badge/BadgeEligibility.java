package org.xiaoneng.badge;

import java.time.LocalDate;
import java.time.Period;

import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.StaffMember;

/**
 * Who gets a badge and until when (rule 九.六): staff at work who joined, and secondees (借调) whose secondment lasts
 * half a year or more; a shorter secondment is refused with that reason. A secondee's badge ends with the secondment,
 * anyone else's after the configured years.
 */
final class BadgeEligibility {

	/** 借调期半年以上: "以上" includes the number itself, so exactly six months qualifies. */
	static final int SECONDMENT_MONTHS = 6;

	private BadgeEligibility() {
	}

	/**
	 * Why the staff member gets a badge.
	 *
	 * @throws StaffHasLeftException when they left, or their secondment is over
	 * @throws SecondmentTooShortException when their secondment is shorter than half a year
	 */
	static IssueReason reasonFor(StaffMember staff, LocalDate today) {
		if (staff.status().hasLeft()
				|| staff.employment() == Employment.SECONDED && staff.secondedUntil() != null
						&& staff.secondedUntil().isBefore(today)) {
			throw new StaffHasLeftException(staff.name());
		}
		if (staff.employment() != Employment.SECONDED) {
			return IssueReason.NEW_STAFF;
		}
		if (!halfAYearOrMore(staff.secondedFrom(), staff.secondedUntil())) {
			throw new SecondmentTooShortException(staff.name(),
					Period.between(staff.secondedFrom(), staff.secondedUntil().plusDays(1)).toTotalMonths());
		}
		return IssueReason.SECONDEE;
	}

	/** Whether a secondment from its first to its last day (both included) lasts half a year or more. */
	static boolean halfAYearOrMore(LocalDate from, LocalDate until) {
		return from != null && until != null && !until.plusDays(1).isBefore(from.plusMonths(SECONDMENT_MONTHS));
	}

	/** The last valid day of a badge issued today: the secondment's last day, else after {@code years}. */
	static LocalDate validUntil(StaffMember staff, LocalDate today, int years) {
		if (staff.employment() == Employment.SECONDED && staff.secondedUntil() != null) {
			return staff.secondedUntil();
		}
		return today.plusYears(years).minusDays(1);
	}
}
