package org.xiaoneng.catalog;

/** 事项类型 (GB/T 39046-2020 and the 权责清单 categories). */
public enum ItemType {

	/** 行政许可 */
	ADMINISTRATIVE_LICENSE,

	/** 行政确认 */
	ADMINISTRATIVE_CONFIRMATION,

	/** 行政给付 */
	ADMINISTRATIVE_PAYMENT,

	/** 行政裁决 */
	ADMINISTRATIVE_RULING,

	/** 其他行政权力 */
	OTHER_POWER,

	/** 公共服务 */
	PUBLIC_SERVICE,

	/** 行政备案 */
	ADMINISTRATIVE_FILING
}
