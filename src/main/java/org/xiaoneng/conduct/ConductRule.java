package org.xiaoneng.conduct;

/**
 * One rule of conduct (十不准 and a unit's own additions), as complaints, inspection findings and cases cite it.
 *
 * @param code its code, e.g. {@code SBZ-5}
 * @param text its wording
 * @param source where the wording comes from
 * @param unitId the unit whose list it belongs to, 0 for the region's default list
 * @param version the version of that list
 */
public record ConductRule(String code, String text, String source, long unitId, int version) {

	/** How a complaint, finding or case cites this rule. */
	public ConductCitation citation() {
		return new ConductCitation(code, unitId, version);
	}
}
