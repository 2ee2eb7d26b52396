package org.xiaoneng.supervision;

/**
 * What a card is about, as the signal that raised it names it.
 *
 * @param type the kind of object
 * @param id its id in its own module
 * @param part a part of it (a step's number, the absence that left a post uncovered), 0 for the whole
 * @param label what pages call it (a case number, a query code), never personal data
 * @param unitId its unit
 * @param departmentId its department, or {@code null} when it names none
 */
record CardSubject(ObjectType type, long id, long part, String label, long unitId, Long departmentId) {

	/** The department for scope checks: none matches no department, so only unit-wide and regional readers see it. */
	long scopeDepartment() {
		return departmentId == null ? 0 : departmentId;
	}
}
