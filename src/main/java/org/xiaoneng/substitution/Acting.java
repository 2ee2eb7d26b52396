package org.xiaoneng.substitution;

/**
 * Who acts for a post at a moment.
 *
 * @param postId the post
 * @param staffId the person acting, or {@code null} when the post has no holder
 * @param reason holder, substitute or designated third person
 * @param absenceId the absence that makes someone else act, or {@code null}
 */
public record Acting(long postId, Long staffId, ActingReason reason, Long absenceId) {

	/** Whether the person acts for someone else (代岗). */
	public boolean onBehalf() {
		return reason != ActingReason.HOLDER;
	}
}
