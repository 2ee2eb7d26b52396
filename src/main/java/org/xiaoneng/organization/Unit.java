package org.xiaoneng.organization;

/**
 * A unit (单位) of a region.
 *
 * @param id the unit
 * @param regionCode the region it belongs to
 * @param name its full name
 * @param shortName the short name used in document numbers (机关简称), e.g. 县市监
 * @param creditCode its unified social credit code
 * @param principalLeaderId the staff member who heads it (主要领导), or {@code null}
 * @param reviewBodies where its decisions are reviewed and litigated, or {@code null} until recorded
 */
public record Unit(long id, String regionCode, String name, String shortName, String creditCode,
		Long principalLeaderId, ReviewBodies reviewBodies) {
}
