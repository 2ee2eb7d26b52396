package org.xiaoneng.substitution;

/**
 * One line of a department's duty board (值班看板).
 *
 * @param postId the post
 * @param postName its name
 * @param acting who acts for it
 * @param actingName the acting person's name, or {@code null} when nobody
 */
public record DutyRow(long postId, String postName, Acting acting, String actingName) {
}
