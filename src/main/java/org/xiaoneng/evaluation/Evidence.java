package org.xiaoneng.evaluation;

import java.time.LocalDate;

/**
 * A record behind a computed figure: a case, a card or an accountability decision, with the page it is on.
 *
 * @param measure the figure it stands behind
 * @param label its number or name
 * @param on the day that counted (completed, issued, decided)
 * @param status what about it counted: ON_TIME, LATE, BAD_RATING, YELLOW, RED or DECIDED (a key of the bundle)
 * @param detail the numbers or words behind it: days used of days promised, the rating, the sanctions
 * @param href the page of the record
 */
public record Evidence(Measure measure, String label, LocalDate on, String status, String detail, String href) {
}
