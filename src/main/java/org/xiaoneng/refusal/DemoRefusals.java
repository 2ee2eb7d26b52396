package org.xiaoneng.refusal;

import static org.xiaoneng.organization.ActingAs.signedIn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.ApplicantDetails;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.IdType;
import org.xiaoneng.casework.NewSubmission;
import org.xiaoneng.casework.ReceivedMaterial;
import org.xiaoneng.casework.SubmissionChannel;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.inquiry.NextStep;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The demo county's refusal filings in 县市场监督管理局 登记注册科, made through the facades by the people who would make
 * them: one within the head's authority with its materials returned, one escalated and agreed by the deputy leader
 * with its materials returned, one escalated and overruled, and one whose leader decision is overdue. The cases are
 * received (and some accepted) at the window first. Two visitors who only asked at the desk (首问, no case) are refused
 * too (docs/decisions/0025): one within the head's authority, its inquiry closed with the notice, and one waiting for
 * the leader's decision. Where the department has an item only a leader may refuse (否定报备制 四(三): beyond the
 * handler's authority they ask the deputy or principal leader), the handler files two on cases of it, one before and
 * one after acceptance, both left waiting so that the leader finds them on the workbench at start. It runs once,
 * after the demo catalog and the demo inquiries.
 */
@Component
@Profile("demo")
class DemoRefusals {

	private static final Logger LOG = LoggerFactory.getLogger(DemoRefusals.class);

	/** A signature as the pad sends it: a 1×1 PNG stands in for the collector's stroke. */
	private static final byte[] SIGNATURE = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");

	private final Refusals refusals;

	private final Filings filings;

	private final Cases cases;

	private final ServiceCatalog catalog;

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final RefusalSettings settings;

	private final InquiryRegister inquiries;

	DemoRefusals(Refusals refusals, Filings filings, Cases cases, ServiceCatalog catalog, Organization organization,
			WorkingDayCalendar calendar, RefusalSettings settings, InquiryRegister inquiries) {
		this.refusals = refusals;
		this.filings = filings;
		this.cases = cases;
		this.catalog = catalog;
		this.organization = organization;
		this.calendar = calendar;
		this.settings = settings;
		this.inquiries = inquiries;
	}

	/** Who files, heads, and receives at the window in the demo: the demo accounts. */
	record People(String handler, String head, String clerk) {
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50)
	void build() {
		int made = build(new People("handler", "depthead", "clerk"));
		if (made > 0) {
			LOG.info("Demo refusals: {} filings of 登记注册科: within authority, agreed, overruled and overdue, two of "
					+ "inquiries without a case, and the rest awaiting the deputy leader", made);
		}
	}

	/**
	 * Files the demo refusals of the handler's department, once: nothing when the handler has no staff record, the
	 * department no item in force, or the handler filed before. Returns how many filings were made.
	 */
	int build(People people) {
		Optional<StaffMember> handler = organization.staffByUsername(people.handler());
		if (handler.isEmpty() || filings.anyFiledBy(handler.get().id())) {
			return 0;
		}
		List<ServiceItem> ofDepartment = catalog.inForceOfUnit(new UnitId(handler.get().unitId()))
			.stream()
			.filter(item -> item.departmentId() == handler.get().departmentId())
			.filter(item -> GROUNDS.containsKey(item.basicCode()))
			.toList();
		List<ServiceItem> items = ofDepartment.stream().filter(item -> !leaderDecides(item)).toList();
		if (items.isEmpty()) {
			return 0;
		}
		ServiceItem item = items.get(0);
		ServiceItem other = items.get(items.size() > 1 ? 1 : 0);
		String tag = handler.get().staffNumber();

		long withinCase = receive(people, item, "刘明", "520999198503120020", "13985100001", false, tag);
		Refusal within = signedIn(people.head(), "ROLE_DEPT_HEAD",
				() -> refusals.file(filing(withinCase, ground(item, RefusalKind.NOT_ACCEPTED))));
		returnMaterials(within, "刘明", "520999198503120020", people.head(), "ROLE_DEPT_HEAD");

		long agreedCase = receive(people, other, "陈静", "520999199207080030", "13985100002", true, tag);
		Refusal agreed = signedIn(people.handler(), "ROLE_HANDLER",
				() -> refusals.file(filing(agreedCase, ground(other, RefusalKind.NOT_PERMITTED))));
		decide(agreed, Decision.AGREED, "同意不予许可，请按规定出具决定书并告知救济途径");
		returnMaterials(refusals.refusal(agreed.id()), "陈静", "520999199207080030", people.handler(),
				"ROLE_HANDLER");

		long overruledCase = receive(people, item, "王强", "520999197801150047", "13985100003", true, tag);
		Refusal overruled = signedIn(people.handler(), "ROLE_HANDLER",
				() -> refusals.file(filing(overruledCase, ground(item, RefusalKind.NOT_PERMITTED))));
		decide(overruled, Decision.DISAGREED, "申请人补充的材料已说明情况，不构成不予许可的理由，请继续办理");

		long overdueCase = receive(people, other, "赵丽", "520999200109200057", "13985100004", false, tag);
		Instant longAgo = overdueFilingTime(organization.unit(new UnitId(handler.get().unitId())).creditCode());
		signedIn(people.handler(), "ROLE_HANDLER",
				() -> refusals.fileAsOf(filing(overdueCase, ground(other, RefusalKind.NOT_ACCEPTED)), longAgo));
		refusals.reportOverdueDecisions();

		long inquiryInEffect = askAtTheDesk(people.head(), "ROLE_DEPT_HEAD", item, "孙伟", "13985100005");
		signedIn(people.head(), "ROLE_DEPT_HEAD",
				() -> refusals.file(onInquiry(inquiryInEffect, ground(item, RefusalKind.NOT_ACCEPTED))));
		long inquiryAwaiting = askAtTheDesk(people.handler(), "ROLE_HANDLER", other, "周敏", "13985100006");
		signedIn(people.handler(), "ROLE_HANDLER",
				() -> refusals.file(onInquiry(inquiryAwaiting, ground(other, RefusalKind.NOT_ACCEPTED))));
		return 6 + ofDepartment.stream()
			.filter(DemoRefusals::leaderDecides)
			.findFirst()
			.map(leaders -> awaitingTheLeader(people, leaders, tag))
			.orElse(0);
	}

