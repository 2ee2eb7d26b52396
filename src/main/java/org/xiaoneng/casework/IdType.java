package org.xiaoneng.casework;

/** The identity documents an applicant or agent may show. */
public enum IdType {

	/** 居民身份证: 18 characters with the check character of GB 11643-1999. */
	RESIDENT_ID,

	/** 统一社会信用代码: 18 characters with the check character of GB 32100-2015. */
	UNIFIED_SOCIAL_CREDIT_CODE,

	/** 护照 */
	PASSPORT,

	/** 港澳居民来往内地通行证 */
	HK_MACAO_PERMIT,

	/** 台湾居民来往大陆通行证 */
	TAIWAN_PERMIT
}
