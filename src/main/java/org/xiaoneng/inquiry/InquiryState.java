package org.xiaoneng.inquiry;

/** Where an inquiry stands. */
public enum InquiryState {

	/** With its handler (the first responder, or whoever it was handed to), to be answered. */
	OPEN,

	/** Nobody was acting for the post it was meant for: it stays with the first responder until the post calls back. */
	AWAITING_CALLBACK,

	/** Responsibility unclear: with the department head or leader; the first responder still owes the answer. */
	ESCALATED,

	/** A complaint or report in the supervisors' queue. */
	WITH_SUPERVISORS,

	/** Answered and closed. */
	CLOSED
}
