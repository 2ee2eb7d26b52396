package org.xiaoneng.refusal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;
import org.xiaoneng.casework.ApplicantDetails;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.CaseDocument;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.IdType;
import org.xiaoneng.casework.NewSubmission;
import org.xiaoneng.casework.ReceivedMaterial;
import org.xiaoneng.casework.SubmissionChannel;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.Faq;
import org.xiaoneng.catalog.ItemDraft;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcedureStep;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.common.Clocks;

/**
 * Cases to refuse for one test: a published item of the unit's 登记注册科 that the given authority may refuse, and a
 * case of it received (not yet accepted) or in processing, applied for by 张三 with {@link #APPLICANT_ID}.
 */
public final class RefusalCases {

	/** Monday 2 March 2026, 09:00 in Shanghai: two working days later is Wednesday 4 March. */
	public static final Instant MONDAY_MORNING = LocalDateTime.of(2026, 3, 2, 9, 0).atZone(Clocks.BUSINESS_ZONE)
		.toInstant();

	public static final String REASONS = "申请人提交的住所使用证明与登记住所不一致，不符合法定形式";

	/** The applicant's resident ID (GB 11643, with its check digit). */
	public static final String APPLICANT_ID = "520102199001010018";

	/** A 1×1 PNG: a drawn signature as the canvas sends it. */
	public static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");

	private final ApplicationContext context;

	public RefusalCases(ApplicationContext context) {
		this.context = context;
	}

	public Refusals refusals() {
		return context.getBean(Refusals.class);
	}

	/** A filing of the case with reasons and the 行政许可法 article on not accepting. */
	public static NewRefusal filing(long caseId) {
		return new NewRefusal(caseId, null, "申请人申请设立登记，提交材料 3 份", REASONS,
				List.of(new NewRefusal.Provision("中华人民共和国行政许可法", "第三十二条")), "住所使用证明", "", false);
	}

	/** The same filing, marked major: it goes to a collective decision. */
	static NewRefusal majorFiling(long caseId) {
		NewRefusal filing = filing(caseId);
		return new NewRefusal(caseId, null, filing.circumstances(), filing.reasons(), filing.legalBasis(),
				filing.materialsConcerned(), "", true);
	}

	static String filingJson(long caseId, String reasons) {
		return """
				{"caseId": %d, "circumstances": "申请人申请设立登记", "reasons": "%s",
				 "legalBasis": [{"law": "中华人民共和国行政许可法", "article": "第三十二条"}],
				 "materialsConcerned": "住所使用证明", "major": false}""".formatted(caseId, reasons);
	}

	static String filingJsonWithoutBasis(long caseId) {
		return """
				{"caseId": %d, "circumstances": "申请人申请设立登记", "reasons": "%s", "legalBasis": [],
				 "materialsConcerned": "", "major": false}""".formatted(caseId, REASONS);
	}

	/**
	 * A published item of the unit's 登记注册科 like 食品经营许可 (statutory 20 working days, promised 10, steps 1 + 6 + 2
	 * + 1), refused by the given authority, with the 行政许可法 articles on refusing as its legal basis.
	 */
	public ServiceItem item(RefusalUnit unit, RefusalAuthority authority) {
		return item(unit, authority, "食品经营许可", "000127020000",
				List.of(new LegalBasis("中华人民共和国行政许可法", "第三十二条"), new LegalBasis("中华人民共和国食品安全法", "第三十五条")));
	}

	/** The same kind of item under another name, national basic code and legal basis (the demo catalog's items). */
	public ServiceItem item(RefusalUnit unit, RefusalAuthority authority, String name, String basicCode,
			List<LegalBasis> legalBasis) {
		ServiceCatalog catalog = context.getBean(ServiceCatalog.class);
		String code = "R-" + unit.tag + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
		ItemDraft draft = new ItemDraft(name + code, basicCode, code, ItemType.ADMINISTRATIVE_LICENSE,
				unit.unit.id(), unit.registration.id(), List.of(unit.handling.id(), unit.lead.id()), legalBasis,
				"有与经营的食品品种相适应的经营场所", new TimeLimit(20, LimitUnit.WORKING_DAYS, "自受理之日起"),
				TimeLimit.workingDays(10), CaseKind.PROMISED,
				List.of(new ProcedureStep(1, "受理", unit.window.id(), 1),
						new ProcedureStep(2, "审查", unit.handling.id(), 6),
						new ProcedureStep(3, "决定", unit.lead.id(), 2),
						new ProcedureStep(4, "制证", unit.handling.id(), 1)),
				List.of(), List.of(material("食品经营许可申请书"), material("营业执照复印件"), material("住所使用证明")),
				List.of(), "政务服务中心二楼", "工作日 9:00—17:00", "0851-86210012", "12345", 1, true, authority, 10,
				"不得吃拿卡要", List.of(new Faq("要收费吗？", "不收费。")));
		ServiceItem item = unit.as("a", () -> catalog.createDraft(draft));
		unit.as("a", () -> catalog.submitForReview(item.id(), 1));
		return unit.as("h", () -> catalog.publish(item.id(), 1, null));
	}

	private static Material material(String name) {
		return new Material(0, name, "申请人自备", 1, 0, "A4", true, "", true, "", false, false);
	}

	/** A case of a new item of that refusal authority, received at the window and not yet accepted. */
	public long receivedCase(RefusalUnit unit, RefusalAuthority authority) {
		ServiceItem item = item(unit, authority);
		Cases cases = context.getBean(Cases.class);
		return unit.as("c", () -> cases.submit(new NewSubmission(item.id(), SubmissionChannel.WINDOW,
				new ApplicantDetails(ApplicantKind.PERSON, "张三", null, IdType.RESIDENT_ID, APPLICANT_ID, "13800138000",
						null, "示范县人民路1号", null, null, null, null),
				List.of(new ReceivedMaterial(1, null, true, 1, 2), new ReceivedMaterial(2, null, false, 1, 1),
						new ReceivedMaterial(3, null, false, 1, 1)),
				DeliveryMethod.PICKUP), null)).id();
	}

	/** A case accepted and past its first step (受理): in processing at the handling post. */
	public long processingCase(RefusalUnit unit, RefusalAuthority authority) {
		long caseId = receivedCase(unit, authority);
		Cases cases = context.getBean(Cases.class);
		unit.as("c", () -> cases.accept(caseId));
		unit.as("c", () -> cases.completeStep(caseId, 1, "材料齐全，转审查"));
		return caseId;
	}

	public CaseState state(long caseId) {
		return context.getBean(Cases.class).caseFile(caseId).state();
	}

	/** The titles of the documents the case lists. */
	public List<String> documentTitles(long caseId) {
		return context.getBean(Cases.class)
			.details(caseId)
			.documents()
			.stream()
			.map(CaseDocument::title)
			.toList();
	}
}
