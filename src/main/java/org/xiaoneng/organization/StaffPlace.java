package org.xiaoneng.organization;

/**
 * Where a staff member at work sits, and nothing else: what a computation over a whole unit needs to file and rank
 * them, read without decrypting anything (docs/decisions/0053).
 *
 * @param id the staff member
 * @param unitId their unit
 * @param departmentId their department
 */
public record StaffPlace(long id, long unitId, long departmentId) {
}
