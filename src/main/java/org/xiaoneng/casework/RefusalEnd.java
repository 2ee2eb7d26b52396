package org.xiaoneng.casework;

/** How a refusal that took effect (否定报备制) ended a case. */
enum RefusalEnd {

	/** 不予受理: refused before acceptance. */
	NOT_ACCEPTED,

	/** 不予许可: completed refused. */
	COMPLETED_REFUSED,

	/** It had ended so already: nothing changed. */
	ALREADY
}
