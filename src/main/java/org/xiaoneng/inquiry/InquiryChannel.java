package org.xiaoneng.inquiry;

/** How the contact reached the first responder. */
public enum InquiryChannel {

	/** 来访 */
	VISIT,

	/** 来电 */
	PHONE,

	/** 来信 */
	LETTER,

	/** 网络 (including the public portal) */
	ONLINE
}
