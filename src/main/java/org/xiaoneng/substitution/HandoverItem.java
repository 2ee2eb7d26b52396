package org.xiaoneng.substitution;

import java.time.LocalDate;

/**
 * One open piece of the absentee's work on the handover list, with the absentee's note.
 *
 * @param position its place on the list
 * @param module the owning module
 * @param itemId its id there
 * @param title what it is
 * @param link where it is worked on
 * @param deadline when it is due, or {@code null}
 * @param inProgress 在办 ({@code true}) or 待办
 * @param note the absentee's note, or {@code null}
 */
public record HandoverItem(int position, String module, String itemId, String title, String link, LocalDate deadline,
		boolean inProgress, String note) {
}
