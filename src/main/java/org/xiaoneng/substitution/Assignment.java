package org.xiaoneng.substitution;

import java.time.Instant;

/**
 * The substitute (B 角) of a post: a person, or whoever holds another post.
 *
 * @param postId the post
 * @param substituteStaffId the substitute, or {@code null} when it is a post
 * @param substitutePostId the substitute post, or {@code null} when it is a person
 * @param approvedBy who approved it (sign-in name)
 * @param approvedAt when
 */
public record Assignment(long postId, Long substituteStaffId, Long substitutePostId, String approvedBy,
		Instant approvedAt) {
}
