package org.xiaoneng.substitution;

import java.time.LocalDate;
import java.util.List;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;

/**
 * A module whose work a substitute can do on a holder's behalf (代岗) answers for that work through this interface,
 * as a bean, so that a substitute's record lists it with its timeliness (the source text 六(五): the substitute's
 * handling of covered work is measured like the holder's) without this module reading another's tables.
 */
public interface CoveredWorkSource {

	/** The work this staff member completed on someone's behalf on a day between {@code from} and {@code to}. */
	List<CoveredItem> coveredBy(StaffId staffId, LocalDate from, LocalDate to);

	/** The work a department's staff completed on someone's behalf on a day between {@code from} and {@code to}. */
	List<CoveredItem> coveredIn(DepartmentId departmentId, LocalDate from, LocalDate to);

	/**
	 * The work completed on someone's behalf on a day between {@code from} and {@code to}, counted per department
	 * and substitute in one pass, for the yearly figures of the performance evaluation.
	 */
	List<CoveredCount> countedBetween(LocalDate from, LocalDate to);

	/**
	 * One substitute's counts of {@link #countedBetween(LocalDate, LocalDate)}; a source with much covered work
	 * answers by a query restricted to them.
	 */
	default List<CoveredCount> countedBetween(StaffId staffId, LocalDate from, LocalDate to) {
		return countedBetween(from, to).stream().filter(count -> count.staffId() == staffId.value()).toList();
	}
}
