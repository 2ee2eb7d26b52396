package org.xiaoneng.inquiry;

import static org.xiaoneng.organization.ActingAs.signedIn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;

/**
 * The demo county's register: a few hundred contacts of every category and outcome path over the last four months,
 * taken by the window clerk, the handler and the head of 登记注册科 of 县市场监督管理局, handed on (to substitutes
 * where the holder is away), a buck-passing chain, late matters, complaints and reports verified by the supervisor
 * and an anonymous report from the portal. Made through the facade by the people who would make them; runs once.
 */
@Component
@Profile("demo")
class DemoInquiries {

	private static final Logger LOG = LoggerFactory.getLogger(DemoInquiries.class);

	private static final int CONTACTS = 260;

	private static final String[][] SUBJECTS = {
			{ "CONSULTATION", "个体工商户设立登记需要哪些材料", "营业执照经营范围怎么变更", "食品经营许可证到期怎么延续", "企业年报逾期怎么补报",
					"网上登记平台打不开怎么办" },
			{ "QUERY", "查询营业执照办理进度", "查询企业登记档案", "查询食品经营许可审批结果" },
			{ "APPLICATION_INTENT", "想开一家小餐馆", "公司要迁址", "办理个体户注销" },
			{ "SUGGESTION", "建议窗口中午不休息", "建议增加自助打照机", "建议网上预约开放周末" },
			{ "HELP", "老人不会用手机填报，请求帮助", "营业执照遗失，急需补办" } };

	private static final String[] ANSWERS = { "已当场告知所需材料清单，并发放一次性告知单。", "已告知网上办理路径和注意事项。",
			"经查询，办件已进入审查环节，预计三个工作日内办结。", "已解释政策依据，来访人表示理解。", "已协助其现场完成填报。" };

	private final InquiryRegister register;

	private final Inquiries inquiries;

	private final Organization organization;

	DemoInquiries(InquiryRegister register, Inquiries inquiries, Organization organization) {
		this.register = register;
		this.inquiries = inquiries;
		this.organization = organization;
	}

	// after substitution (10), catalog (20) and casework (30): hand-overs reach the substitutes of absent holders
	@EventListener(ApplicationReadyEvent.class)
	@Order(40)
	void build() {
		Optional<StaffMember> clerk = organization.staffByUsername("clerk");
		if (clerk.isEmpty() || inquiries.count() > 0) {
			return;
		}
		List<ExternalAuthority> authorities = signedIn("admin", "ROLE_ADMIN", this::authorities);
		List<Post> posts = organization.postsOfUnit(new UnitId(clerk.get().unitId()));
		Random random = new Random(2026);
		LocalDate today = register.today();
		int made = 0;
		int refused = 0;
		for (int i = 0; i < CONTACTS; i++) {
			try {
				contact(i, random, today, posts, authorities);
				made++;
			}
			catch (RuleViolationException rule) {
				// a drawn path that the rules refuse (a promise after the deadline): the register simply lacks it
				refused++;
			}
		}
		buckPassingChain(posts);
		complaints(random, today, clerk.get());
		LOG.info("Demo inquiries: {} contacts registered ({} drawn paths refused by the rules), a buck-passing chain, "
				+ "complaints and reports", made, refused);
	}

	private List<ExternalAuthority> authorities() {
		List<ExternalAuthority> list = new ArrayList<>();
		list.add(register.addAuthority("示范县税务局", "0851-12366", "示范县人民路 18 号", "税务登记、发票领用、纳税申报"));
		list.add(register.addAuthority("示范县公安局户政大队", "0851-86220110", "示范县公园路 3 号", "户籍、身份证、居住证"));
		list.add(register.addAuthority("示范县住房和城乡建设局", "0851-86230021", "示范县建设路 9 号", "施工许可、物业管理、房屋安全"));
		list.add(register.addAuthority("示范县人民法院诉讼服务中心", "0851-86240012", "示范县法院街 1 号", "民事纠纷起诉、执行"));
		list.add(register.addAuthority("12345 政务服务便民热线", "12345", null, "不知向哪个部门反映的诉求"));
		return list;
	}

