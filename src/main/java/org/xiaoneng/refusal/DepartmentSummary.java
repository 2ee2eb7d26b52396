package org.xiaoneng.refusal;

import java.math.BigDecimal;

/**
 * One department's refusals of a month (月度汇总).
 *
 * @param unitId the unit
 * @param departmentId the department
 * @param departmentName the department, with its unit's short name
 * @param filings how many filings
 * @param beyondAuthority how many went beyond the handler's authority
 * @param overruled how many the leaders overruled
 * @param beyondAuthorityShare beyond authority as a percentage of the filings
 * @param overruledShare overruled as a percentage of those beyond authority that were decided
 */
public record DepartmentSummary(long unitId, long departmentId, String departmentName, long filings,
		long beyondAuthority, long overruled, BigDecimal beyondAuthorityShare, BigDecimal overruledShare) {
}
