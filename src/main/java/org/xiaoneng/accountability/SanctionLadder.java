package org.xiaoneng.accountability;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.xiaoneng.organization.DecisionLevel;

/**
 * The named policies of a decision: which sanctions combine, the lightest a severity allows (one rung higher when the
 * case is 从重), who may decide them, and what they cost the person's year.
 */
final class SanctionLadder {

	private final AccountabilitySettings settings;

	SanctionLadder(AccountabilitySettings settings) {
		this.settings = settings;
	}

	/** The effects of a decision on the subject's year: the strictest of its sanctions, not their sum. */
	record Effects(boolean notEligibleForExcellent, int bonusDeductionPercent) {
	}

	/**
	 * The sanctions in ladder order, once each, when they combine: at least one; a person is moved to another post or
	 * made to resign, not both; a department gets no personal sanction.
	 */
	List<Sanction> requireCombination(Set<Sanction> sanctions, Subject subject) {
		if (sanctions == null || sanctions.isEmpty()) {
			throw new SanctionsRequiredException();
		}
		List<Sanction> ordered = sanctions.stream().sorted().toList();
		if (ordered.contains(Sanction.REMOVAL_FROM_POST) && ordered.contains(Sanction.ORDERED_RESIGNATION)) {
			throw new SanctionsExcludeEachOtherException(Sanction.REMOVAL_FROM_POST, Sanction.ORDERED_RESIGNATION);
		}
		if (!subject.person()) {
			ordered.stream().filter(Sanction::personal).findFirst().ifPresent(s -> {
				throw new SanctionNotForDepartmentException(s);
			});
		}
		return ordered;
	}

	/**
	 * The lightest rung the decision's heaviest sanction must reach: any for 较轻, 通报批评 for 较重, 效能告诫 for 严重,
	 * and one rung higher for a case marked 从重 (“两次以上从重”, DOMAIN.md 7); for a department no higher than 效能告诫,
	 * the heaviest rung that applies to one.
	 */
	Sanction lightestAllowed(Severity severity, boolean aggravated, Subject subject) {
		int rung = switch (severity) {
			case MINOR -> Sanction.ADMONITORY_TALK.ordinal();
			case SERIOUS -> Sanction.PUBLIC_CRITICISM.ordinal();
			case GRAVE -> Sanction.EFFICIENCY_WARNING.ordinal();
		};
		int lightest = aggravated ? rung + 1 : rung;
		return Sanction.values()[subject.person() ? lightest
				: Math.min(lightest, Sanction.EFFICIENCY_WARNING.ordinal())];
	}

	void requireHeavyEnough(List<Sanction> ordered, Severity severity, boolean aggravated, Subject subject) {
		Sanction lightest = lightestAllowed(severity, aggravated, subject);
		if (ordered.get(ordered.size() - 1).compareTo(lightest) < 0) {
			throw new SanctionTooLightException(severity, aggravated, lightest);
		}
	}

	/**
	 * Lets a decision through only when the decider holds, over the subject, the level its most demanding sanction
	 * needs; a department is judged by a leader of the unit, not by its own head.
	 *
	 * @param deciderLevel the highest level the decider holds over the subject, or {@code null} for none
	 */
	void requireAuthority(List<Sanction> ordered, Subject subject, DecisionLevel deciderLevel) {
		Sanction demanding = ordered.stream().max(Comparator.comparing(s -> needed(s, subject))).orElseThrow();
		DecisionLevel needed = needed(demanding, subject);
		if (deciderLevel == null || deciderLevel.compareTo(needed) < 0) {
			throw new SanctionAboveAuthorityException(demanding, needed);
		}
	}

	Effects effects(List<Sanction> ordered) {
		boolean barred = false;
		int deduction = 0;
		for (Sanction sanction : ordered) {
			AccountabilitySettings.SanctionTerms terms = settings.sanctions().get(sanction);
			barred |= terms.notEligibleForExcellent();
			deduction = Math.max(deduction, terms.bonusDeductionPercent());
		}
		return new Effects(barred, deduction);
	}

	private DecisionLevel needed(Sanction sanction, Subject subject) {
		DecisionLevel level = settings.sanctions().get(sanction).level();
		if (!subject.person() && level == DecisionLevel.DEPARTMENT_HEAD) {
			return DecisionLevel.DEPUTY_LEADER;
		}
		return level;
	}
}
