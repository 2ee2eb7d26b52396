package org.xiaoneng.accountability;

/** What the investigation found that makes the subject's case 从重 (aggravated), besides a second case in the year. */
public enum Aggravation {

	/** 阻挠、干扰调查 */
	OBSTRUCTION,

	/** 作伪证、提供虚假情况 */
	FALSE_TESTIMONY,

	/** 打击报复投诉举报人 */
	RETALIATION
}
