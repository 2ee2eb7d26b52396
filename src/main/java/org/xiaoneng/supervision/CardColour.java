package org.xiaoneng.supervision;

/** How grave a card is, from the lowest up; escalation moves a card one colour up. */
public enum CardColour {

	/** 预警 */
	WARNING,

	/** 黄牌 */
	YELLOW,

	/** 红牌 */
	RED;

	/** The next colour up, or this one when it is already red. */
	CardColour next() {
		return this == RED ? RED : values()[ordinal() + 1];
	}
}
