package org.xiaoneng.disclosure;

/**
 * The catalogue's categories: what rule 十 of the source text (its (二)–(七)) and 政府信息公开条例 (国务院令第711号,
 * 2019) 第二十条 say an agency makes public of its own accord. Names and hints are in the bundle under
 * {@code disclosure.category.<NAME>}.
 */
public enum Category {

	// 十(二) 财政预决算、部门预算; 条例 第二十条(八) 本行政机关的财政预算、决算信息
	BUDGET_AND_ACCOUNTS,

	// 十(二) 大额度资金的分配和使用、预算外资金的管理、专项经费
	LARGE_EXPENDITURE,

	// 十(二) 政府采购; 条例 第二十条(十二) 政府集中采购项目的目录、标准及实施情况
	PROCUREMENT,

	// 十(二) 接待费、差旅费、通讯费等开支 (三公经费)
	OFFICIAL_EXPENSES,

	// 十(三) 干部选拔任用和招聘; 条例 第二十条(十五) 公务员招考的职位、名额、报考条件等事项以及录用结果
	PERSONNEL_SELECTION,

	// 十(三) 干部任免、岗位交流、竞争上岗、职称评定、工资调整、年终考核及其结果
	APPOINTMENTS_AND_RESULTS,

	// 十(三) 评先评模、评比奖惩
	AWARDS,

	// 十(四) 工程招投标、资产投资; 条例 第二十条(十三) 重大建设项目的批准和实施情况
	TENDERS_AND_INVESTMENTS,

	// 十(四) 城管收费和罚款; 条例 第二十条(九) 行政事业性收费项目及其依据、标准
	FEES_AND_FINES,

	// 十(五) 行政复议、行政处罚; 条例 第二十条(六) 实施行政处罚、行政强制的依据、条件、程序
	PENALTIES_AND_RECONSIDERATION,

	// 十(五) 优待抚恤、救灾救济款物、义务兵优待优抚金的分配和发放
	RELIEF_AND_SUBSIDIES,

	// 十(五) 最低生活保障对象补助发放情况; 条例 第二十条(十四) 扶贫、社会救助等方面的政策、措施及其实施情况
	MINIMUM_LIVING_SECURITY,

	// 十(六) 计划生育证发放和收费、社会抚养费征收使用
	POPULATION_AND_FAMILY_PLANNING,

	// 十(七) 干部、职工、人民群众关心的其他重要事项
	OTHER
}