	private static boolean leaderDecides(ServiceItem item) {
		return item.refusalAuthority() == RefusalAuthority.DEPUTY_LEADER
				|| item.refusalAuthority() == RefusalAuthority.PRINCIPAL_LEADER;
	}

	/** Two filings on cases of an item only a leader may refuse, one received and one accepted, left to the leader. */
	private int awaitingTheLeader(People people, ServiceItem item, String tag) {
		long received = receive(people, item, "吴磊", "520999198806140061", "13985100007", false, tag);
		signedIn(people.handler(), "ROLE_HANDLER",
				() -> refusals.file(filing(received, ground(item, RefusalKind.NOT_ACCEPTED))));
		long accepted = receive(people, item, "郑艳", "520999199503220085", "13985100008", true, tag);
		signedIn(people.handler(), "ROLE_HANDLER",
				() -> refusals.file(filing(accepted, ground(item, RefusalKind.NOT_PERMITTED))));
		return 2;
	}

	/** A visitor asks the staff member at the desk for the item and is kept by them (首问负责), no case received. */
	private long askAtTheDesk(String username, String role, ServiceItem item, String name, String phone) {
		return signedIn(username, role, () -> inquiries.register(new NewInquiry(InquiryChannel.VISIT, null, name, null,
				phone, "示范县人民路" + phone.substring(9) + "号", InquiryCategory.APPLICATION_INTENT, "想办理" + item.name(),
				null, List.of(), null, null, null, null, item.id()), new NextStep.Keep())).id();
	}

	private static NewRefusal onInquiry(long inquiryId, Ground ground) {
		return new NewRefusal(null, inquiryId, "来访人到窗口咨询办理，经首问人询问了解情况，尚未提交申请", ground.reasons(),
				List.of(new NewRefusal.Provision(ground.law(), ground.article())), ground.materials(), "", false);
	}

	/** The latest morning early enough that the leader's working days to decide have passed by today. */
	private Instant overdueFilingTime(String unitCode) {
		LocalDate today = calendar.today();
		LocalDate day = today.minusDays(1);
		while (!calendar.deadline(unitCode, day, settings.decisionWorkingDays()).date().isBefore(today)) {
			day = day.minusDays(1);
		}
		return day.atTime(9, 0).atZone(Clocks.BUSINESS_ZONE).toInstant();
	}

