package org.xiaoneng.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
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
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The demo county's refusal filings in 县市场监督管理局 登记注册科, made through the facades by the people who would make
 * them: one within the head's authority with its materials returned, one escalated and agreed by the deputy leader
 * with its materials returned, one escalated and overruled, and one whose leader decision is overdue. The cases are
 * received (and some accepted) at the window first. It runs once, after the demo catalog.
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

	DemoRefusals(Refusals refusals, Filings filings, Cases cases, ServiceCatalog catalog, Organization organization,
			WorkingDayCalendar calendar, RefusalSettings settings) {
		this.refusals = refusals;
		this.filings = filings;
		this.cases = cases;
		this.catalog = catalog;
		this.organization = organization;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** Who files, heads, and receives at the window in the demo: the demo accounts. */
	record People(String handler, String head, String clerk) {
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50)
	void build() {
		if (build(new People("handler", "depthead", "clerk")) > 0) {
			LOG.info("Demo refusals: filings of 登记注册科 within authority, agreed, overruled and overdue");
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
		List<ServiceItem> items = catalog.inForceOfUnit(handler.get().unitId())
			.stream()
			.filter(item -> item.departmentId() == handler.get().departmentId())
			.toList();
		if (items.isEmpty()) {
			return 0;
		}
		ServiceItem item = items.get(0);
		ServiceItem other = items.get(items.size() > 1 ? 1 : 0);
		String tag = handler.get().staffNumber();

		long withinCase = receive(people, item, "刘明", "520999198503120020", "13985100001", false, tag);
		Refusal within = as(people.head(), "ROLE_DEPT_HEAD", () -> refusals.file(filing(withinCase,
				"申请人提交的经营场所为住宅，未提交所在地居（村）民委员会出具的同意证明", "市场主体登记管理条例", "第二十一条")));
		returnMaterials(within, "刘明", "520999198503120020", people.head(), "ROLE_DEPT_HEAD");

		long agreedCase = receive(people, other, "陈静", "520999199207080030", "13985100002", true, tag);
		Refusal agreed = as(people.handler(), "ROLE_HANDLER", () -> refusals.file(filing(agreedCase,
				"拟登记的经营范围属于法律、行政法规规定须经批准的项目，申请人未取得批准文件", "市场主体登记管理条例", "第十四条")));
		decide(agreed, Decision.AGREED, "同意不予许可，请按规定出具决定书并告知救济途径");
		returnMaterials(refusals.refusal(agreed.id()), "陈静", "520999199207080030", people.handler(),
				"ROLE_HANDLER");

		long overruledCase = receive(people, item, "王强", "520999197801150047", "13985100003", true, tag);
		Refusal overruled = as(people.handler(), "ROLE_HANDLER", () -> refusals.file(filing(overruledCase,
				"申请人名称与已登记的名称近似", "企业名称登记管理规定", "第十七条")));
		decide(overruled, Decision.DISAGREED, "名称中的行业表述不同，不构成近似，请继续办理");

		long overdueCase = receive(people, other, "赵丽", "520999200109200057", "13985100004", false, tag);
		Instant longAgo = overdueFilingTime(organization.unit(handler.get().unitId()).creditCode());
		as(people.handler(), "ROLE_HANDLER", () -> refusals.fileAsOf(filing(overdueCase,
				"申请人提交的身份证明已过有效期", "中华人民共和国行政许可法", "第三十二条"), longAgo));
		refusals.reportOverdueDecisions();
		return 4;
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
		CaseFile received = as(people.clerk(), "ROLE_WINDOW_CLERK", () -> cases.submit(new NewSubmission(item.id(),
				SubmissionChannel.WINDOW, new ApplicantDetails(ApplicantKind.PERSON, name, null, IdType.RESIDENT_ID,
						idNumber, phone, null, "示范县人民路" + phone.substring(9) + "号", null, null, null, null),
				materials, DeliveryMethod.PICKUP), "refusal-demo-" + tag + "-" + idNumber));
		if (accept) {
			as(people.clerk(), "ROLE_WINDOW_CLERK", () -> cases.accept(received.id()));
		}
		return received.id();
	}

	private static NewRefusal filing(long caseId, String reasons, String law, String article) {
		return new NewRefusal(caseId, "申请人到政务服务中心窗口申请办理，提交了申请材料", reasons,
				List.of(new NewRefusal.Provision(law, article)), "补充符合规定的证明材料后可重新申请", "", false);
	}

	/** The decider decides, when they have an account to act with. */
	private void decide(Refusal refusal, Decision decision, String opinion) {
		if (refusal.deciderStaffId() == null) {
			return;
		}
		String username = organization.staffMember(refusal.deciderStaffId()).username();
		if (username != null) {
			as(username, "ROLE_LEADER", () -> refusals.decide(refusal.id(), decision, opinion));
		}
	}

	private void returnMaterials(Refusal refusal, String collector, String idNumber, String username, String role) {
		if (refusal.state() != RefusalState.IN_EFFECT) {
			return;
		}
		List<String> received = as(username, role, () -> refusals.receivedMaterials(refusal.id()));
		as(username, role, () -> refusals.returnMaterials(refusal.id(), new NewMaterialReturn(received, collector,
				idNumber, SignatureKind.DRAWN, SIGNATURE)));
	}

	private static <T> T as(String username, String role, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(role)));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
