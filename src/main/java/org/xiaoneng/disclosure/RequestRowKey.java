package org.xiaoneng.disclosure;

import java.util.List;

/**
 * The rows of the annual report's table 三 (国办公开办函〔2021〕30号) this module can count, each with the answers of
 * 第三十六条 it counts: an answer told the information is public already counts as 予以公开, one not this agency's to
 * disclose as 无法提供 (docs/decisions/0035).
 */
public enum RequestRowKey {

	/** 一、本年新收政府信息公开申请数量 */
	RECEIVED(List.of()),

	/** 二、上年结转政府信息公开申请数量 */
	CARRIED_IN(List.of()),

	/** 三（一）予以公开 */
	DISCLOSED(List.of(AnswerType.DISCLOSED, AnswerType.ALREADY_PUBLIC)),

	/** 三（二）部分公开 */
	PARTLY_DISCLOSED(List.of(AnswerType.PARTLY_DISCLOSED)),

	/** 三（三）不予公开 */
	NOT_DISCLOSED(List.of(AnswerType.NOT_DISCLOSED)),

	/** 三（四）无法提供 */
	UNABLE(List.of(AnswerType.DOES_NOT_EXIST, AnswerType.NOT_RESPONSIBLE)),

	/** 三（五）不予处理（重复申请） */
	NOT_HANDLED(List.of(AnswerType.REPEATED)),

	/** 三（六）1 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 */
	LAPSED(List.of()),

	/** 三（六）3 其他（依照有关法律、行政法规的规定办理） */
	OTHER(List.of(AnswerType.SPECIAL_PROCEDURE)),

	/** 三（七）总计 */
	HANDLED(List.of()),

	/** 四、结转下年度继续办理 */
	CARRIED_OUT(List.of());

	private final List<AnswerType> answers;

	RequestRowKey(List<AnswerType> answers) {
		this.answers = answers;
	}

	/** The answers this row counts. */
	List<AnswerType> answers() {
		return answers;
	}
}
