package org.xiaoneng.disclosure;

import java.time.LocalDate;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;

/**
 * An item was not published by its due day: a regular item missed its period, an ad hoc one its 20 working days
 * (政府信息公开条例 第二十六条), a stage its date. Raised once per due day. Supervision turns it into a card for the
 * item's editor; it goes on to the next due day only when an edition is published.
 *
 * @param itemId the item
 * @param unitId its unit
 * @param departmentId the department of its editor
 * @param editorId the staff member who drafted it, who answers for it
 * @param title its title
 * @param cadence its cadence
 * @param dueOn the day it was due
 */
public record DisclosureItemOverdue(DisclosureItemId itemId, UnitId unitId, DepartmentId departmentId,
		StaffId editorId, String title, Cadence cadence, LocalDate dueOn) {
}
