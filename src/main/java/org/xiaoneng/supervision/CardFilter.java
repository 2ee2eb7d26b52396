package org.xiaoneng.supervision;

/**
 * Which cards a list shows, within the caller's scope; every part optional.
 *
 * @param state only cards in this state
 * @param colour only cards of this colour
 * @param rule only cards of this rule
 * @param unitId only cards of this unit
 * @param departmentId only cards of this department
 * @param mine only the caller's own cards
 */
public record CardFilter(CardState state, CardColour colour, Rule rule, Long unitId, Long departmentId, boolean mine) {

	/** Every card the caller may see. */
	public static final CardFilter ALL = new CardFilter(null, null, null, null, null, false);

	/** The caller's own cards. */
	public static final CardFilter MINE = new CardFilter(null, null, null, null, null, true);
}
