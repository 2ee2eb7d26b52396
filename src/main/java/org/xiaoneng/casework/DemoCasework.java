package org.xiaoneng.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.ResidentIdNumber;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;

/**
 * Some 360 demo cases of the demo county's items, received over the last four months and carried through the
 * facade by the people who would do each step, on the days they would do it: some still being checked or waiting for
 * correction, most completed and delivered, some paused, extended, overdue or withdrawn, many rated and a few badly
 * (with a rectification). Runs once: a database with cases is left alone. The random choices are seeded, so every
 * demo start builds the same county.
 */
@Component
@Profile("demo")
class DemoCasework {

	private static final Logger LOG = LoggerFactory.getLogger(DemoCasework.class);

	private static final Set<String> DEMO_UNITS = Set.of("县市场监督管理局", "县自然资源局", "县人力资源和社会保障局");

	private static final int CASES_PER_UNIT = 120;

	private static final int DAYS_BACK = 120;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
			"娟", "涛", "明", "超", "秀兰", "霞" };

	private final Cases cases;

	private final CasePortal portal;

	private final ServiceCatalog catalog;

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCasework(Cases cases, CasePortal portal, ServiceCatalog catalog, Organization organization,
			WorkingDayCalendar calendar, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.portal = portal;
		this.catalog = catalog;
		this.organization = organization;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	void build() {
		if (jdbc.sql("select count(*) from casework.case_file").query(Long.class).single() > 0) {
			return;
		}
		Map<CaseState, Integer> states = new EnumMap<>(CaseState.class);
		for (Unit unit : organization.units()) {
			if ("520999".equals(unit.regionCode()) && DEMO_UNITS.contains(unit.name())) {
				casesOf(unit, CASES_PER_UNIT, new Random(unit.name().hashCode()))
					.forEach((state, count) -> states.merge(state, count, Integer::sum));
				openWorkOf(unit).forEach((state, count) -> states.merge(state, count, Integer::sum));
			}
		}
		cases.markDeadlineStatuses();
		LOG.info("Demo casework: {} cases of the demo county by state {}",
				states.values().stream().mapToInt(Integer::intValue).sum(), states);
	}

	/** Builds {@code count} cases of the unit's items in force; returns how many ended in each state. */
	Map<CaseState, Integer> casesOf(Unit unit, int count, Random random) {
		Map<CaseState, Integer> states = new EnumMap<>(CaseState.class);
		List<ServiceItem> items = catalog.inForceOfUnit(new UnitId(unit.id()));
		if (items.isEmpty()) {
			return states;
		}
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < count; i++) {
			ServiceItem item = items.get(random.nextInt(items.size()));
			Optional<Caller> clerk = clerkOf(item);
			if (clerk.isEmpty()) {
				continue;
			}
			// older cases are more likely than today's: the demo shows a long history and a short queue
			int back = (int) Math.round(Math.pow(random.nextDouble(), 0.7) * DAYS_BACK);
			LocalDate received = workingDayOnOrBefore(unit.creditCode(), today.minusDays(back));
			try {
				CaseState state = carry(unit, item, clerk.get(), received, today, random);
				states.merge(state, 1, Integer::sum);
			}
			catch (RuntimeException refused) {
				// a demo path the rules refuse (e.g. an item without a holder for a step) is simply left where it stopped
				LOG.info("Demo case stopped: {}", refused.getMessage());
			}
		}
		return states;
	}

	/**
	 * The unit's queue of today, so that every role finds work at start whatever the random history left open: of the
	 * first item in force with a window clerk and a promised time of two working days or more, two cases waiting for
	 * the applicant's correction and one due today by its promise (黄牌预警); in every department, one case past its
	 * legal deadline (红牌超期) of its first item with a window clerk and both times in working days, so that each
	 * head and the leader overseeing them find red in their own lists; one case paused for its special procedure, of
	 * the first such item that has one; and one whose extension waits for its decider, of the first that allows one.
	 * Returns how many ended in each state.
	 */
	Map<CaseState, Integer> openWorkOf(Unit unit) {
		Map<CaseState, Integer> states = new EnumMap<>(CaseState.class);
		String code = unit.creditCode();
		LocalDate today = workingDayOnOrBefore(code, LocalDate.now(clock));
		Random random = new Random(31L * unit.name().hashCode());
		// each item's window clerk, looked up once (two reads of the organisation an item)
		Map<ServiceItem, Caller> clerks = new LinkedHashMap<>();
		for (ServiceItem item : catalog.inForceOfUnit(new UnitId(unit.id()))) {
			if (workingDays(item.promisedLimit()) >= 1) {
				clerkOf(item).ifPresent(clerk -> clerks.put(item, clerk));
			}
		}
		List<ServiceItem> items = clerks.keySet().stream().filter(item -> workingDays(item.promisedLimit()) >= 2)
			.toList();
		items.stream().findFirst().ifPresent(item -> {
			Caller clerk = clerks.get(item);
			for (int back : new int[] { 1, 2 }) {
				LocalDate received = workingDaysBefore(code, today, back);
				queued(states, () -> {
					long id = cases.submit(submission(item, random), null, clerk, at(received, 9)).id();
					cases.issueCorrectionNotice(id, List.of(new MaterialDefect(item.materials().get(0).number(), null,
							DefectKind.MISSING, null)), null, clerk, at(received, 10));
					return id;
				});
			}
			LocalDate dueToday = workingDaysBefore(code, today, item.promisedLimit().number());
			queued(states, () -> accepted(item, clerk, dueToday, random));
		});
		// past the legal deadline, which the red list reads, in each department's own lists
		clerks.keySet().stream()
			.filter(item -> workingDays(item.statutoryLimit()) >= 1)
			.collect(Collectors.toMap(ServiceItem::departmentId, item -> item, (first, later) -> first,
					LinkedHashMap::new))
			.values()
			.forEach(item -> {
				LocalDate accepted = workingDaysBefore(code, today, workingDays(item.statutoryLimit()) + 2);
				queued(states, () -> accepted(item, clerks.get(item), accepted, random));
			});
		items.stream().filter(item -> !item.specialProcedures().isEmpty()).findFirst().ifPresent(item -> {
			String procedure = item.specialProcedures().get(0).name();
			LocalDate accepted = workingDaysBefore(code, today, 1);
			queued(states, () -> {
				long id = accepted(item, clerks.get(item), accepted, random);
				cases.suspend(id, PauseKind.SPECIAL_PROCEDURE, procedure, "依法组织" + procedure, null,
						firstStepWorker(id), at(accepted, 15));
				return id;
			});
		});
		items.stream().filter(item -> item.maxExtensionWorkingDays() > 0).findFirst().ifPresent(item -> {
			LocalDate accepted = workingDaysBefore(code, today, 2);
			queued(states, () -> {
				long id = accepted(item, clerks.get(item), accepted, random);
				cases.requestExtension(id, Math.min(3, item.maxExtensionWorkingDays()), "需补充现场核查，依法延长办理期限",
						firstStepWorker(id), at(accepted, 16));
				return id;
			});
		});
		return states;
	}

	/** The limit's number of working days; 0 when it is in other units or has none (即办). */
	private static int workingDays(TimeLimit limit) {
		return limit.unit() == LimitUnit.WORKING_DAYS && limit.number() != null ? limit.number() : 0;
	}

	/** Builds one case of the queue; a path the rules refuse is left where it stopped, as in {@link #casesOf}. */
	private void queued(Map<CaseState, Integer> states, Supplier<Long> build) {
		try {
			states.merge(cases.row(build.get()).state(), 1, Integer::sum);
		}
		catch (RuntimeException refused) {
			LOG.info("Demo case of today's queue stopped: {}", refused.getMessage());
		}
	}

	private long accepted(ServiceItem item, Caller clerk, LocalDate day, Random random) {
		long id = cases.submit(submission(item, random), null, clerk, at(day, 9)).id();
		cases.accept(id, clerk, at(day, 11), day, false);
		return id;
	}

	private Caller firstStepWorker(long id) {
		return actor(cases.details(id, DataScope.wholeRegionScope()).steps().get(0).staffId());
	}

	private CaseState carry(Unit unit, ServiceItem item, Caller clerk, LocalDate received, LocalDate today,
			Random random) {
		String code = unit.creditCode();
		Instant at = at(received, received.equals(today) ? 8 : 9 + random.nextInt(7));
		CaseFile file = cases.submit(submission(item, random), null, clerk, at);
		long id = file.id();
		long ageInWorkingDays = calendar.workingDays(code, received, today).days();
		boolean corrected = random.nextInt(5) == 0;
		LocalDate day = received;
		if (corrected) {
			cases.issueCorrectionNotice(id, List.of(new MaterialDefect(item.materials().get(0).number(), null,
					DefectKind.MISSING, null)), null, clerk, at.plusSeconds(600));
			if (ageInWorkingDays < 3) {
				return CaseState.AWAITING_CORRECTION;
			}
			day = next(code, received, 2);
			cases.supplyCorrection(id, List.of(new ReceivedMaterial(item.materials().get(0).number(), null, true, 1, 2)),
					clerk, at(day, 10));
		}
		if (ageInWorkingDays < 1 && random.nextBoolean()) {
			return CaseState.RECEIVED;
		}
		cases.accept(id, clerk, at(day, 11), day, false);
		if (random.nextInt(25) == 0) {
			cases.withdraw(id, "申请人主动撤回申请", clerk, at(next(code, day, 1), 10));
			return CaseState.WITHDRAWN;
		}
		boolean pause = random.nextInt(8) == 0 && !item.specialProcedures().isEmpty();
		boolean extend = random.nextInt(10) == 0 && item.maxExtensionWorkingDays() > 0;
		boolean late = random.nextInt(12) == 0;
		boolean askLate = late && !extend && item.maxExtensionWorkingDays() > 0;
		int stepNumber = 0;
		for (CaseStep step : cases.details(id, DataScope.wholeRegionScope()).steps()) {
			stepNumber++;
			Case c = cases.row(id);
			CaseStep assigned = cases.details(id, DataScope.wholeRegionScope()).steps()
				.get(stepNumber - 1);
			if (assigned.staffId() == null) {
				return c.state();
			}
			Caller worker = actor(assigned.staffId());
			LocalDate done = next(code, day, Math.max(0, late ? step.budgetDays() + 2 : step.budgetDays() - 1));
			if (stepNumber == 1 && pause) {
				String procedure = item.specialProcedures().get(0).name();
				cases.suspend(id, PauseKind.SPECIAL_PROCEDURE, procedure, "依法组织" + procedure, null, worker,
						at(day, 15));
				LocalDate resume = next(code, day, Math.max(1, item.specialProcedures().get(0).workingDays()));
				if (!resume.isBefore(today)) {
					return CaseState.SUSPENDED;
				}
				cases.resume(id, worker, at(resume, 9));
				day = resume;
				done = next(code, day, 1);
			}
			if (stepNumber == 1 && extend && !day.isAfter(c.deadline())) {
				CaseExtension requested = cases.requestExtension(id, Math.min(3, item.maxExtensionWorkingDays()),
						"需补充现场核查，依法延长办理期限", worker, at(day, 16));
				cases.decideExtension(requested.id(), ExtensionDecision.APPROVED, "同意延期",
						actor(requested.deciderStaffId()), at(day, 17));
			}
			if (!done.isBefore(today)) {
				return cases.row(id).state();
			}
			if (askLate && done.isAfter(cases.row(id).deadline())) {
				askLate = false;
				askForAnExtensionTooLate(id, worker, at(done, 9));
			}
			if (assigned.needsSigning()) {
				cases.signStep(id, stepNumber, worker, at(assigned.assignedOn(), random.nextInt(10) == 0 ? 18 : 14));
			}
			cases.completeStep(id, stepNumber, stepNumber == 1 ? "材料齐全，符合条件，拟同意" : "同意", worker,
					at(done.isBefore(assigned.assignedOn()) ? assigned.assignedOn() : done, 16));
			day = done.isBefore(assigned.assignedOn()) ? assigned.assignedOn() : done;
		}
		CaseStep last = cases.details(id, DataScope.wholeRegionScope()).steps()
			.get(stepNumber - 1);
		cases.complete(id, item.name() + "决定书", unit.shortName() + "准字〔" + day.getYear() + "〕" + id + "号",
				actor(last.staffId()), at(day, 17));
		LocalDate delivered = next(code, day, 1 + random.nextInt(3));
		if (delivered.isAfter(today)) {
			return CaseState.COMPLETED;
		}
		cases.deliver(id, random.nextInt(4) == 0 ? DeliveryMethod.POST : DeliveryMethod.PICKUP, delivered, clerk,
				at(delivered, 15));
		if (random.nextInt(3) > 0) {
			int overall = random.nextInt(20) == 0 ? 1 + random.nextInt(2) : 4 + random.nextInt(2);
			portal.rate(id, new NewRating(overall, overall, Math.min(5, overall + 1), overall,
					overall <= 2 ? "等候时间太长，窗口解释不清楚" : "办事快，态度好", RatingChannel.SMS_LINK), at(delivered, 20));
		}
		return CaseState.DELIVERED;
	}

	/**
	 * A late case's handler asks for an extension only once the deadline has passed: refused (行政许可法 第四十二条),
	 * and on record all the same, which supervision turns into its card.
	 */
	private void askForAnExtensionTooLate(long id, Caller worker, Instant at) {
		try {
			cases.requestExtension(id, 2, "未能按期办结，补申请延期", worker, at);
		}
		catch (CaseRuleException refused) {
			LOG.debug("Demo case {}: extension asked after the deadline refused", id);
		}
	}

	private NewSubmission submission(ServiceItem item, Random random) {
		String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
		List<ReceivedMaterial> materials = item.materials()
			.stream()
			.filter(m -> m.required())
			.map(m -> new ReceivedMaterial(m.number(), null, m.originals() > 0, Math.max(1, m.originals() + m.copies()),
					1 + random.nextInt(6)))
			.toList();
		return new NewSubmission(item.id(), random.nextInt(3) == 0 ? SubmissionChannel.ONLINE : SubmissionChannel.WINDOW,
				new ApplicantDetails(ApplicantKind.PERSON, name, null, IdType.RESIDENT_ID, residentId(random), phone, null,
						"示范县城关镇人民路" + (1 + random.nextInt(200)) + "号", null, null, null, null),
				materials, DeliveryMethod.PICKUP);
	}

	/** A resident ID of the demo county (520999), born 1960–1999, with its correct check character. */
	private static String residentId(Random random) {
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
		String first17 = "520999" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	/** The holder of a window post of the item's department, else of the unit. */
	private Optional<Caller> clerkOf(ServiceItem item) {
		List<Post> posts = organization.postsOf(new DepartmentId(item.departmentId()));
		Optional<Caller> own = holderOf(posts);
		if (own.isPresent()) {
			return own;
		}
		return holderOf(organization.postsOfUnit(new UnitId(item.unitId())));
	}

	private Optional<Caller> holderOf(List<Post> posts) {
		return posts.stream()
			.filter(post -> post.kind() == PostKind.WINDOW)
			.flatMap(post -> organization.holdersOf(new PostId(post.id())).stream())
			.findFirst()
			.map(staff -> actor(staff.id()));
	}

	private Caller actor(long staffId) {
		StaffMember staff = organization.staffMember(new StaffId(staffId));
		return Caller.loader(staff.username() == null ? "demo-" + staff.staffNumber() : staff.username(), staff);
	}

	private LocalDate next(String unitCode, LocalDate from, int workingDays) {
		return calendar.deadline(unitCode, from, workingDays).date();
	}

	private LocalDate workingDaysBefore(String unitCode, LocalDate day, int workingDays) {
		LocalDate d = day;
		for (int counted = 0; counted < workingDays;) {
			d = d.minusDays(1);
			if (calendar.day(unitCode, d).workingDay()) {
				counted++;
			}
		}
		return d;
	}

	private LocalDate workingDayOnOrBefore(String unitCode, LocalDate day) {
		LocalDate d = day;
		while (!calendar.day(unitCode, d).workingDay()) {
			d = d.minusDays(1);
		}
		return d;
	}

	private Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(Math.min(hour, 23), 0)).atZone(clock.getZone()).toInstant();
	}
}