	/** A case received at the window (and accepted, when asked) for the demo applicant. */
	private long receive(People people, ServiceItem item, String name, String idNumber, String phone, boolean accept,
			String tag) {
		List<ReceivedMaterial> materials = item.materials()
			.stream()
			.map(material -> new ReceivedMaterial(material.number(), null, true, 1, 1))
			.toList();
		CaseFile received = signedIn(people.clerk(), "ROLE_WINDOW_CLERK", () -> cases.submit(new NewSubmission(item.id(),
				SubmissionChannel.WINDOW, new ApplicantDetails(ApplicantKind.PERSON, name, null, IdType.RESIDENT_ID,
						idNumber, phone, null, "示范县人民路" + phone.substring(9) + "号", null, null, null, null),
				materials, DeliveryMethod.PICKUP), "refusal-demo-" + tag + "-" + idNumber));
		if (accept) {
			signedIn(people.clerk(), "ROLE_WINDOW_CLERK", () -> cases.accept(received.id()));
		}
		return received.id();
	}

	private static NewRefusal filing(long caseId, Ground ground) {
		return new NewRefusal(caseId, null, "申请人到政务服务中心窗口申请办理，提交了申请材料", ground.reasons(),
				List.of(new NewRefusal.Provision(ground.law(), ground.article())), ground.materials(), "", false);
	}

	private static Ground ground(ServiceItem item, RefusalKind kind) {
		return kind == RefusalKind.NOT_ACCEPTED ? GROUNDS.get(item.basicCode()).notAccepted()
				: GROUNDS.get(item.basicCode()).notPermitted();
	}

	/**
	 * Why the demo refuses one item, before acceptance and after it: reasons that belong to that item, on an article of
	 * its own legal basis, and the materials they concern.
	 */
	record Ground(String reasons, String law, String article, String materials) {
	}

	/** The two grounds of one item. */
	record Grounds(Ground notAccepted, Ground notPermitted) {
	}

	/** The grounds by the item's national basic code (国家基本目录编码), for the demo catalog's market-regulation items. */
	static final Map<String, Grounds> GROUNDS = Map.of(
			"000110002000", new Grounds(
					new Ground("申请人提交的经营场所为住宅，未提交所在地居（村）民委员会出具的同意证明，经一次性告知后仍未补正",
							"市场主体登记管理条例", "第十九条", "经营场所使用证明"),
					new Ground("申请登记的名称与本登记机关已登记的个体工商户名称相同，不符合名称登记的规定", "市场主体登记管理条例",
							"第十九条", "个体工商户登记（备案）申请书")),
			"000110002001", new Grounds(
					new Ground("申请人不是该个体工商户的登记经营者，也未提交经营者签署的委托书", "市场主体登记管理条例", "第二十四条",
							"委托书及受托人身份证件"),
					new Ground("拟变更的经营范围属于法律、行政法规规定须经批准的项目，申请人未取得批准文件", "市场主体登记管理条例",
							"第二十四条", "批准文件")),
			"000110002002", new Grounds(
					new Ground("申请人未提交营业执照正、副本，也未提交遗失声明", "市场主体登记管理条例", "第三十一条",
							"营业执照正、副本或遗失声明"),
					new Ground("该个体工商户经营期间的债权债务尚未结清，也未作出清偿安排，不符合注销登记的条件", "市场主体登记管理条例",
							"第三十一条", "债权债务清偿情况说明")),
			"000110001000", new Grounds(
					new Ground("公司章程未经全体股东签署，申请材料不符合法定形式，经一次性告知后仍未补正", "中华人民共和国公司法",
							"第二十九条", "公司章程"),
					new Ground("申请登记的公司名称与本登记机关已登记的同行业公司名称相同", "市场主体登记管理条例", "第十九条",
							"公司登记（备案）申请书")),
			"000127020000", new Grounds(
					new Ground("申请人仅销售预包装食品，依法只需备案，不需要取得食品经营许可", "中华人民共和国食品安全法",
							"第三十五条", "无"),
					new Ground("现场核查发现经营场所与有毒、有害场所的距离不符合要求，不符合食品经营许可的条件", "中华人民共和国食品安全法",
							"第三十五条", "经营场所平面图")));

	/** The decider decides, when they have an account to act with. */
	private void decide(Refusal refusal, Decision decision, String opinion) {
		if (refusal.deciderStaffId() == null) {
			return;
		}
		String username = organization.staffMember(new StaffId(refusal.deciderStaffId())).username();
		if (username != null) {
			signedIn(username, "ROLE_LEADER", () -> refusals.decide(refusal.id(), decision, opinion));
		}
	}

	private void returnMaterials(Refusal refusal, String collector, String idNumber, String username, String role) {
		if (refusal.state() != RefusalState.IN_EFFECT) {
			return;
		}
		List<String> received = signedIn(username, role, () -> refusals.receivedMaterials(refusal.id()));
		signedIn(username, role, () -> refusals.returnMaterials(refusal.id(), new NewMaterialReturn(received, collector,
				idNumber, SignatureKind.DRAWN, SIGNATURE)));
	}
}
