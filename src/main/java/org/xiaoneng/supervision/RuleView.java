package org.xiaoneng.supervision;

/**
 * A rule of the catalogue (监察规则) as it applies in a unit, its texts in the reader's language.
 *
 * @param code its code
 * @param name its name
 * @param source where it comes from (a law's article, a clause of the source text)
 * @param trigger what raises it
 * @param colour the card it raises
 * @param responsible who holds its cards first
 * @param reviewFirst whether a supervisor reviews its cards before they are issued
 * @param signalled whether a module signals it yet
 * @param threshold the range of its main number, or {@code null}
 * @param daysLeft the range of its working days left, or {@code null}
 * @param terms its settings in the unit now, with their version
 */
public record RuleView(String code, String name, String source, String trigger, CardColour colour,
		Responsible responsible, boolean reviewFirst, boolean signalled, Rule.Threshold threshold,
		Rule.Threshold daysLeft, RuleTerms terms) {
}
