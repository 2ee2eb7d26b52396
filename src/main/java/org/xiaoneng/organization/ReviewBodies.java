package org.xiaoneng.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where an applicant turns against a unit's decision: the body that hears administrative reconsideration of it
 * (行政复议法 第二十四条: for a county department, the county people's government) and the court of first instance for
 * administrative litigation (行政诉讼法 第十八条). Every refusal notice names both.
 *
 * @param reconsiderationBody the reconsideration body (行政复议机关), e.g. 示范县人民政府
 * @param litigationCourt the court (行政诉讼管辖法院), e.g. 示范县人民法院
 */
public record ReviewBodies(@NotBlank @Size(max = 100) String reconsiderationBody,
		@NotBlank @Size(max = 100) String litigationCourt) {
}
