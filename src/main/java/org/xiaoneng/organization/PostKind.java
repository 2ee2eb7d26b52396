package org.xiaoneng.organization;

/** What a post (岗位) is for. */
public enum PostKind {

	/** 窗口岗: first contact at the service hall. */
	WINDOW,

	/** 经办岗: works the steps of cases and inquiries. */
	HANDLING,

	/** 领导岗: leads a department or the unit. */
	LEADING
}
