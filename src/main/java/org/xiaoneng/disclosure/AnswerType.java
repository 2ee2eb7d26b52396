package org.xiaoneng.disclosure;

/**
 * The answers of 政府信息公开条例 第三十六条 (and 第三十七条 for a part), each with its notice text in the bundle under
 * {@code disclosure.answer.<NAME>}.
 */
public enum AnswerType {

	// 第三十六条(一) 所申请公开信息已经主动公开的，告知申请人获取该政府信息的方式、途径
	ALREADY_PUBLIC,

	// 第三十六条(二) 所申请公开信息可以公开的，向申请人提供该政府信息，或者告知获取的方式、途径和时间
	DISCLOSED,

	// 第三十七条 能够作区分处理的，应当向申请人提供可以公开的政府信息内容，并对不予公开的内容说明理由
	PARTLY_DISCLOSED,

	// 第三十六条(三) 依据本条例的规定决定不予公开的，告知申请人不予公开并说明理由
	NOT_DISCLOSED,

	// 第三十六条(四) 经检索没有所要求公开的政府信息的，告知申请人该政府信息不存在
	DOES_NOT_EXIST,

	// 第三十六条(五) 不属于本行政机关负责公开的，告知申请人并说明理由；能够确定负责公开该政府信息的行政机关的，告知其名称、联系方式
	NOT_RESPONSIBLE,

	// 第三十六条(六) 已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，告知申请人不予重复处理
	REPEATED,

	// 第三十六条(七) 所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的，告知申请人依照有关法律、行政法规的规定办理
	SPECIAL_PROCEDURE;

	/** Whether information is handed over, for which a fee may be due (国办函〔2020〕109号). */
	boolean providesInformation() {
		return this == DISCLOSED || this == PARTLY_DISCLOSED;
	}
}
