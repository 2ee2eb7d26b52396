package org.xiaoneng.accountability;

import static org.xiaoneng.organization.ActingAs.signedIn;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.StaffMember;

/**
 * The demo county's year of accountability in the handler's department (登记注册科): four inspections on days spread
 * over the year so far, with findings about the window clerk, the handler (twice, the second case 从重) and an
 * unmanned window's post, their evidence, one signature refused; each finding opens its case. Then every open case of
 * the department about someone who can sign in, whatever opened it (a red card of the demo's supervision, a
 * substantiated complaint, a finding), is investigated, the subject makes a statement and the leader with the
 * authority decides, with its notice; the unmanned window's case closes for force majeure. Runs once, after the demo
 * supervision, as the demo's supervisor.
 */
@Component
@Profile("demo")
class DemoAccountability {

	private static final Logger LOG = LoggerFactory.getLogger(DemoAccountability.class);

	/** A photo as the inspectors' phones send it: a 1×1 PNG stands in for the picture of the window. */
	private static final byte[] PHOTO = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");

	/** The record of questioning (询问笔录) as a scanned PDF. */
	private static final byte[] RECORD = "%PDF-1.4\n% 询问笔录\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	private final Inspections inspections;

	private final Accountability accountability;

	private final InspectionRecords records;

	private final Organization organization;

	private final Clock clock;

