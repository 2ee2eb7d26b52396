package org.xiaoneng.supervision;

/** What a card is about: another module's record, named by its id (and a part, e.g. a step, where it has parts). */
public enum ObjectType {

	/** 办件 */
	CASE,

	/** A step of a case (承办, 审核 …); the part is the step's number. */
	STEP,

	/** 首问登记 */
	INQUIRY,

	/** 否定报备 */
	REFUSAL,

	/** 岗位 */
	POST,

	/** 好差评 */
	RATING,

	/** 服务承诺 */
	COMMITMENT,

	/** A staff member, e.g. on a window post without a valid badge; the part is the day (yyyymmdd). */
	STAFF,

	/** 政务公开事项: an item of a unit's disclosure catalogue; the part is the day it was due (yyyymmdd). */
	DISCLOSURE_ITEM
}
