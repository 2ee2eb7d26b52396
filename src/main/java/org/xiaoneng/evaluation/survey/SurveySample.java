package org.xiaoneng.evaluation.survey;

import java.util.List;
import java.util.SortedMap;

/**
 * The people drawn for a survey, stratum by stratum.
 *
 * @param strata per stratum, in stratum order, how many people it had and who was drawn
 */
record SurveySample(SortedMap<Stratum, Draw> strata) {

	/**
	 * One stratum's draw.
	 *
	 * @param population how many distinct people the stratum had in the period (N_h)
	 * @param drawn those drawn, in the order drawn (n_h of them)
	 */
	record Draw(int population, List<Contact> drawn) {
	}

	int invited() {
		return strata.values().stream().mapToInt(draw -> draw.drawn().size()).sum();
	}
}
