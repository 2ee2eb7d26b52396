package org.xiaoneng.refusal;

/** What is refused, which decides the notice the applicant receives. */
public enum RefusalKind {

	/** 不予受理: refused before acceptance; the notice is a 不予受理通知书. */
	NOT_ACCEPTED,

	/** 不予许可: an administrative licence refused after acceptance; the notice is a 不予许可决定书. */
	NOT_PERMITTED,

	/** 不予办理: any other matter refused after acceptance; the notice is a 不予办理决定书. */
	NOT_PROVIDED
}
