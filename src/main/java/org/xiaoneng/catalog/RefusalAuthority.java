package org.xiaoneng.catalog;

/** The lowest level that may refuse an application of the item (否定报备制). */
public enum RefusalAuthority {

	/** 经办人, within their own authority */
	HANDLER,

	/** 股室负责人 */
	DEPARTMENT_HEAD,

	/** 分管领导 */
	DEPUTY_LEADER,

	/** 主要领导 */
	PRINCIPAL_LEADER
}
