package org.xiaoneng.substitution;

import org.xiaoneng.common.WorkItem;

/**
 * Open work that someone does for an absent colleague (代岗).
 *
 * @param item the work
 * @param forStaffId whose work it is
 * @param postId the post acted for
 */
public record ActingWork(WorkItem item, long forStaffId, long postId) {
}
