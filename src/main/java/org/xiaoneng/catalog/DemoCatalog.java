package org.xiaoneng.catalog;

import static org.xiaoneng.catalog.ItemType.ADMINISTRATIVE_CONFIRMATION;
import static org.xiaoneng.catalog.ItemType.ADMINISTRATIVE_FILING;
import static org.xiaoneng.catalog.ItemType.ADMINISTRATIVE_LICENSE;
import static org.xiaoneng.catalog.ItemType.ADMINISTRATIVE_PAYMENT;
import static org.xiaoneng.catalog.ItemType.OTHER_POWER;
import static org.xiaoneng.catalog.ItemType.PUBLIC_SERVICE;
import static org.xiaoneng.organization.PostKind.HANDLING;
import static org.xiaoneng.organization.PostKind.LEADING;
import static org.xiaoneng.organization.PostKind.WINDOW;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.ActingAs;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;

/**
 * The demo county's service catalog: items of its three units with their real legal basis and statutory limits, full
 * material lists, steps on the departments' posts, and one published service commitment per unit. Everything goes
 * through the facade, drafted and submitted by one administrator and published by another (as the four-eyes rule
 * wants), once: a unit that already has items is left alone.
 */
@Component
@Profile("demo")
class DemoCatalog {

	private static final Logger LOG = LoggerFactory.getLogger(DemoCatalog.class);

	private static final String HOURS = "工作日 上午 9:00—12:00，下午 13:30—17:00（法定节假日除外）";

	private static final String DISCIPLINE = "严格执行首问负责、一次性告知、限时办结、否定报备制度；不得推诿扯皮、"
			+ "吃拿卡要，不得收受申请人财物，不得向申请人推荐中介机构或指定收费服务。";

	private static final String SUPERVISION = "12345";

	/** A step of a demo item: the post kind of its department that answers for it. */
	record StepSpec(String name, PostKind kind, int days) {
	}

	/** A demo item, as the unit's catalog lists it. */
	record Spec(String department, String name, String basicCode, ItemType type, List<LegalBasis> basis,
			String conditions, TimeLimit statutory, TimeLimit promised, List<StepSpec> steps, List<Material> materials,
			List<Fee> fees, int visits, boolean online, RefusalAuthority refusal, int extension, List<Faq> faq) {
	}

	/** A demo unit: where its hall windows are and its phone. */
	record Hall(String place, String phone) {
	}

	private static final Map<String, Hall> HALLS = Map.of("县市场监督管理局",
			new Hall("示范县政务服务中心二楼 市场监管窗口（A 区 8—12 号）", "0851-86210012"), "县自然资源局",
			new Hall("示范县政务服务中心三楼 不动产登记及自然资源窗口（C 区 1—10 号）", "0851-86210023"),
			"县人力资源和社会保障局", new Hall("示范县政务服务中心一楼 人社窗口（B 区 1—8 号）", "0851-86210034"));

	/**
	 * Special procedures of some demo items; their time does not count in the limit (行政许可法 第四十五条: 听证、招标、
	 * 拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计算在期限内; the 公告 of 不动产登记暂行条例实施细则 第十七条, at least
	 * 15 working days, is one art. 45 does not name, kept with the law that allows it).
	 */
	private static final Map<String, List<SpecialProcedure>> SPECIAL = Map.of("建设用地规划许可",
			List.of(new SpecialProcedure("专家评审", 10, "中华人民共和国行政许可法 第四十五条", false)),
			"建设项目用地预审与选址意见书",
			List.of(new SpecialProcedure("专家评审", 10, "中华人民共和国行政许可法 第四十五条", false)),
			"国有建设用地使用权及房屋所有权首次登记",
			List.of(new SpecialProcedure("公告", 15, "不动产登记暂行条例实施细则 第十七条", false)));

	/**
	 * The words people use for some demo items: the life event each belongs to (一件事), its other names and keywords.
	 * The region-wide synonyms (营业执照, 开饭店 …) come with the catalog's migration.
	 */
	private static final Map<String, Map<TermKind, List<String>>> WORDS = Map.ofEntries(
			Map.entry("个体工商户设立登记", Map.of(TermKind.LIFE_EVENT, List.of("开办企业"), TermKind.KEYWORD, List.of("个体户", "开店"))),
			Map.entry("有限责任公司设立登记", Map.of(TermKind.LIFE_EVENT, List.of("开办企业"), TermKind.ALIAS, List.of("公司注册"))),
			Map.entry("食品经营许可", Map.of(TermKind.LIFE_EVENT, List.of("开办企业", "开餐饮店"), TermKind.ALIAS,
					List.of("餐饮服务许可证"), TermKind.KEYWORD, List.of("餐饮", "小吃"))),
			Map.entry("仅销售预包装食品备案", Map.of(TermKind.LIFE_EVENT, List.of("开便利店"), TermKind.KEYWORD, List.of("小卖部"))),
			Map.entry("药品零售企业许可", Map.of(TermKind.ALIAS, List.of("药品经营许可证"))),
			Map.entry("不动产转移登记（存量房买卖）", Map.of(TermKind.LIFE_EVENT, List.of("买卖房屋"), TermKind.ALIAS, List.of("二手房过户"))),
			Map.entry("不动产抵押登记", Map.of(TermKind.LIFE_EVENT, List.of("买卖房屋"), TermKind.KEYWORD, List.of("房贷"))),
			Map.entry("乡村建设规划许可", Map.of(TermKind.LIFE_EVENT, List.of("农村建房"), TermKind.KEYWORD, List.of("盖房"))),
			Map.entry("失业登记", Map.of(TermKind.LIFE_EVENT, List.of("失业"))),
			Map.entry("失业保险金申领", Map.of(TermKind.LIFE_EVENT, List.of("失业"))),
			Map.entry("就业创业证申领", Map.of(TermKind.ALIAS, List.of("失业证"), TermKind.LIFE_EVENT, List.of("失业"))));

