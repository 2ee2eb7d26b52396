package org.xiaoneng.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a service item (事项) with the elements of GB/T 39046-2020. A published version never changes; an
 * edit is the next version.
 *
 * @param id the item (the same across its versions)
 * @param version the version, from 1
 * @param name 事项名称
 * @param basicCode 基本编码
 * @param implementationCode 实施编码, unique among items
 * @param type 事项类型
 * @param unitId the unit that implements it (实施主体)
 * @param departmentId the department that handles it (承办机构)
 * @param responsiblePostIds the posts that answer for it
 * @param legalBasis 设定依据
 * @param conditions 受理条件
 * @param statutoryLimit 法定办结时限
 * @param promisedLimit 承诺办结时限
 * @param caseKind 即办件 or 承诺件
 * @param steps 办理流程, numbered from 1
 * @param specialProcedures 特别程序
 * @param materials 申请材料, numbered from 1
 * @param fees 收费 (none: free)
 * @param place 办理地点
 * @param hours 办理时间
 * @param consultationPhone 咨询电话
 * @param supervisionPhone 监督投诉电话
 * @param maxVisits 到办事现场次数 (0, 1 or 2)
 * @param online whether it can be handled online (网上办理)
 * @param refusalAuthority the lowest level that may refuse (否定报备制)
 * @param maxExtensionWorkingDays by how many working days the limit may be extended with approval
 * @param extensionBasis the law or regulation that allows a 行政许可 more than 行政许可法 第四十二条's 10 days, or empty
 * @param discipline 办事纪律
 * @param faq 常见问题
 * @param status where the version stands
 * @param effectiveFrom 生效日期, set on publication
 */
public record ServiceItem(long id, int version, String name, String basicCode, String implementationCode,
		ItemType type, long unitId, long departmentId, List<Long> responsiblePostIds, List<LegalBasis> legalBasis,
		String conditions, TimeLimit statutoryLimit, TimeLimit promisedLimit, CaseKind caseKind,
		List<ProcedureStep> steps, List<SpecialProcedure> specialProcedures, List<Material> materials, List<Fee> fees,
		String place, String hours, String consultationPhone, String supervisionPhone, int maxVisits, boolean online,
		RefusalAuthority refusalAuthority, int maxExtensionWorkingDays, String extensionBasis, String discipline, List<Faq> faq,
		ItemStatus status, LocalDate effectiveFrom) {

	public ServiceItem {
		responsiblePostIds = List.copyOf(responsiblePostIds);
		legalBasis = List.copyOf(legalBasis);
		steps = List.copyOf(steps);
		specialProcedures = List.copyOf(specialProcedures);
		materials = List.copyOf(materials);
		fees = List.copyOf(fees);
		faq = List.copyOf(faq);
	}

	/** The material with this number, or {@code null}. */
	public Material material(int number) {
		return materials.stream().filter(material -> material.number() == number).findFirst().orElse(null);
	}
}
