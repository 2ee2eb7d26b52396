package org.xiaoneng.substitution;

import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;

/**
 * A post someone acts for now (代岗), with the holder whose work there it is. Acting is per post (the source text
 * 六(一), (五): the substitute does the work of the post they cover): a holder of two posts covered on one keeps the
 * other's work, so whatever selects the work a substitute does matches both the holder and the post.
 *
 * @param holderId whose work at the post it is
 * @param postId the post acted for
 */
public record ActedFor(StaffId holderId, PostId postId) {
}
