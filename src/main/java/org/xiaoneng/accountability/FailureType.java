package org.xiaoneng.accountability;

/**
 * What the subject failed at: the seven failures rule 七 (失职追究制) pursues, and the breaches that rules 一–六 and
 * 十一 each say are pursued once verified (“对违反本制度并经查实的，要根据情节轻重，按规定追究其责任”).
 */
public enum FailureType {

	/** 七 1: 不认真贯彻…不完成职责范围内的工作，贻误工作，造成恶劣影响或损失 */
	DUTY_NOT_DONE("七"),

	/** 七 2: 对分管范围内工作人员…长期失察，管理措施不力或放任不管 */
	LAX_OVERSIGHT("七"),

	/** 七 3: 在工作中不负责任，造成严重事故或…较大损失 */
	IRRESPONSIBILITY_LOSS("七"),

	/** 七 4: 办事不力、推诿扯皮，造成国家、集体和个人经济损失 */
	BUCK_PASSING("七"),

	/** 七 5: 对本部门存在的问题不认真解决，致使矛盾激化造成严重后果 */
	PROBLEMS_LEFT_TO_ESCALATE("七"),

	/** 七 6: 工作时间擅离岗位，造成工作失误并产生不良后果 */
	ABSENT_FROM_POST("七"),

	/** 七 7: 其他失职类错误 */
	OTHER_DERELICTION("七"),

	/** 一 首问负责制: 不履行首问负责 */
	FIRST_INQUIRY_NOT_HONOURED("一"),

	/** 二 一次性告知制: 未一次性告知 */
	NOT_TOLD_AT_ONCE("二"),

	/** 三 限时办结制: 超时限 */
	OVERTIME("三"),

	/** 四 否定报备制: 未报备否定, or a refusal found wrong */
	REFUSAL_NOT_FILED("四"),

	/** 六 同岗替代制: 同岗替代不到位 */
	SUBSTITUTION_FAILED("六"),

	/** 五 服务承诺制: 违反服务承诺 */
	COMMITMENT_BROKEN("五"),

	/** 十一 十不准: 违反十不准; the case cites the conduct rule by code */
	CONDUCT_RULE_BROKEN("十一");

	private final String rule;

	FailureType(String rule) {
		this.rule = rule;
	}

	/** The rule of the source text it comes from (一 … 十一). */
	public String rule() {
		return rule;
	}

	/**
	 * The failure a supervision rule's card stands for, by the rule's code: supervision's rules watch deadlines,
	 * notices, refusals, substitution and commitments; a card of a rule not listed is 其他失职 until investigated.
	 */
	static FailureType ofCardRule(String ruleCode) {
		return switch (ruleCode) {
			case "CASE_DEADLINE_NEAR", "CASE_DUE_TODAY", "CASE_OVERDUE", "STEP_OVER_BUDGET", "EXTENSION_AFTER_DEADLINE",
					"INQUIRY_OVERDUE", "REFUSAL_DECISION_OVERDUE" -> OVERTIME;
			case "NOTICE_NOT_GIVEN_IN_FIVE_DAYS" -> NOT_TOLD_AT_ONCE;
			case "REFUSAL_FOUND_WRONG" -> REFUSAL_NOT_FILED;
			case "POST_LEFT_UNCOVERED", "HANDOVER_NOT_SIGNED_SAME_DAY" -> SUBSTITUTION_FAILED;
			case "BUCK_PASSING" -> BUCK_PASSING;
			case "BAD_RATING_NOT_RECTIFIED", "COMMITMENT_BELOW_PROMISE" -> COMMITMENT_BROKEN;
			default -> OTHER_DERELICTION;
		};
	}
}
