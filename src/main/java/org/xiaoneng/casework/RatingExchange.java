package org.xiaoneng.casework;

import java.time.LocalDate;

/**
 * One rating as the 好差评 exchange with the national platform carries it: levels coded as GB/T 39046 does, 1 非常满意
 * … 5 非常不满意 (the reverse of casework's canonical scale).
 *
 * @param caseNumber the case number
 * @param itemId the service item
 * @param overallLevel 整体满意度, GB/T 39046 code
 * @param efficiencyLevel 服务效率, GB/T 39046 code
 * @param serviceLevel 服务水平, GB/T 39046 code
 * @param attitudeLevel 服务态度, GB/T 39046 code
 * @param channel where it was given
 * @param ratedOn when
 */
public record RatingExchange(String caseNumber, long itemId, int overallLevel, int efficiencyLevel,
		int serviceLevel, int attitudeLevel, RatingChannel channel, LocalDate ratedOn) {
}