	private void contact(int i, Random random, LocalDate today, List<Post> posts, List<ExternalAuthority> authorities) {
		String[] who = switch (i % 5) {
			case 0, 1, 2 -> new String[] { "clerk", "ROLE_WINDOW_CLERK" };
			case 3 -> new String[] { "handler", "ROLE_HANDLER" };
			default -> new String[] { "depthead", "ROLE_DEPT_HEAD" };
		};
		String[] subjects = SUBJECTS[random.nextInt(SUBJECTS.length)];
		InquiryCategory category = InquiryCategory.valueOf(subjects[0]);
		String subject = subjects[1 + random.nextInt(subjects.length - 1)];
		int daysAgo = random.nextInt(120);
		Instant received = today.minusDays(daysAgo).atTime(9 + random.nextInt(8), random.nextInt(60))
			.atZone(Clocks.BUSINESS_ZONE)
			.toInstant();
		if (received.isAfter(register.now())) {
			received = register.now();
		}
		InquiryChannel channel = InquiryChannel.values()[random.nextInt(InquiryChannel.values().length)];
		String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
		NewInquiry request = new NewInquiry(channel, received, "群众" + (char) ('甲' + i % 10) + i, null, phone, null,
				category, subject, null, i % 7 == 0 ? List.of(new ReceivedMaterial("身份证复印件", 1)) : List.of(), null,
				null, null, null, null);
		int path = random.nextInt(100);
		NextStep next;
		if (path < 45) {
			next = new NextStep.Answer(ANSWERS[random.nextInt(ANSWERS.length)]);
		}
		else if (path < 52 && daysAgo == 0) {
			next = new NextStep.Promise(today.plusDays(1), "需调阅档案后答复");
		}
		else if (path < 75) {
			next = new NextStep.HandOver(posts.get(random.nextInt(posts.size())).id(), "转相关岗位办理");
		}
		else if (path < 80) {
			next = new NextStep.Escalate(DecisionLevel.DEPARTMENT_HEAD, "职责不清，请示科长");
		}
		else if (path < 88) {
			ExternalAuthority authority = authorities.get(random.nextInt(authorities.size()));
			next = new NextStep.Refer(authority.id(), "已告知来访人");
		}
		else {
			next = new NextStep.Keep();
		}
		RegisterEntry inquiry = signedIn(who[0], who[1], () -> register.register(request, next));
		// most matters handed on are answered by whoever received them (the substitute, for an absent holder)
		if (next instanceof NextStep.HandOver && !inquiry.closed() && inquiry.state() == InquiryState.OPEN
				&& random.nextInt(100) < 60) {
			asHandler(inquiry,
					() -> register.answer(new InquiryId(inquiry.id()), ANSWERS[random.nextInt(ANSWERS.length)]));
		}
	}

	/** 窗口岗 → 经办岗 → 负责人岗 → 窗口岗: handed on three times without an answer, flagged as 推诿. */
	private void buckPassingChain(List<Post> posts) {
		StaffMember clerk = organization.staffByUsername("clerk").orElseThrow();
		Optional<Post> handling = posts.stream()
			.filter(p -> p.departmentId() == clerk.departmentId() && p.kind() == PostKind.HANDLING)
			.findFirst();
		Optional<Post> leading = posts.stream()
			.filter(p -> p.departmentId() == clerk.departmentId() && p.kind() == PostKind.LEADING)
			.findFirst();
		Optional<Post> window = posts.stream()
			.filter(p -> p.departmentId() == clerk.departmentId() && p.kind() == PostKind.WINDOW)
			.findFirst();
		if (handling.isEmpty() || leading.isEmpty() || window.isEmpty()) {
			return;
		}
		RegisterEntry inquiry = signedIn("clerk", "ROLE_WINDOW_CLERK", () -> register.register(new NewInquiry(InquiryChannel.VISIT,
				null, "钱七", "示范县好味道餐饮店", "13912345678", null, InquiryCategory.CONSULTATION,
				"门头招牌设置归哪个部门管", null, List.of(), null, null, null, null, null),
				new NextStep.HandOver(handling.get().id(), "招牌问题请经办岗答复")));
		try {
			RegisterEntry second = asHandler(inquiry, () -> register.handOver(new InquiryId(inquiry.id()),
					new PostId(leading.get().id()), "不属登记业务"));
			asHandler(second, () -> register.handOver(new InquiryId(second.id()), new PostId(window.get().id()),
					"请窗口告知来访人"));
		}
		catch (RuleViolationException rule) {
			LOG.info("Demo inquiries: the buck-passing chain stopped early: {}", rule.messageKey());
		}
	}

