package org.xiaoneng.catalog;

/**
 * Filters of the public search; {@code null} (or a blank keyword) leaves a filter out.
 *
 * @param keyword part of the name or a code
 * @param unitId the implementing unit
 * @param departmentId the handling department
 * @param type the item type
 * @param caseKind 即办件 or 承诺件
 * @param online only items that can (true) or cannot (false) be handled online
 */
public record ItemSearch(String keyword, Long unitId, Long departmentId, ItemType type, CaseKind caseKind,
		Boolean online) {

	/** No filter. */
	public static ItemSearch all() {
		return new ItemSearch(null, null, null, null, null, null);
	}
}
