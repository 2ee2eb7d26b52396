package org.xiaoneng.catalog;

/** The parts of a service commitment (服务承诺书). */
public enum PromiseCategory {

	/** 简化程序 */
	SIMPLIFIED_PROCEDURE,

	/** 缩短时限 */
	SHORTENED_LIMIT,

	/** 服务质量 */
	SERVICE_QUALITY,

	/** 其他承诺: conduct, supervision, fees */
	OTHER
}
