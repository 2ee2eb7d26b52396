package org.xiaoneng.organization;

/**
 * Filters of the staff list; every one is optional.
 *
 * @param text part of the name, staff number or position
 * @param unitId only this unit
 * @param departmentId only this department
 * @param status only this status
 * @param postKind only holders of a post of this kind
 */
public record StaffQuery(String text, Long unitId, Long departmentId, StaffStatus status, PostKind postKind) {

	/** No filter at all. */
	public static StaffQuery all() {
		return new StaffQuery(null, null, null, null, null);
	}
}