	private final ServiceCatalog catalog;

	private final Organization organization;

	private final Documents documents;

	DemoCatalog(ServiceCatalog catalog, Organization organization, Documents documents) {
		this.catalog = catalog;
		this.organization = organization;
		this.documents = documents;
	}

	// After the demo substitution (10); casework (30) and inquiry (40) use these items
	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void build() {
		int built = 0;
		for (Unit unit : organization.units()) {
			if ("520999".equals(unit.regionCode()) && HALLS.containsKey(unit.name())) {
				built += buildUnit(unit.id(), unit.name());
			}
		}
		if (built > 0) {
			LOG.info("Demo catalog: {} service items and the service commitments of the demo county", built);
		}
	}

	/**
	 * Builds the items and commitment of a unit laid out like the demo unit of that name (same department names),
	 * unless it already has items. Returns how many items were published.
	 */
	int buildUnit(long unitId, String demoUnitName) {
		if (catalog.hasItems(new UnitId(unitId))) {
			return 0;
		}
		Hall hall = HALLS.get(demoUnitName);
		Unit unit = organization.unit(new UnitId(unitId));
		List<Spec> specs = specs(demoUnitName);
		int number = 0;
		for (Spec spec : specs) {
			number++;
			ItemDraft draft = draft(unit, hall, spec, number);
			ServiceItem item = as("demo-catalog", () -> {
				ServiceItem created = catalog.createDraft(draft);
				for (Material material : spec.materials()) {
					if (material.hasBlankForm()) {
						int position = spec.materials().indexOf(material) + 1;
						catalog.attach(created.id(), created.version(), position, AttachmentKind.BLANK_FORM,
								material.name() + ".pdf", form(unit, material, false));
						catalog.attach(created.id(), created.version(), position, AttachmentKind.SAMPLE,
								material.name() + "（示范文本）.pdf", form(unit, material, true));
					}
				}
				return catalog.submitForReview(created.id(), created.version());
			});
			as("demo-catalog-review", () -> catalog.publish(item.id(), item.version(), null));
			WORDS.getOrDefault(spec.name(), Map.of())
				.forEach((kind, terms) -> terms.forEach(term -> as("demo-catalog", () -> {
					catalog.addSearchTerm(item.id(), kind, term);
					return term;
				})));
		}
		as("demo-catalog", () -> catalog.draftCommitment(new UnitId(unitId), commitment(unit)));
		as("demo-catalog-review", () -> catalog.publishCommitment(new UnitId(unitId), null));
		return specs.size();
	}

