package org.xiaoneng.organization;

/**
 * Who decides: the level of authority a decision needs (e.g. a refusal or an extension beyond a handler's authority,
 * 否定报备制, 限时办结制), from the lowest up.
 */
public enum DecisionLevel {

	/** 股室负责人 */
	DEPARTMENT_HEAD,

	/** 分管领导 */
	DEPUTY_LEADER,

	/** 主要领导 */
	PRINCIPAL_LEADER
}