	DemoAccountability(Inspections inspections, Accountability accountability, InspectionRecords records,
			Organization organization, Clock clock) {
		this.inspections = inspections;
		this.accountability = accountability;
		this.records = records;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * The demo accounts that play the year: the supervisor inspects and runs the cases, the handler and the clerk of
	 * 登记注册科 are inspected and make their statements, its head and the deputy leader over it decide.
	 */
	record People(String supervisor, String handler, String clerk, String head, String leader) {
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(70)
	void build() {
		int cases = build(new People("supervisor", "handler", "clerk", "depthead", "leader"));
		if (cases > 0) {
			LOG.info("Demo accountability: inspections of 登记注册科 over the year and {} cases heard and closed", cases);
		}
	}

	/**
	 * Builds the year once: nothing when the unit was inspected this year before or the demo's people have no staff
	 * records. Returns how many cases were decided or closed.
	 */
	int build(People people) {
		Optional<StaffMember> handler = organization.staffByUsername(people.handler());
		Optional<StaffMember> clerk = organization.staffByUsername(people.clerk());
		Optional<StaffMember> head = organization.staffByUsername(people.head());
		Optional<StaffMember> leader = organization.staffByUsername(people.leader());
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		if (handler.isEmpty() || clerk.isEmpty() || head.isEmpty() || leader.isEmpty()) {
			return 0;
		}
		long unit = handler.get().unitId();
		if (signedIn(people.supervisor(), "ROLE_SUPERVISOR",
				() -> records.ofYear(today.getYear()).stream().anyMatch(inspection -> inspection.unitId() == unit))) {
			return 0;
		}
		long department = handler.get().departmentId();
		List<LocalDate> days = daysOfTheYear(today);
		String supervisor = people.supervisor();

		signedIn(supervisor, "ROLE_SUPERVISOR", () -> {
			long first = inspect(InspectionKind.UNANNOUNCED, days.get(0), unit, "登记注册科1号、2号窗口");
			long playing = found(first, clerk.get().id(), null, "SBZ-6", "上午10时许，窗口工作人员在岗玩手机游戏，"
					+ "群众排队等候十余分钟无人受理。", days.get(0));
			inspections.attach(playing, "1号窗口.png", PHOTO, at(days.get(0), 10));
			inspections.sign(playing, Acknowledgement.ACKNOWLEDGED, null, at(days.get(0), 11));
			inspections.openCase(playing, at(days.get(0).plusDays(1), 9));

			long second = inspect(InspectionKind.PLANNED, days.get(1), unit, "政务服务大厅登记注册科窗口");
			long intermediary = found(second, handler.get().id(), null, "SBZ-5", "向申请人暗示须另找中介代办方可加快办理，"
					+ "申请人当场向检查组反映。", days.get(1));
			inspections.attach(intermediary, "询问笔录.pdf", RECORD, at(days.get(1), 11));
			inspections.sign(intermediary, Acknowledgement.REFUSED, "当事人对事实有异议，拒绝签字；检查组两名成员在场见证。",
					at(days.get(1), 11));
			inspections.openCase(intermediary, at(days.get(1).plusDays(1), 9));
			organization.postsOf(new DepartmentId(department)).stream().findFirst().map(Post::id).ifPresent(post -> {
				long empty = found(second, null, post, "SBZ-6", "窗口空岗约四十分钟，未放置暂停服务告示。", days.get(1));
				inspections.sign(empty, Acknowledgement.ACKNOWLEDGED, "科室负责人签字确认。", at(days.get(1), 11));
				inspections.openCase(empty, at(days.get(1).plusDays(1), 9));
			});

			long third = inspect(InspectionKind.UNANNOUNCED, days.get(2), unit, "登记注册科3号窗口");
			long delayed = found(third, handler.get().id(), null, "SBZ-6", "申请材料齐全的设立登记超过承诺时限两个工作日未办结，"
					+ "未向申请人说明原因。", days.get(2));
			inspections.attach(delayed, "3号窗口.png", PHOTO, at(days.get(2), 14));
			inspections.sign(delayed, Acknowledgement.ACKNOWLEDGED, null, at(days.get(2), 15));
			inspections.openCase(delayed, at(days.get(2).plusDays(1), 9));

			inspect(InspectionKind.PLANNED, days.get(3), unit, "登记注册科全部窗口");
			return null;
		});
		return conclude(people, unit, department, head.get().id(), leader.get().id());
	}

	/**
	 * Carries the department's open cases to their end (every finding's, the earliest of each other source's): the
	 * unmanned window's (a department's case) closes for force majeure; a person's who can sign in is investigated as
	 * 较轻, heard and decided: 诫勉谈话 by the head (the default ladder's lightest for it), an aggravated one 通报批评 by
	 * the deputy leader over the department.
	 */
	private int conclude(People people, long unit, long department, long headId, long leaderId) {
		String supervisor = people.supervisor();
		List<CaseRow> open = signedIn(supervisor, "ROLE_SUPERVISOR", () -> accountability
			.cases(new CaseFilter(CaseState.OPEN, unit, department, null, null, null, false), null, 100)
			.items());
		// the earliest first; of the other sources' cases (the demo month's red cards may be many) one each is heard,
		// the rest stay under investigation as a year's late cases do
		List<CaseRow> earliestFirst = new ArrayList<>(open);
		Collections.reverse(earliestFirst);
		Set<CaseSource> heard = EnumSet.noneOf(CaseSource.class);
		int concluded = 0;
		for (CaseRow row : earliestFirst) {
			CaseView kase = signedIn(supervisor, "ROLE_SUPERVISOR", () -> accountability.kase(row.id()));
			if (kase.staffId() == null) {
				if (row.source() == CaseSource.INSPECTION) {
					signedIn(supervisor, "ROLE_SUPERVISOR", () -> accountability.exempt(row.id(),
							"当日强降雨致政务大厅停电、网络中断，窗口人员按应急预案疏导群众，空岗系不可抗力所致，不予追究。"));
					concluded++;
				}
				continue;
			}
			String subject = organization.staffMember(new StaffId(kase.staffId())).username();
			if (subject == null || kase.staffId() == headId || kase.staffId() == leaderId
					|| row.source() != CaseSource.INSPECTION && !heard.add(row.source())) {
				continue;
			}
			try {
				hear(supervisor, subject, row, citedBy(row, kase), headId, leaderId);
				concluded++;
			}
			catch (RuntimeException refused) {
				// a case the rules refuse to carry on (a decider without the authority in this county) stays open
				LOG.info("Demo accountability case {} not concluded: {}", row.id(), refused.getClass().getSimpleName());
			}
		}
		return concluded;
	}

	private void hear(String supervisor, String subject, CaseRow row, String conductCode, long headId,
			long leaderId) {
		signedIn(supervisor, "ROLE_SUPERVISOR", () -> accountability.investigate(row.id(), row.failureType(), conductCode,
				Severity.MINOR, Set.of(), "调取窗口监控、询问当事人及在场群众，事实清楚。", null));
		signedIn(subject, "ROLE_HANDLER", () -> accountability.makeStatement(row.id(),
				"对事实无异议。当时因业务不熟悉、服务意识不强，今后严格遵守工作纪律。"));
		if (row.aggravated()) {
			signedIn(supervisor, "ROLE_SUPERVISOR", () -> accountability.decide(row.id(), Set.of(Sanction.PUBLIC_CRITICISM),
					leaderId, "本年度第二次被问责，依规从重，给予通报批评。"));
		}
		else {
			signedIn(supervisor, "ROLE_SUPERVISOR", () -> accountability.decide(row.id(), Set.of(Sanction.ADMONITORY_TALK),
					headId, "情节较轻，当事人认识到位，给予诫勉谈话。"));
		}
	}

	/** A finding's case cites the rule the inspectors found breached; another breach of 十不准 the idlest one. */
	private String citedBy(CaseRow row, CaseView kase) {
		if (row.source() == CaseSource.INSPECTION) {
			long finding = kase.sourceId();
			return records.inspectionOf(finding)
				.flatMap(inspection -> records.find(inspection, false))
				.map(inspection -> inspection.finding(finding).conduct().code())
				.orElseThrow();
		}
		return row.failureType() == FailureType.CONDUCT_RULE_BROKEN ? "SBZ-6" : null;
	}

	/**
	 * An inspection by two staff the supervisor may name, of other units than the one inspected where the supervisor
	 * may name such (a supervisor who is staff of a unit names that unit's staff only).
	 */
	private long inspect(InspectionKind kind, LocalDate day, long unit, String visited) {
		List<StaffMember> candidates = inspections.inspectorCandidates();
		List<StaffId> inspectors = Stream
			.concat(candidates.stream().filter(staff -> staff.unitId() != unit),
					candidates.stream().filter(staff -> staff.unitId() == unit))
			.limit(2)
			.map(staff -> new StaffId(staff.id()))
			.toList();
		return inspections.record(kind, day, unit, inspectors, visited, at(day, 10)).id();
	}

	private long found(long inspection, Long staff, Long post, String code, String description, LocalDate day) {
		List<InspectionView.FindingView> findings = inspections
			.find(inspection, staff, post, code, description, at(day, 10))
			.findings();
		return findings.get(findings.size() - 1).id();
	}

	/** Four working mornings spread over the year so far, the last at least a week ago when the year allows. */
	private static List<LocalDate> daysOfTheYear(LocalDate today) {
		LocalDate start = today.withDayOfYear(1).plusDays(4);
		long span = Math.max(0, ChronoUnit.DAYS.between(start, today.minusDays(7)));
		return List.of(1, 2, 3, 4).stream().map(i -> weekday(start.plusDays(span * i / 5), today)).toList();
	}

	private static LocalDate weekday(LocalDate day, LocalDate today) {
		LocalDate shifted = day;
		while (shifted.getDayOfWeek().getValue() > 5) {
			shifted = shifted.plusDays(1);
		}
		return shifted.isAfter(today) ? today : shifted;
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(Clocks.BUSINESS_ZONE).toInstant();
	}
}
