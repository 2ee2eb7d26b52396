package org.xiaoneng.disclosure;

/** How an applicant challenged an answer (政府信息公开条例 第五十一条): 行政复议, 行政诉讼 directly, or 复议后起诉. */
public enum ChallengeKind {
	RECONSIDERATION, LITIGATION, LITIGATION_AFTER_RECONSIDERATION
}