	private ItemDraft draft(Unit unit, Hall hall, Spec spec, int number) {
		Department department = organization.departmentsOf(new UnitId(unit.id()))
			.stream()
			.filter(d -> d.name().equals(spec.department()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo unit has no department " + spec.department()));
		List<Post> posts = organization.postsOf(new DepartmentId(department.id()));
		List<ProcedureStep> steps = new ArrayList<>();
		for (StepSpec step : spec.steps()) {
			steps.add(new ProcedureStep(steps.size() + 1, step.name(), post(posts, step.kind()).id(), step.days()));
		}
		List<Long> responsible = posts.stream()
			.filter(p -> p.kind() == HANDLING || p.kind() == LEADING)
			.map(Post::id)
			.toList();
		String code = spec.basicCode() + "-" + unit.creditCode() + "-" + String.format("%03d", number);
		return new ItemDraft(spec.name(), spec.basicCode(), code, spec.type(), unit.id(), department.id(), responsible,
				spec.basis(), spec.conditions(), spec.statutory(), spec.promised(),
				spec.promised().number() == 0 ? CaseKind.IMMEDIATE : CaseKind.PROMISED, steps,
				SPECIAL.getOrDefault(spec.name(), List.of()),
				spec.materials(), spec.fees(), hall.place(), HOURS, hall.phone(), SUPERVISION, spec.visits(),
				spec.online(), spec.refusal(), spec.extension(), DISCIPLINE, spec.faq());
	}

	/** The post of that kind; a department without a window receives at its handling post. */
	private static Post post(List<Post> posts, PostKind kind) {
		Optional<Post> exact = posts.stream().filter(p -> p.kind() == kind).findFirst();
		return exact.or(() -> posts.stream().filter(p -> p.kind() == HANDLING).findFirst())
			.orElseThrow(() -> new IllegalStateException("The demo department has no " + kind + " post"));
	}

	/** A printable form for a material the demo offers one for: blank, or filled in as a sample (示范文本). */
	private byte[] form(Unit unit, Material material, boolean sample) {
		List<String> fields = sample
				? List.of("申请人（单位）名称：示范县某某食品商行（示例）", "统一社会信用代码或身份证件号码：92520999MA00000000（示例）",
						"联系电话：138××××0000", "申请事项及理由：按本事项办事指南填写，如“新开办门店，申请办理”。",
						"申请人（签字或盖章）：张某某　　2026 年 3 月 2 日")
				: List.of("申请人（单位）名称：", "统一社会信用代码或身份证件号码：", "联系电话：", "申请事项及理由：",
						"申请人（签字或盖章）：　　　　　　　　年　　月　　日");
		return documents.pdf(new Notice(sample ? material.name() + "（示范文本）" : material.name(), "", "",
				List.of(new Notice.Section("填写说明", List.of("请用黑色钢笔或签字笔填写，字迹清楚；所填内容须真实、完整。",
						"本表可在政务服务中心窗口免费领取，也可从办事指南页面下载打印。")), new Notice.Section("申请人信息", fields)),
				new Notice.Signature(unit.name(), LocalDate.of(2026, 1, 1)), null));
	}

	private CommitmentDraft commitment(Unit unit) {
		return new CommitmentDraft("为进一步转变工作作风、提高办事效率，" + unit.name() + "向社会公开作出如下服务承诺，欢迎社会各界监督。",
				List.of(new Promise(1, PromiseCategory.SIMPLIFIED_PROCEDURE,
						"申请材料齐全、符合法定形式的，当场受理；材料不齐全或者不符合法定形式的，当场一次性告知需要补正的全部内容。", null),
						new Promise(2, PromiseCategory.SIMPLIFIED_PROCEDURE, "能网上办理的事项全部网上可办，群众办事最多跑一次。", null),
						new Promise(3, PromiseCategory.SHORTENED_LIMIT, "各事项承诺办结时限比法定时限至少缩短三分之一，按承诺时限办结。",
								CommitmentMetric.ON_TIME_COMPLETION_RATE),
						new Promise(4, PromiseCategory.SHORTENED_LIMIT, "内部审批环节当天签办，不积压、不过夜。",
								CommitmentMetric.SAME_DAY_SIGN_OFF_RATE),
						new Promise(5, PromiseCategory.SHORTENED_LIMIT, "承诺件平均办理用时持续压减。",
								CommitmentMetric.AVERAGE_WORKING_DAYS_USED),
						new Promise(6, PromiseCategory.SERVICE_QUALITY, "提供咨询导办、预约办理、延时服务和帮办代办，文明礼貌、热情服务。",
								CommitmentMetric.SATISFACTION_RATE),
						new Promise(7, PromiseCategory.OTHER,
								"严格按公布的收费项目和标准收费，不收取任何额外费用；工作人员不收受财物、不吃拿卡要。", null),
						new Promise(8, PromiseCategory.OTHER, "接受社会监督：投诉举报请拨打 12345 政务服务便民热线，5 个工作日内答复。", null)));
	}

	// ---- the items ------------------------------------------------------------------------------------------------

	private static List<Spec> specs(String unitName) {
		return switch (unitName) {
			case "县市场监督管理局" -> marketRegulation();
			case "县自然资源局" -> naturalResources();
			case "县人力资源和社会保障局" -> humanResources();
			default -> throw new IllegalArgumentException("No demo catalog for " + unitName);
		};
	}

	private static final String REGISTRATION = "登记注册科";

	private static final String FOOD = "食品安全监督管理科";

	private static final String DRUG = "药品医疗器械监督管理科";

	private static final String ENFORCEMENT = "执法稽查大队";

	private static final String PLANNING = "国土空间规划股";

	private static final String FARMLAND = "耕地保护股";

	private static final String ESTATE = "不动产登记中心";

	private static final String EMPLOYMENT = "就业促进股";

	private static final String INSURANCE = "社会保险股";

	private static final String LABOUR = "劳动保障监察大队";

	private static List<Spec> marketRegulation() {
		List<Material> individual = List.of(
				req("个体工商户登记（备案）申请书", "申请人自备（可在线填写）", 1, 0, "经营者签字", true),
				req("经营者身份证件", "公安机关", 1, 0, "现场核验原件，可使用电子身份证", false),
				cond("经营场所使用证明", "申请人自备", 0, 1, "住所（经营场所）为租赁或自有房屋的", "房屋产权证明或租赁协议"),
				cond("委托书及受托人身份证件", "申请人自备", 1, 0, "委托他人代为办理的", ""));
		return List.of(
				new Spec(REGISTRATION, "个体工商户设立登记", "000110002000", ADMINISTRATIVE_LICENSE,
						List.of(law("市场主体登记管理条例", "第十九条"), law("促进个体工商户发展条例", "第八条")),
						"有经营能力的公民；名称、经营场所、经营范围符合规定；申请材料齐全、符合法定形式。",
						TimeLimit.workingDays(3), immediate(),
						List.of(new StepSpec("受理、核准并发照", WINDOW, 0)), individual, List.of(), 0, true,
						RefusalAuthority.DEPARTMENT_HEAD, 0,
						List.of(new Faq("办理个体工商户登记要收费吗？", "不收费，营业执照免费发放。"))),
				new Spec(REGISTRATION, "个体工商户变更登记", "000110002001", ADMINISTRATIVE_LICENSE,
						List.of(law("市场主体登记管理条例", "第二十四条"), law("促进个体工商户发展条例", "第八条")),
						"已登记的个体工商户变更名称、经营者、经营范围、经营场所等登记事项。", TimeLimit.workingDays(3), immediate(),
						List.of(new StepSpec("受理、核准并换发执照", WINDOW, 0)),
						List.of(req("个体工商户变更登记申请书", "申请人自备（可在线填写）", 1, 0, "经营者签字", true),
								req("营业执照正、副本", "市场监督管理部门", 1, 0, "", false),
								req("经营者身份证件", "公安机关", 1, 0, "现场核验原件", false),
								cond("变更后的经营场所使用证明", "申请人自备", 0, 1, "变更经营场所的", "")),
						List.of(), 0, true, RefusalAuthority.DEPARTMENT_HEAD, 0, List.of()),
				new Spec(REGISTRATION, "个体工商户注销登记", "000110002002", ADMINISTRATIVE_LICENSE,
						List.of(law("市场主体登记管理条例", "第三十一条")), "个体工商户终止经营，无未结清的债权债务或已作出清偿安排。",
						TimeLimit.workingDays(3), immediate(), List.of(new StepSpec("受理、核准注销", WINDOW, 0)),
						List.of(req("个体工商户注销登记申请书", "申请人自备（可在线填写）", 1, 0, "经营者签字", true),
								req("营业执照正、副本", "市场监督管理部门", 1, 0, "遗失的提交遗失声明", false)),
						List.of(), 0, true, RefusalAuthority.DEPARTMENT_HEAD, 0, List.of()),
				new Spec(REGISTRATION, "有限责任公司设立登记", "000110001000", ADMINISTRATIVE_LICENSE,
						List.of(law("中华人民共和国公司法", "第二十九条"), law("市场主体登记管理条例", "第十九条")),
						"有符合公司章程规定的股东和出资；有公司名称、住所和组织机构；申请材料齐全、符合法定形式。",
						TimeLimit.workingDays(3), TimeLimit.workingDays(1),
						List.of(new StepSpec("受理", WINDOW, 0), new StepSpec("审核核准", HANDLING, 1)),
						List.of(req("公司登记（备案）申请书", "申请人自备（可在线填写）", 1, 0, "法定代表人签署", true),
								req("公司章程", "申请人自备", 1, 0, "全体股东签署", true),
								req("股东的主体资格证明或自然人身份证件", "申请人自备", 0, 1, "", false),
								req("法定代表人、董事、监事和经理的任职文件", "申请人自备", 1, 0, "", false),
								req("住所使用证明", "申请人自备", 0, 1, "", false),
								cond("委托书及受托人身份证件", "申请人自备", 1, 0, "委托他人代为办理的", "")),
						// 否定报备制 四(三): a refusal beyond the handler's authority goes to the deputy or principal leader
						List.of(), 1, true, RefusalAuthority.DEPUTY_LEADER, 0, List.of()),
				new Spec(FOOD, "食品经营许可", "000127020000", ADMINISTRATIVE_LICENSE,
						List.of(law("中华人民共和国食品安全法", "第三十五条"), law("食品经营许可和备案管理办法", ""),
								law("中华人民共和国行政许可法", "第四十二条")),
						"有与经营的食品品种、数量相适应的经营场所和设备设施；有专职或兼职的食品安全管理人员和保证食品安全的规章制度；"
								+ "有合理的设备布局和工艺流程。",
						new TimeLimit(20, LimitUnit.WORKING_DAYS, "自受理之日起计算；现场核查时间计入时限"),
						TimeLimit.workingDays(10),
						List.of(new StepSpec("受理", WINDOW, 1), new StepSpec("审查及现场核查", HANDLING, 6),
								new StepSpec("审核决定", LEADING, 2), new StepSpec("制证", HANDLING, 1)),
						List.of(req("食品经营许可申请书", "申请人自备（可在线填写）", 1, 0, "", true),
								req("营业执照或者其他主体资格证明文件", "市场监督管理部门", 0, 1, "可使用电子营业执照", false),
								req("与食品经营相适应的主要设备设施、经营布局、操作流程等文件", "申请人自备", 1, 0, "", false),
								req("食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度目录",
										"申请人自备", 1, 0, "", false),
								req("食品安全管理人员及其健康证明", "申请人自备", 0, 1, "", false),
								cond("委托书及受托人身份证件", "申请人自备", 1, 0, "委托他人代为办理的", "")),
						List.of(), 1, true, RefusalAuthority.DEPUTY_LEADER, 10,
						List.of(new Faq("仅销售预包装食品需要办理许可吗？", "不需要，办理“仅销售预包装食品备案”即可。"))),
				new Spec(FOOD, "仅销售预包装食品备案", "000127021000", ADMINISTRATIVE_FILING,
						List.of(law("中华人民共和国食品安全法", "第三十五条"), law("食品经营许可和备案管理办法", "")),
						"已取得营业执照等合法主体资格，仅销售预包装食品。",
						new TimeLimit(null, LimitUnit.WORKING_DAYS, "备案事项，法律法规未规定办理时限；材料齐全的当场备案"),
						immediate(), List.of(new StepSpec("备案", WINDOW, 0)),
						List.of(req("仅销售预包装食品备案信息采集表", "申请人自备（可在线填写）", 1, 0, "", true),
								req("营业执照或者其他主体资格证明文件", "市场监督管理部门", 0, 1, "可使用电子营业执照", false)),
						List.of(), 0, true, RefusalAuthority.HANDLER, 0, List.of()),
				new Spec(DRUG, "药品零售企业许可", "000127003000", ADMINISTRATIVE_LICENSE,
						List.of(law("中华人民共和国药品管理法", "第五十一条"), law("药品经营和使用质量监督管理办法", ""),
								law("中华人民共和国行政许可法", "第四十二条")),
						"有依法经过资格认定的药师或者其他药学技术人员；有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境；"
								+ "有保证药品质量的规章制度，符合药品经营质量管理规范要求。",
						new TimeLimit(20, LimitUnit.WORKING_DAYS, "自受理之日起计算；现场检查时间计入时限"),
						TimeLimit.workingDays(10),
						List.of(new StepSpec("受理", WINDOW, 1), new StepSpec("技术审查及现场检查", HANDLING, 6),
								new StepSpec("审批", LEADING, 2), new StepSpec("制证", HANDLING, 1)),
						List.of(req("药品经营许可证申请表", "申请人自备", 1, 0, "", true),
								req("营业执照", "市场监督管理部门", 0, 1, "可使用电子营业执照", false),
								req("执业药师注册证及身份证件", "药品监督管理部门", 0, 1, "", false),
								req("经营场所、仓库平面布局图及产权或租赁证明", "申请人自备", 0, 1, "", false),
								req("药品质量管理制度文件及主要设施设备目录", "申请人自备", 1, 0, "", false),
								req("质量负责人、质量管理部门负责人的学历、执业资格证明", "申请人自备", 0, 1, "", false)),
						List.of(), 1, false, RefusalAuthority.DEPUTY_LEADER, 10, List.of()),
				new Spec(DRUG, "第二类医疗器械经营备案", "000127014000", ADMINISTRATIVE_FILING,
						List.of(law("医疗器械监督管理条例", "第四十一条"), law("医疗器械经营监督管理办法", "")),
						"有与经营规模和经营范围相适应的经营场所和贮存条件，以及与经营的医疗器械相适应的质量管理制度和质量管理机构或者人员。",
						new TimeLimit(null, LimitUnit.WORKING_DAYS, "备案事项，法律法规未规定办理时限；材料齐全、符合形式要求的当场备案"),
						immediate(), List.of(new StepSpec("备案", WINDOW, 0)),
						List.of(req("第二类医疗器械经营备案表", "申请人自备", 1, 0, "", true),
								req("营业执照", "市场监督管理部门", 0, 1, "可使用电子营业执照", false),
								req("法定代表人、企业负责人、质量负责人的身份证明、学历或者职称证明", "申请人自备", 0, 1, "", false),
								req("经营场所和库房的地理位置图、平面图、房屋产权或者使用权证明", "申请人自备", 0, 1, "", false),
								req("经营质量管理制度、工作程序等文件目录", "申请人自备", 1, 0, "", false)),
						List.of(), 0, true, RefusalAuthority.HANDLER, 0, List.of()),
				new Spec(DRUG, "第三类医疗器械经营许可", "000127013000", ADMINISTRATIVE_LICENSE,
						List.of(law("医疗器械监督管理条例", "第四十二条"), law("医疗器械经营监督管理办法", "")),
						"有与经营规模和经营范围相适应的经营场所和贮存条件，以及与经营的医疗器械相适应的质量管理制度和质量管理机构或者人员。",
						new TimeLimit(20, LimitUnit.WORKING_DAYS, "自受理之日起计算"), TimeLimit.workingDays(12),
						List.of(new StepSpec("受理", WINDOW, 1), new StepSpec("资料审查及现场核查", HANDLING, 8),
								new StepSpec("审批", LEADING, 2), new StepSpec("制证", HANDLING, 1)),
						List.of(req("医疗器械经营许可申请表", "申请人自备", 1, 0, "", true),
								req("营业执照", "市场监督管理部门", 0, 1, "", false),
								req("法定代表人、企业负责人、质量负责人的身份证明、学历或者职称证明", "申请人自备", 0, 1, "", false),
								req("组织机构与部门设置说明", "申请人自备", 1, 0, "", false),
								req("经营场所和库房的地理位置图、平面图、房屋产权或者使用权证明", "申请人自备", 0, 1, "", false),
								req("经营设施、设备目录及经营质量管理制度、工作程序等文件目录", "申请人自备", 1, 0, "", false)),
						List.of(), 1, false, RefusalAuthority.DEPUTY_LEADER, 10, List.of()),
				new Spec(ENFORCEMENT, "特种设备使用登记", "000127030000", ADMINISTRATIVE_LICENSE,
						List.of(law("中华人民共和国特种设备安全法", "第三十三条"), law("特种设备使用管理规则（TSG 08—2017）", "")),
						"特种设备投入使用前或者投入使用后 30 日内，使用单位向所在地负责特种设备安全监督管理的部门办理使用登记。",
						new TimeLimit(15, LimitUnit.WORKING_DAYS, "自受理之日起计算"), TimeLimit.workingDays(5),
						List.of(new StepSpec("受理", HANDLING, 1), new StepSpec("审查", HANDLING, 3),
								new StepSpec("审核发证", LEADING, 1)),
						List.of(req("特种设备使用登记表", "申请人自备", 2, 0, "", true),
								req("使用单位营业执照", "市场监督管理部门", 0, 1, "", false),
								req("特种设备产品合格证", "制造单位", 0, 1, "", false),
								req("监督检验证明或定期检验报告", "特种设备检验机构", 0, 1, "", false),
								cond("安装改造修理监督检验证明", "特种设备检验机构", 0, 1, "需安装监督检验的设备", "")),
						List.of(), 1, true, RefusalAuthority.DEPARTMENT_HEAD, 0, List.of()),
				new Spec(ENFORCEMENT, "消费者投诉受理", "000127040000", OTHER_POWER,
						List.of(law("中华人民共和国消费者权益保护法", "第三十九条"), law("市场监督管理投诉举报处理暂行办法", "第十九条")),
						"有明确的被投诉人、具体的投诉请求和事实依据，属于本部门管辖。",
						new TimeLimit(7, LimitUnit.WORKING_DAYS, "自收到投诉之日起，作出受理或者不予受理的决定"),
						TimeLimit.workingDays(3),
						List.of(new StepSpec("登记", HANDLING, 1), new StepSpec("审查并决定是否受理", LEADING, 2)),
						List.of(req("投诉书（可在线填写）", "投诉人", 1, 0, "写明投诉人、被投诉人、投诉请求及事实", true),
								req("投诉人身份证件", "公安机关", 0, 1, "", false),
								cond("购物凭证、服务单据等证据", "投诉人", 0, 1, "有凭证的", "")),
						List.of(), 0, true, RefusalAuthority.DEPARTMENT_HEAD, 0, List.of()));
	}

	private static List<Spec> naturalResources() {
		Fee registration = new Fee("不动产登记费（住宅，每件）", new BigDecimal("80"), "财税〔2016〕79号、发改价格规〔2016〕2559号");
		List<Material> identity = List.of(req("不动产登记申请书", "申请人自备（窗口提供）", 1, 0, "", true),
				req("申请人身份证明", "公安机关或登记机关", 0, 1, "现场核验原件", false));
		return List.of(
				new Spec(ESTATE, "国有建设用地使用权及房屋所有权首次登记", "000173002000", ADMINISTRATIVE_CONFIRMATION,
						List.of(law("中华人民共和国民法典", "第二百一十条"), law("不动产登记暂行条例", "第二十条")),
						"不动产权属清楚、界址清晰、面积准确；申请材料齐全、符合法定形式。",
						new TimeLimit(30, LimitUnit.WORKING_DAYS, "自受理登记申请之日起；公告时间不计入"),
						TimeLimit.workingDays(5),
						List.of(new StepSpec("受理", WINDOW, 0), new StepSpec("审核", HANDLING, 3),
								new StepSpec("登簿", LEADING, 1), new StepSpec("缮证发证", HANDLING, 1)),
						concat(identity, req("土地权属来源材料", "自然资源部门", 0, 1, "", false),
								req("建设工程符合规划的材料", "自然资源部门", 0, 1, "", false),
								req("房屋已经竣工的材料", "住房和城乡建设部门", 0, 1, "", false),
								req("房地产调查或者测绘报告", "测绘机构", 1, 0, "", false),
								req("相关税费缴纳凭证", "税务部门", 0, 1, "可由登记机构共享获取", false)),
						List.of(registration), 1, true, RefusalAuthority.DEPARTMENT_HEAD, 0,
						List.of(new Faq("登记费如何收取？", "住宅每件 80 元，非住宅每件 550 元；小微企业免收。"))),
				new Spec(ESTATE, "不动产转移登记（存量房买卖）", "000173002001", ADMINISTRATIVE_CONFIRMATION,
						List.of(law("中华人民共和国民法典", "第二百一十四条"), law("不动产登记暂行条例", "第二十条")),
						"买卖合同合法有效；税费已缴纳；不动产不存在查封等限制。",
						new TimeLimit(30, LimitUnit.WORKING_DAYS, "自受理登记申请之日起"), TimeLimit.workingDays(5),
						List.of(new StepSpec("受理", WINDOW, 0), new StepSpec("审核", HANDLING, 3),
								new StepSpec("登簿", LEADING, 1), new StepSpec("缮证发证", HANDLING, 1)),
						concat(identity, req("不动产权属证书", "登记机构", 1, 0, "", false),
								req("存量房买卖合同", "申请人自备", 1, 0, "", false),
								req("税费缴纳凭证", "税务部门", 0, 1, "可由登记机构共享获取", false),
								cond("婚姻状况证明", "民政部门", 0, 1, "买卖一方为自然人的", "")),
						List.of(registration), 1, true, RefusalAuthority.DEPARTMENT_HEAD, 0, List.of()),
				new Spec(ESTATE, "不动产抵押登记", "000173002002", ADMINISTRATIVE_CONFIRMATION,
						List.of(law("中华人民共和国民法典", "第四百零二条"), law("不动产登记暂行条例", "第二十条")),
						"主债权合同和抵押合同合法有效；抵押物权属清楚、不存在查封等限制。",
						new TimeLimit(30, LimitUnit.WORKING_DAYS, "自受理登记申请之日起"), TimeLimit.workingDays(3),
						List.of(new StepSpec("受理", WINDOW, 0), new StepSpec("审核", HANDLING, 2),
								new StepSpec("登簿发证", LEADING, 1)),
						concat(identity, req("不动产权属证书", "登记机构", 1, 0, "", false),
								req("主债权合同", "申请人自备", 1, 0, "", false),
								req("抵押合同", "申请人自备", 1, 0, "", false)),
						List.of(registration), 1, true, RefusalAuthority.DEPARTMENT_HEAD, 0, List.of()),
				new Spec(ESTATE, "不动产登记资料查询", "000173003000", PUBLIC_SERVICE,
						List.of(law("不动产登记暂行条例", "第二十七条"), law("不动产登记资料查询暂行办法", "第二十条")),
						"权利人、利害关系人依法查询、复制不动产登记资料。",
						new TimeLimit(5, LimitUnit.WORKING_DAYS, "不能当场提供查询的，自受理查询申请之日起"), immediate(),
						List.of(new StepSpec("受理并提供查询结果", WINDOW, 0)),
						List.of(req("不动产登记资料查询申请书", "申请人自备（窗口提供）", 1, 0, "", true),
								req("查询人身份证明", "公安机关", 0, 1, "现场核验原件", false),
								cond("利害关系证明材料", "申请人自备", 0, 1, "利害关系人查询的", "")),
						List.of(), 1, true, RefusalAuthority.HANDLER, 0, List.of()),
				new Spec(PLANNING, "建设用地规划许可", "000173004000", ADMINISTRATIVE_LICENSE,
						List.of(law("中华人民共和国城乡规划法", "第三十七条、第三十八条"), law("中华人民共和国行政许可法", "第四十二条")),
						"建设项目已依法批准、核准或备案；用地符合国土空间规划及规划条件。",
						new TimeLimit(20, LimitUnit.WORKING_DAYS, "自受理之日起；专家评审时间不计入"),
						TimeLimit.workingDays(10),
						List.of(new StepSpec("受理", WINDOW, 1), new StepSpec("审查", HANDLING, 6),
								new StepSpec("审批", LEADING, 2), new StepSpec("核发", HANDLING, 1)),
						List.of(req("建设用地规划许可申请表", "申请人自备", 1, 0, "", true),
								req("建设项目批准、核准或备案文件", "发展改革部门", 0, 1, "", false),
								req("国有土地使用权出让合同或划拨决定书", "自然资源部门", 0, 1, "", false),
								req("宗地图及界址点坐标", "测绘机构", 1, 0, "", false)),
						List.of(), 1, true, RefusalAuthority.DEPUTY_LEADER, 10, List.of()),
				new Spec(PLANNING, "乡村建设规划许可", "000173005000", ADMINISTRATIVE_LICENSE,
						List.of(law("中华人民共和国城乡规划法", "第四十一条")),
						"在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设以及农村村民住宅建设，符合村庄规划。",
						new TimeLimit(20, LimitUnit.WORKING_DAYS, "自受理之日起"), TimeLimit.workingDays(10),
						List.of(new StepSpec("受理", WINDOW, 1), new StepSpec("审查及现场踏勘", HANDLING, 6),
								new StepSpec("审批", LEADING, 2), new StepSpec("核发", HANDLING, 1)),
						List.of(req("乡村建设规划许可申请表", "申请人自备", 1, 0, "", true),
								req("申请人身份证明", "公安机关", 0, 1, "", false),
								req("建设工程设计方案或农房设计图", "申请人自备", 1, 0, "", false),
								req("村民委员会意见", "村民委员会", 1, 0, "", false)),
						List.of(), 1, false, RefusalAuthority.DEPUTY_LEADER, 10, List.of()),
				new Spec(PLANNING, "建设项目用地预审与选址意见书", "000173001000", ADMINISTRATIVE_LICENSE,
						List.of(law("中华人民共和国城乡规划法", "第三十六条"), law("中华人民共和国土地管理法实施条例", "第二十四条")),
						"建设项目符合国土空间规划和用途管制要求，节约集约用地。",
						new TimeLimit(20, LimitUnit.WORKING_DAYS, "自受理之日起；专家评审时间不计入"), TimeLimit.workingDays(12),
						List.of(new StepSpec("受理", WINDOW, 1), new StepSpec("审查", HANDLING, 8),
								new StepSpec("审批", LEADING, 2), new StepSpec("核发", HANDLING, 1)),
						List.of(req("建设项目用地预审与选址申请表", "申请人自备", 1, 0, "", true),
								req("建设项目用地预审与选址申请报告", "申请人自备", 1, 0, "", false),
								req("项目建议书批复或项目备案文件", "发展改革部门", 0, 1, "", false),
								req("标注项目用地范围的土地利用现状图", "测绘机构", 1, 0, "", false)),
						List.of(), 1, true, RefusalAuthority.DEPUTY_LEADER, 10, List.of()),
				new Spec(FARMLAND, "临时用地审批", "000173006000", ADMINISTRATIVE_LICENSE,
						List.of(law("中华人民共和国土地管理法", "第五十七条"), law("中华人民共和国土地管理法实施条例", "第二十条")),
						"建设项目施工、地质勘查等确需临时使用土地，已与土地权利人签订临时使用土地合同，并有土地复垦方案。",
						new TimeLimit(20, LimitUnit.WORKING_DAYS, "自受理之日起"), TimeLimit.workingDays(10),
						List.of(new StepSpec("受理", HANDLING, 1), new StepSpec("审查及现场踏勘", HANDLING, 6),
								new StepSpec("审批", LEADING, 3)),
						List.of(req("临时用地申请书", "申请人自备", 1, 0, "", true),
								req("临时使用土地合同", "申请人与土地权利人", 1, 0, "", false),
								req("土地复垦方案报告表", "申请人自备", 1, 0, "", false),
								req("临时用地勘测定界图", "测绘机构", 1, 0, "", false)),
						List.of(), 1, false, RefusalAuthority.DEPUTY_LEADER, 10, List.of()));
	}

	private static List<Spec> humanResources() {
		return List.of(
				new Spec(EMPLOYMENT, "就业创业证申领", "000121001000", PUBLIC_SERVICE,
						List.of(law("就业服务与就业管理规定", "第六十一条"), law("中华人民共和国就业促进法", "第五十二条")),
						"在法定劳动年龄内、有劳动能力和就业要求的城乡劳动者。",
						new TimeLimit(null, LimitUnit.WORKING_DAYS, "法律法规未规定办理时限，按即办件办理"), immediate(),
						List.of(new StepSpec("受理并发证", WINDOW, 0)),
						List.of(req("就业创业证申领登记表", "申请人自备（窗口提供）", 1, 0, "", true),
								req("居民身份证", "公安机关", 1, 0, "现场核验原件，可使用电子身份证", false),
								req("近期一寸免冠照片", "申请人自备", 1, 0, "白底", false)),
						List.of(), 1, true, RefusalAuthority.HANDLER, 0,
						List.of(new Faq("就业创业证可以网上申领吗？", "可以，通过省政务服务网申领后可在线打印电子证。"))),
				new Spec(EMPLOYMENT, "失业登记", "000121002000", PUBLIC_SERVICE,
						List.of(law("就业服务与就业管理规定", "第六十三条"), law("中华人民共和国就业促进法", "第四十二条")),
						"在法定劳动年龄内、有劳动能力、有就业要求、处于无业状态的城乡劳动者。",
						new TimeLimit(null, LimitUnit.WORKING_DAYS, "法律法规未规定办理时限，按即办件办理"), immediate(),
						List.of(new StepSpec("受理并登记", WINDOW, 0)),
						List.of(req("失业登记表", "申请人自备（窗口提供）", 1, 0, "", true),
								req("居民身份证", "公安机关", 1, 0, "现场核验原件", false),
								cond("解除或终止劳动关系证明", "原用人单位", 0, 1, "原有工作单位的", "")),
						List.of(), 0, true, RefusalAuthority.HANDLER, 0, List.of()),
				new Spec(INSURANCE, "社会保障卡补办", "000121010000", PUBLIC_SERVICE,
						List.of(law("中华人民共和国社会保险法", "第五十八条"), law("社会保障卡管理办法", "")),
						"社会保障卡遗失、损坏，已办理挂失或需更换的参保人员。",
						new TimeLimit(null, LimitUnit.WORKING_DAYS, "法律法规未规定办理时限；即时制卡网点当场制卡"), immediate(),
						List.of(new StepSpec("受理并即时制卡", WINDOW, 0)),
						List.of(req("社会保障卡补换卡申请表", "申请人自备（窗口提供）", 1, 0, "", true),
								req("居民身份证", "公安机关", 1, 0, "现场核验原件", false),
								cond("代办人身份证件及委托书", "申请人自备", 1, 0, "他人代办的", "")),
						List.of(), 1, true, RefusalAuthority.HANDLER, 0, List.of()),
				new Spec(INSURANCE, "职工基本养老保险参保登记", "000121020000", ADMINISTRATIVE_CONFIRMATION,
						List.of(law("中华人民共和国社会保险法", "第五十七条、第五十八条")),
						"用人单位自成立之日起三十日内、为职工自用工之日起三十日内申请办理社会保险登记。",
						new TimeLimit(15, LimitUnit.NATURAL_DAYS, "自收到申请之日起（社会保险法第五十七条：十五日内）"),
						new TimeLimit(3, LimitUnit.NATURAL_DAYS, ""),
						List.of(new StepSpec("受理", WINDOW, 0), new StepSpec("审核登记", HANDLING, 1)),
						List.of(req("社会保险参保登记表", "用人单位", 1, 0, "", true),
								req("营业执照或其他主体资格证明", "市场监督管理部门", 0, 1, "可共享获取", false),
								req("职工身份证件", "公安机关", 0, 1, "", false),
								req("劳动合同", "用人单位", 0, 1, "", false)),
						List.of(), 0, true, RefusalAuthority.DEPARTMENT_HEAD, 0, List.of()),
				new Spec(INSURANCE, "失业保险金申领", "000121030000", ADMINISTRATIVE_PAYMENT,
						List.of(law("中华人民共和国社会保险法", "第四十五条"), law("失业保险条例", "第十四条"),
								law("失业保险金申领发放办法", "第八条")),
						"失业前用人单位和本人已缴纳失业保险费满一年；非因本人意愿中断就业；已办理失业登记并有求职要求。",
						new TimeLimit(10, LimitUnit.NATURAL_DAYS, "自受理之日起对申领资格进行审核认定"),
						new TimeLimit(5, LimitUnit.NATURAL_DAYS, ""),
						List.of(new StepSpec("受理", WINDOW, 0), new StepSpec("资格审核", HANDLING, 2),
								new StepSpec("核定", LEADING, 1)),
						List.of(req("失业保险金申领表", "申请人自备（可在线填写）", 1, 0, "", true),
								req("居民身份证", "公安机关", 1, 0, "现场核验原件", false),
								req("解除或终止劳动关系证明", "原用人单位", 0, 1, "", false),
								req("本人社会保障卡或银行账户信息", "申请人自备", 0, 1, "", false)),
						List.of(), 0, true, RefusalAuthority.DEPARTMENT_HEAD, 0, List.of()),
				new Spec(LABOUR, "劳动保障监察投诉受理", "000121040000", OTHER_POWER,
						List.of(law("劳动保障监察条例", "第九条"), law("关于实施《劳动保障监察条例》若干规定", "第十九条")),
						"有明确的被投诉用人单位、具体的投诉请求和违法事实，属于劳动保障监察管辖范围，且未超过两年时效。",
						new TimeLimit(5, LimitUnit.WORKING_DAYS, "自接到投诉之日起，决定是否受理"), TimeLimit.workingDays(3),
						List.of(new StepSpec("登记", WINDOW, 1), new StepSpec("审查并决定是否受理", LEADING, 2)),
						List.of(req("劳动保障监察投诉书", "投诉人", 1, 0, "写明投诉人、被投诉单位、请求及事实", true),
								req("投诉人身份证件", "公安机关", 0, 1, "", false),
								cond("劳动合同、工资条等证据", "投诉人", 0, 1, "有证据的", "")),
						List.of(), 1, true, RefusalAuthority.DEPARTMENT_HEAD, 0, List.of()));
	}

	// ---- helpers -----------------------------------------------------------------------------------------------

	private static LegalBasis law(String law, String article) {
		return new LegalBasis(law, article);
	}

	private static TimeLimit immediate() {
		return new TimeLimit(0, LimitUnit.WORKING_DAYS, "即办件，当场办结");
	}

	/** A required material; {@code blankForm}: the demo attaches a blank form to it. */
	private static Material req(String name, String issuer, int originals, int copies, String notes,
			boolean blankForm) {
		return new Material(0, name, issuer, originals, copies, "A4", true, "", true, notes, blankForm, false);
	}

	private static Material cond(String name, String issuer, int originals, int copies, String condition,
			String notes) {
		return new Material(0, name, issuer, originals, copies, "A4", false, condition, false, notes, false, false);
	}

	private static List<Material> concat(List<Material> first, Material... more) {
		List<Material> all = new ArrayList<>(first);
		all.addAll(List.of(more));
		return all;
	}

	private static <T> T as(String username, Supplier<T> action) {
		return ActingAs.signedIn(username, "ROLE_ADMIN", action);
	}

}
