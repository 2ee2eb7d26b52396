package org.xiaoneng.badge;

/** Why a badge was issued (rule 九.六: new staff and secondees of half a year or more; reissues). */
public enum IssueReason {

	/** 新调入人员 */
	NEW_STAFF,

	/** 借调半年以上人员 */
	SECONDEE,

	/** 岗位变动换发: a transfer moved the holder to another department or unit. */
	REISSUE_CHANGE,

	/** 挂失补发 */
	REISSUE_LOSS
}
