package org.xiaoneng.conduct;

/**
 * A conduct rule as a complaint, a finding or a case cites it: its code in the list of a unit (0: the region's
 * default) in the version in force when it was cited, so that the wording judged by can always be read again.
 *
 * @param code the rule's code, e.g. {@code SBZ-5}
 * @param listUnitId the unit whose list it is, 0 for the region's default
 * @param version the version of that list
 */
public record ConductCitation(String code, long listUnitId, int version) {
}
