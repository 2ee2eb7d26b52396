package org.xiaoneng.supervision;

/**
 * The built-in supervision rules (监察规则), each with the card it raises, who answers for it and how long they have
 * to feed back. Its name, its source in law or in the source text and its trigger are in the message bundles under
 * {@code supervision.rule.<CODE>.…}; a supervisor switches a rule on or off and tunes its numbers per unit
 * ({@link RuleSettings}), every change a new version of that unit's rule.
 */
public enum Rule {

	// 限时办结制: deadline status normal → warning → yellow (due today) → red (overdue).
	CASE_DEADLINE_NEAR(CardColour.WARNING, Responsible.HANDLER, ObjectType.CASE, 3, false,
			new Threshold(50, 99, 80), new Threshold(0, 10, 1), "casework"),

	CASE_DUE_TODAY(CardColour.YELLOW, Responsible.HANDLER, ObjectType.CASE, 2, false, null, null, "casework"),

	CASE_OVERDUE(CardColour.RED, Responsible.HANDLER, ObjectType.CASE, 2, false, null, null, "casework"),

	// 行政许可法 第三十二条: the one-time notice on the spot or within 5 days, else the application counts as accepted.
	NOTICE_NOT_GIVEN_IN_FIVE_DAYS(CardColour.YELLOW, Responsible.DEPARTMENT_HEAD, ObjectType.CASE, 3, false, null, null,
			"casework"),

	// 内部科室当天签办不过夜
	HANDOVER_NOT_SIGNED_SAME_DAY(CardColour.WARNING, Responsible.HANDLER, ObjectType.STEP, 1, false, null, null,
			"casework"),

	// 否定报备制: the leader decides a filing beyond the handler's authority within the limit.
	REFUSAL_DECISION_OVERDUE(CardColour.YELLOW, Responsible.OVERSEEING_LEADER, ObjectType.REFUSAL, 2, false, null, null,
			"refusal"),

	REFUSAL_FOUND_WRONG(CardColour.RED, Responsible.HANDLER, ObjectType.REFUSAL, 5, true, null, null, "refusal"),

	// 同岗替代制: A and B never absent together.
	POST_LEFT_UNCOVERED(CardColour.YELLOW, Responsible.DEPARTMENT_HEAD, ObjectType.POST, 2, false, null, null,
			"substitution"),

	// 首问负责制: a matter handed on more than twice without progress is 推诿.
	BUCK_PASSING(CardColour.YELLOW, Responsible.DEPARTMENT_HEAD, ObjectType.INQUIRY, 3, true, null, null, "inquiry"),

	INQUIRY_OVERDUE(CardColour.YELLOW, Responsible.HANDLER, ObjectType.INQUIRY, 2, false, null, null, "inquiry"),

	// 行政许可法 第四十二条: an extension is asked for before the deadline.
	EXTENSION_AFTER_DEADLINE(CardColour.YELLOW, Responsible.HANDLER, ObjectType.CASE, 3, false, null, null,
			"casework"),

	// 限时办结制 inside the case: a step over its own budget while the case is still in time.
	STEP_OVER_BUDGET(CardColour.WARNING, Responsible.HANDLER, ObjectType.STEP, 2, false, null, null, "casework"),

	// 好差评: a bad rating's rectification (核实整改) not closed by its due day.
	BAD_RATING_NOT_RECTIFIED(CardColour.YELLOW, Responsible.DEPARTMENT_HEAD, ObjectType.RATING, 3, false, null, null,
			"casework"),

	// 服务承诺制: a promise measured as a rate below the unit's floor (per cent) over a month.
	COMMITMENT_BELOW_PROMISE(CardColour.YELLOW, Responsible.OVERSEEING_LEADER, ObjectType.COMMITMENT, 5, true,
			new Threshold(50, 100, 95), null, "catalog"),

	// 领导不压不拖: the leader decides an extension request within the limit, as a refusal filing (one card a request).
	EXTENSION_DECISION_OVERDUE(CardColour.YELLOW, Responsible.OVERSEEING_LEADER, ObjectType.CASE, 2, false, null, null,
			"casework"),

	// 持证上岗制度: a window post is worked with a valid duty badge; reviewed first, as the office may be issuing it.
	WINDOW_STAFF_WITHOUT_BADGE(CardColour.YELLOW, Responsible.DEPARTMENT_HEAD, ObjectType.STAFF, 3, true, null, null,
			"badge"),

	// 政府信息公开条例 第二十六条 and the source text's rule 十: an item of the disclosure catalogue not published by its
	// due day (its period's end, or 20 working days after the information arose); to its editor, else the head.
	DISCLOSURE_ITEM_OVERDUE(CardColour.YELLOW, Responsible.HANDLER, ObjectType.DISCLOSURE_ITEM, 3, false, null, null,
			"disclosure");

	/** The version of every built-in rule's defaults; a unit's first change makes version 2. */
	public static final int BUILT_IN_VERSION = 1;

	/**
	 * A rule's tunable number and the range a supervisor may set it in.
	 *
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 * @param defaultValue the built-in value
	 */
	public record Threshold(int min, int max, int defaultValue) {
	}

	private final CardColour colour;

	private final Responsible responsible;

	private final ObjectType objectType;

	private final int feedbackDays;

	private final boolean reviewFirst;

	private final Threshold threshold;

	private final Threshold daysLeft;

	private final String signalledBy;

	Rule(CardColour colour, Responsible responsible, ObjectType objectType, int feedbackDays, boolean reviewFirst,
			Threshold threshold, Threshold daysLeft, String signalledBy) {
		this.colour = colour;
		this.responsible = responsible;
		this.objectType = objectType;
		this.feedbackDays = feedbackDays;
		this.reviewFirst = reviewFirst;
		this.threshold = threshold;
		this.daysLeft = daysLeft;
		this.signalledBy = signalledBy;
	}

	/** The card it raises. */
	public CardColour colour() {
		return colour;
	}

	/** Who holds the card first. */
	public Responsible responsible() {
		return responsible;
	}

	/** What its cards are about. */
	public ObjectType objectType() {
		return objectType;
	}

	/** The built-in feedback deadline in working days from issue. */
	public int feedbackDays() {
		return feedbackDays;
	}

	/** Whether a supervisor reviews its cards before they are issued (待发). */
	public boolean reviewFirst() {
		return reviewFirst;
	}

	/** Its tunable number, or {@code null} when it has none. */
	public Threshold threshold() {
		return threshold;
	}

	/** Its second number, the working days left (the deadline warning only), or {@code null}. */
	public Threshold daysLeft() {
		return daysLeft;
	}

	/** The module whose events trigger it, or {@code null} while no module signals it yet. */
	public String signalledBy() {
		return signalledBy;
	}

	/** Its code as stored on cards and settings. */
	public String code() {
		return name();
	}
}
