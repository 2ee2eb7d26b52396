package org.xiaoneng.disclosure;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A unit's tables of the annual report on government information disclosure (政府信息公开条例 第四十九条、第五十条), in
 * the layout of 国办公开办函〔2021〕30号: the items published on the unit's own initiative by category, the requests
 * received and how they were handled by kind of applicant, and the reconsiderations and suits recorded.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param year the calendar year
 * @param published 主动公开: one row per category of the catalogue
 * @param requests 收到和处理政府信息公开申请情况: the rows of table 三, in order
 * @param challenges 行政复议、行政诉讼情况: one row per kind
 */
public record AnnualReport(long unitId, String unitName, int year, List<PublishedRow> published,
		List<RequestRow> requests, List<ChallengeRow> challenges) {

	/**
	 * Items of a category published on the unit's own initiative.
	 *
	 * @param category the category
	 * @param published editions published in the year
	 * @param withdrawn items withdrawn in the year
	 * @param inForce items standing published at the year's end
	 */
	public record PublishedRow(Category category, int published, int withdrawn, int inForce) {
	}

	/**
	 * A row of the requests' table.
	 *
	 * @param row which row: {@link RequestRowKey}
	 * @param citizens requests of natural persons
	 * @param organizations requests of legal persons and other organisations
	 */
	public record RequestRow(RequestRowKey row, int citizens, int organizations) {

		@JsonProperty("total")
		public int total() {
			return citizens + organizations;
		}
	}

	/**
	 * The reconsiderations or suits of a kind filed in the year, by their outcome.
	 *
	 * @param kind reconsideration, suit directly or suit after reconsideration
	 * @param upheld 结果维持
	 * @param corrected 结果纠正
	 * @param other 其他结果
	 * @param pending 尚未审结
	 */
	public record ChallengeRow(ChallengeKind kind, int upheld, int corrected, int other, int pending) {

		@JsonProperty("total")
		public int total() {
			return upheld + corrected + other + pending;
		}
	}
}
