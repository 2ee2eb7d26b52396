package org.xiaoneng.inquiry;

/** What the visitor wants; complaints and reports are confidential and go to the supervisors. */
public enum InquiryCategory {

	/** 咨询 */
	CONSULTATION,

	/** 查询 */
	QUERY,

	/** 办理: the visitor wants to apply for a service item */
	APPLICATION_INTENT,

	/** 投诉 */
	COMPLAINT,

	/** 举报 */
	REPORT,

	/** 建议 */
	SUGGESTION,

	/** 求助 */
	HELP;

	/** Complaints and reports: handled by supervisors, the identity of whoever made them kept confidential. */
	public boolean confidential() {
		return this == COMPLAINT || this == REPORT;
	}
}