	private void complaints(Random random, LocalDate today, StaffMember clerk) {
		Long food = organization.departmentsOf(new UnitId(clerk.unitId()))
			.stream()
			.filter(d -> d.name().contains("食品"))
			.map(d -> d.id())
			.findFirst()
			.orElse(null);
		// category, subject, content and the 十不准 item cited (none where the complainant named none)
		String[][] matters = { { "COMPLAINT", "窗口工作人员态度生硬", "办理营业执照时工作人员不耐烦，多次让我回去等。", "" },
				{ "COMPLAINT", "同一事项让我跑了三趟", "每次都说材料不全，但没有一次性告知。", "SBZ-6" },
				{ "REPORT", "执法人员检查时接受宴请", "某次食品检查后执法人员在店里吃饭未付钱。", "SBZ-5" },
				{ "COMPLAINT", "承诺时限到了还没办结", "食品经营许可承诺十个工作日，已经过了二十天。", "SBZ-6" },
				{ "REPORT", "有人帮中介插队办证", "窗口有人优先办理中介带来的业务。", "SBZ-5" } };
		for (int i = 0; i < 12; i++) {
			String[] matter = matters[i % matters.length];
			Instant received = today.minusDays(3 + i * 7L).atTime(10, 0).atZone(Clocks.BUSINESS_ZONE).toInstant();
			RegisterEntry complaint = signedIn("clerk", "ROLE_WINDOW_CLERK", () -> register.register(new NewInquiry(
					InquiryChannel.values()[random.nextInt(3)], received, "反映人" + (char) ('子' + random.nextInt(10)),
					null, "1370000" + String.format("%04d", random.nextInt(10_000)), "示范县城关镇",
					InquiryCategory.valueOf(matter[0]), matter[1], matter[2], List.of(), null, null, food, null, null,
					matter[3].isEmpty() ? null : matter[3]), null));
			if (i % 3 != 2) {
				signedIn("supervisor", "ROLE_SUPERVISOR", () -> register.notifyAcceptance(new InquiryId(complaint.id())));
			}
			if (i % 2 == 0) {
				Verification verification = Verification.values()[i % Verification.values().length];
				signedIn("supervisor", "ROLE_SUPERVISOR", () -> register.verify(new InquiryId(complaint.id()), verification,
						"经调阅监控、询问当事人，核实情况如下：" + matter[1] + "。", "感谢您的监督，核查结果已依规处理。"));
			}
		}
		register.submit(new PublicSubmission(clerk.unitId(), InquiryCategory.REPORT, "有人利用职务之便为亲属办证",
				"登记窗口某工作人员为其亲属违规加急办理。", null, null), "demo-portal");
	}

	/** Acts as whoever holds the matter now; does nothing when they have no account. */
	private RegisterEntry asHandler(RegisterEntry inquiry, Supplier<RegisterEntry> action) {
		RegisterEntry current = signedIn("admin", "ROLE_ADMIN", () -> register.inquiry(new InquiryId(inquiry.id())));
		if (current.handlerId() == null) {
			return current;
		}
		String username = organization.staffMember(new StaffId(current.handlerId())).username();
		if (username == null) {
			return current;
		}
		return signedIn(username, "ROLE_HANDLER", action);
	}
}
