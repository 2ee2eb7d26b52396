package org.xiaoneng.accountability;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xiaoneng.organization.DecisionLevel;

/**
 * The accountability procedure's numbers and its sanction ladder.
 *
 * @param statementWorkingDays the subject makes a statement (申辩) within this many working days of being asked
 * @param appealDays the subject may ask for a review within this many days of receiving the decision (公务员法
 * 第九十五条: 自知道该人事处理之日起三十日内向原处理机关申请复核)
 * @param publicBaseUrl the address staff reach the platform at, for the decision notice's QR code (no trailing slash)
 * @param sanctions per sanction, who may decide it and what it costs the person's year; a sanction not listed keeps
 * its default ({@link #DEFAULT_TERMS})
 */
@ConfigurationProperties("xiaoneng.accountability")
record AccountabilitySettings(@DefaultValue("5") int statementWorkingDays, @DefaultValue("30") int appealDays,
		@DefaultValue("http://localhost:8080") String publicBaseUrl, Map<Sanction, SanctionTerms> sanctions) {

	/**
	 * The ladder as shipped: a talk and a written self-criticism lie with the head of the subject's department; a
	 * public criticism with the overseeing leader; a warning and everything above with the principal leader. From a
	 * public criticism up the person cannot be rated 优秀 in the year (the usual wording of county 效能问责办法).
	 */
	static final Map<Sanction, SanctionTerms> DEFAULT_TERMS = Map.of(
			Sanction.ADMONITORY_TALK, new SanctionTerms(DecisionLevel.DEPARTMENT_HEAD, false, 0),
			Sanction.WRITTEN_SELF_CRITICISM, new SanctionTerms(DecisionLevel.DEPARTMENT_HEAD, false, 0),
			Sanction.PUBLIC_CRITICISM, new SanctionTerms(DecisionLevel.DEPUTY_LEADER, true, 10),
			Sanction.EFFICIENCY_WARNING, new SanctionTerms(DecisionLevel.PRINCIPAL_LEADER, true, 20),
			Sanction.REMOVAL_FROM_POST, new SanctionTerms(DecisionLevel.PRINCIPAL_LEADER, true, 30),
			Sanction.ORDERED_RESIGNATION, new SanctionTerms(DecisionLevel.PRINCIPAL_LEADER, true, 100),
			Sanction.DISCIPLINARY_PROPOSAL, new SanctionTerms(DecisionLevel.PRINCIPAL_LEADER, true, 50));

	AccountabilitySettings {
		if (statementWorkingDays < 1 || appealDays < 1) {
			throw new IllegalArgumentException("a statement and an appeal each need at least one day");
		}
		publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
		Map<Sanction, SanctionTerms> all = new EnumMap<>(DEFAULT_TERMS);
		if (sanctions != null) {
			all.putAll(sanctions);
		}
		sanctions = Map.copyOf(all);
	}

	/** The settings as shipped, for tests and tools that run without Spring. */
	static AccountabilitySettings defaults() {
		return new AccountabilitySettings(5, 30, "http://localhost:8080", Map.of());
	}

	/**
	 * One rung's terms.
	 *
	 * @param level the lowest leadership level that may decide it over the subject
	 * @param notEligibleForExcellent whether it bars the person from 优秀 in the year
	 * @param bonusDeductionPercent what it deducts from the year's award or bonus, in per cent (0–100)
	 */
	record SanctionTerms(DecisionLevel level, boolean notEligibleForExcellent, int bonusDeductionPercent) {

		SanctionTerms {
			if (level == null || bonusDeductionPercent < 0 || bonusDeductionPercent > 100) {
				throw new IllegalArgumentException("a sanction needs a decision level and a deduction of 0 to 100 per cent");
			}
		}
	}
}
