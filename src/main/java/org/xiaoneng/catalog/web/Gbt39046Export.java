package org.xiaoneng.catalog.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.Fee;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcedureStep;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.SpecialProcedure;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;

/**
 * The catalog as exchange data for a provincial government-service platform, keyed by the Chinese data-item names
 * (数据项名称) of GB/T 39046-2020 《政务服务平台基础数据规范》, 政务服务事项 category, which follow the element names
 * of the 政务服务事项实施清单 (事项名称, 基本编码, 实施编码, 事项类型, 实施主体, 设定依据, 受理条件, 法定办结时限, 承诺办结时限,
 * 办件类型, 申请材料, 办理流程, 是否收费, 办理地点, 办理时间, 咨询方式, 监督投诉方式, 到办事现场次数, 是否网办…).
 * <p>
 * Honest limits of this mapping: it was written from the element names as published in the implementation-list
 * guidance, not checked line by line against the standard's tables, so some names may differ slightly from the
 * standard's (e.g. 来源渠道 vs 出具单位, 纸质材料规格, 特别程序 sub-items), and values are written as text rather
 * than as the standard's code lists (事项类型 and 办件类型 codes); codes for these are given alongside where the
 * platform uses its own enumeration (…代码). A receiving platform should map these two code lists.
 */
@Component
class Gbt39046Export {

	private final Organization organization;

	private final Clock clock;

	Gbt39046Export(Organization organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	Map<String, Object> catalog(List<ServiceItem> items) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("数据规范", "GB/T 39046-2020");
		document.put("导出时间", OffsetDateTime.now(clock).toString());
		document.put("事项数量", items.size());
		document.put("政务服务事项", items.stream().map(this::item).toList());
		return document;
	}

	private Map<String, Object> item(ServiceItem item) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("事项名称", item.name());
		data.put("基本编码", item.basicCode());
		data.put("实施编码", item.implementationCode());
		data.put("事项类型", TYPES.get(item.type().name()));
		data.put("事项类型代码", item.type().name());
		var unit = organization.unit(new UnitId(item.unitId()));
		data.put("实施主体", unit.name());
		data.put("实施主体编码", unit.creditCode());
		data.put("承办机构", organization.department(new DepartmentId(item.departmentId())).name());
		data.put("设定依据", item.legalBasis().stream().map(b -> Map.of("法律法规名称", b.law(), "依据条款", b.article())).toList());
		data.put("受理条件", item.conditions());
		data.put("法定办结时限", item.statutoryLimit().number());
		data.put("法定办结时限单位", unit(item.statutoryLimit().unit()));
		data.put("法定办结时限说明", item.statutoryLimit().explanation());
		data.put("承诺办结时限", item.promisedLimit().number());
		data.put("承诺办结时限单位", unit(item.promisedLimit().unit()));
		data.put("承诺办结时限说明", item.promisedLimit().explanation());
		data.put("办件类型", item.caseKind().name().equals("IMMEDIATE") ? "即办件" : "承诺件");
		data.put("办理流程", item.steps().stream().map(this::step).toList());
		data.put("特别程序", item.specialProcedures().stream().map(Gbt39046Export::special).toList());
		data.put("申请材料", item.materials().stream().map(Gbt39046Export::material).toList());
		data.put("是否收费", item.fees().isEmpty() ? "否" : "是");
		data.put("收费项目", item.fees().stream().map(Gbt39046Export::fee).toList());
		data.put("办理地点", item.place());
		data.put("办理时间", item.hours());
		data.put("咨询方式", item.consultationPhone());
		data.put("监督投诉方式", item.supervisionPhone());
		data.put("到办事现场次数", item.maxVisits());
		data.put("是否网办", item.online() ? "是" : "否");
		data.put("办事纪律", item.discipline());
		data.put("常见问题", item.faq().stream().map(f -> Map.of("问题", f.question(), "解答", f.answer())).toList());
		data.put("版本号", item.version());
		data.put("生效日期", String.valueOf(item.effectiveFrom()));
		return data;
	}

	private Map<String, Object> step(ProcedureStep step) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("环节序号", step.number());
		data.put("环节名称", step.name());
		data.put("办理岗位", organization.post(new PostId(step.postId())).name());
		data.put("办理时限", step.budgetWorkingDays());
		data.put("时限单位", "工作日");
		return data;
	}

	private static Map<String, Object> special(SpecialProcedure procedure) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("特别程序名称", procedure.name());
		data.put("特别程序时限", procedure.workingDays());
		data.put("特别程序依据", procedure.legalBasis());
		data.put("是否计入办理时限", procedure.countedInLimit() ? "是" : "否");
		return data;
	}

	private static Map<String, Object> material(Material material) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("材料序号", material.number());
		data.put("材料名称", material.name());
		data.put("来源渠道", material.issuer());
		data.put("原件份数", material.originals());
		data.put("复印件份数", material.copies());
		data.put("纸质材料规格", material.paperSize());
		data.put("材料必要性", material.required() ? "必要" : "非必要");
		data.put("情形说明", material.condition());
		data.put("是否接受电子材料", material.electronicAccepted() ? "是" : "否");
		data.put("填报须知", material.notes());
		data.put("是否有空白表格", material.hasBlankForm() ? "是" : "否");
		data.put("是否有示例样表", material.hasSample() ? "是" : "否");
		return data;
	}

	private static Map<String, Object> fee(Fee fee) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("收费项目名称", fee.name());
		data.put("收费标准", fee.amountYuan().toPlainString() + "元");
		data.put("收费依据", fee.basis());
		return data;
	}

	private static String unit(LimitUnit unit) {
		return unit == LimitUnit.WORKING_DAYS ? "工作日" : "自然日";
	}

	private static final Map<String, String> TYPES = Map.of("ADMINISTRATIVE_LICENSE", "行政许可",
			"ADMINISTRATIVE_CONFIRMATION", "行政确认", "ADMINISTRATIVE_PAYMENT", "行政给付", "ADMINISTRATIVE_RULING",
			"行政裁决", "OTHER_POWER", "其他行政权力", "PUBLIC_SERVICE", "公共服务", "ADMINISTRATIVE_FILING", "行政备案");
}
