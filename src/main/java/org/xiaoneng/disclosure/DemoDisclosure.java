package org.xiaoneng.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.ActingAs;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The demo editor's catalogue (account {@code editor}, 政务公开专员 of the first unit's 办公室): items published in
 * several categories, cleared by the unit's principal leader as the second person; one in review; a draft whose text
 * still holds a mobile number, so that its findings show; a monthly 低保 report drafted last month and still not
 * published, overdue; and the public's feedback, one answered and shown, two waiting. Runs once, after the other
 * demo loaders; nothing when the editor has no staff record or their unit has items already.
 */
@Component
@Profile("demo")
class DemoDisclosure {

	private static final Logger LOG = LoggerFactory.getLogger(DemoDisclosure.class);

	private static final String EDITOR = "editor";

	private final Disclosure disclosure;

	private final DisclosurePortal portal;

	private final DisclosureFeedback feedback;

	private final ItemPublishing publishing;

	private final DisclosureItems items;

	private final ItemSchedule schedule;

	private final Organization organization;

	private final Clock clock;

	DemoDisclosure(Disclosure disclosure, DisclosurePortal portal, DisclosureFeedback feedback,
			ItemPublishing publishing, DisclosureItems items, ItemSchedule schedule, Organization organization,
			Clock clock) {
		this.disclosure = disclosure;
		this.portal = portal;
		this.feedback = feedback;
		this.publishing = publishing;
		this.items = items;
		this.schedule = schedule;
		this.organization = organization;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(90)
	void build() {
		if (build(EDITOR)) {
			LOG.info("Demo disclosure: 4 items published, 1 in review, 1 draft with a mobile number, 1 overdue, "
					+ "3 feedback");
		}
	}

	/** Builds the catalogue of the editor's unit once; whether it did. */
	boolean build(String username) {
		StaffMember editor = organization.staffByUsername(username).orElse(null);
		if (editor == null || !items.ofUnit(editor.unitId(), null).isEmpty()) {
			return false;
		}
		Long principalId = organization.unit(new UnitId(editor.unitId())).principalLeaderId();
		StaffMember principal = organization.staffOnDuty(new UnitId(editor.unitId()))
			.stream()
			.filter(staff -> principalId != null && staff.id() == principalId)
			.findFirst()
			.orElse(null);
		if (principal == null) {
			return false;
		}
		Caller reviewer = Caller.loader(principal.name(), principal);
		LocalDate today = schedule.today();
		int year = today.getYear();

		long budget = published(username, reviewer, new ItemDraft(Category.BUDGET_AND_ACCOUNTS, Cadence.YEARLY,
				year + "年部门预算公开", year + "年部门预算收入支出总表、财政拨款收支总表及说明。一般公共预算支出按功能分类列示。",
				new ItemElements("《中华人民共和国预算法》第十四条", "办公室负责部门预算的编制和公开", null, null, null,
						"预算经县人大批准后二十日内公开"), null));
		published(username, reviewer, new ItemDraft(Category.OFFICIAL_EXPENSES, Cadence.YEARLY,
				(year - 1) + "年度“三公”经费决算", "因公出国（境）费0万元，公务用车购置及运行维护费8.6万元，公务接待费2.1万元。",
				null, null));
		long procurement = published(username, reviewer, new ItemDraft(Category.PROCUREMENT, Cadence.AD_HOC,
				"办公设备采购结果公告", "采购方式：询价。成交供应商：示范县某科技有限公司。成交金额：12.8万元。",
				new ItemElements("《中华人民共和国政府采购法》", null, null, "询价、评审、公示", null, "已签订合同"),
				today.minusDays(3)));
		published(username, reviewer, new ItemDraft(Category.FEES_AND_FINES, Cadence.YEARLY, "行政事业性收费项目及标准",
				"本单位无行政事业性收费项目。", null, null));

		as(username, () -> {
			DisclosureItemId inReview = disclosure.draft(new ItemDraft(Category.PERSONNEL_SELECTION, Cadence.AD_HOC,
					year + "年公开招聘工作人员拟聘用人员公示", "经笔试、面试、体检和考察，拟聘用3人，公示期5个工作日。",
					null, today.minusDays(1))).id();
			disclosure.submitForReview(inReview);
			disclosure.draft(new ItemDraft(Category.AWARDS, Cadence.AD_HOC, (year - 1) + "年度先进个人评选结果",
					"评选先进个人5名。\n联系人手机13985012345。", null, today));
			return null;
		});
		overdueMonthly(username, editor, today);

		as(username, () -> {
			long answered = portal.leaveFeedback(budget, new NewFeedback("建议把项目支出的明细也一并公开。", "李女士", null,
					true));
			feedback.answer(answered, "项目支出明细已在预算说明第三部分列示，欢迎查阅。");
			portal.leaveFeedback(procurement, new NewFeedback("请问询价共有几家供应商参加？", null, "0859-8612345", true));
			portal.leaveFeedback(procurement, new NewFeedback("成交价格是否偏高？", null, null, false));
			return null;
		});
		return true;
	}

	/** Drafts, submits, has the second person clear, and publishes an item. */
	private long published(String username, Caller reviewer, ItemDraft draft) {
		DisclosureItemId id = as(username, () -> {
			DisclosureItemId drafted = disclosure.draft(draft).id();
			disclosure.submitForReview(drafted);
			return drafted;
		});
		publishing.clear(id.value(), reviewer);
		as(username, () -> disclosure.publish(id));
		return id.value();
	}

	/** Last month's 低保 report, drafted then and not yet published: due at last month's end, so overdue now. */
	private void overdueMonthly(String username, StaffMember editor, LocalDate today) {
		LocalDate lastMonth = today.minusMonths(1);
		DisclosureItem item = DisclosureItem.draft(new UnitId(editor.unitId()), new DepartmentId(editor.departmentId()),
				new StaffId(editor.id()), editor.name(),
				new ItemDraft(Category.MINIMUM_LIVING_SECURITY, Cadence.MONTHLY,
						lastMonth.getYear() + "年" + lastMonth.getMonthValue() + "月城乡低保发放情况",
						"城市低保、农村低保发放户数、人数和金额。", null, null),
				Cadence.MONTHLY.endOfPeriod(lastMonth), null);
		items.add(item);
		items.record(item, "DRAFTED", username, null, clock.instant(), false);
	}

	private static <T> T as(String username, Supplier<T> action) {
		return ActingAs.signedIn(username, "ROLE_DISCLOSURE_EDITOR", action);
	}
}
