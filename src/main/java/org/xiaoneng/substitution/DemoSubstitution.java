package org.xiaoneng.substitution;

import static org.xiaoneng.organization.ActingAs.signedIn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Leadership;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;

/**
 * The demo county's substitutes, acting leaders and a past and a current absence of 登记注册科, made through the
 * facade by the people who would make them. It runs once the application is ready, so after the demo organisation
 * (an ApplicationRunner) has been built, and only once.
 */
@Component
@Profile("demo")
class DemoSubstitution {

	private static final Logger LOG = LoggerFactory.getLogger(DemoSubstitution.class);

	/** The demo county's units, as the organisation's demo data names them. */
	private static final Set<String> DEMO_UNITS = Set.of("县市场监督管理局", "县自然资源局", "县人力资源和社会保障局");

	private final Organization organization;

	private final Substitutes substitutes;

	DemoSubstitution(Organization organization, Substitutes substitutes) {
		this.organization = organization;
		this.substitutes = substitutes;
	}

	// Demo data of later modules (catalog, casework, inquiry…) listens with higher orders: it needs the substitutes
	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void build() {
		Optional<StaffMember> clerk = organization.staffByUsername("clerk");
		if (clerk.isEmpty() || clerk.get().postIds().isEmpty()
				|| substitutes.assignmentOf(new PostId(clerk.get().postIds().get(0))).isPresent()) {
			return;
		}
		for (Unit unit : organization.units()) {
			if ("520999".equals(unit.regionCode()) && DEMO_UNITS.contains(unit.name())) {
				signedIn("demo-data", "ROLE_ADMIN", () -> assignAll(unit.id()));
			}
		}
		absences();
		LOG.info("Demo substitution: substitutes on every post of the demo county, two absences of 登记注册科");
	}

	/**
	 * Names a substitute for every post of the unit and an acting leader for each leader: a window's B is a handler
	 * of its department, a handling post's B the window clerk (or the head), a head's B a handler; deputies act for
	 * each other and the first deputy for the principal. Returns how many posts got one.
	 */
	int assignAll(long unitId) {
		int named = 0;
		for (Department department : organization.departmentsOf(new UnitId(unitId))) {
			List<Post> posts = organization.postsOf(new DepartmentId(department.id()));
			Optional<Long> window = firstHolder(posts, PostKind.WINDOW);
			Optional<Long> handler = firstHolder(posts, PostKind.HANDLING);
			Optional<Long> head = Optional.ofNullable(department.headId());
			for (Post post : posts) {
				Set<Long> holders = Set.copyOf(organization.holdersOf(new PostId(post.id())).stream().map(StaffMember::id).toList());
				Optional<Long> substitute = switch (post.kind()) {
					case WINDOW -> handler;
					case HANDLING -> window.or(() -> head);
					case LEADING -> handler;
				};
				if (substitute.isPresent() && !holders.contains(substitute.get())) {
					substitutes.assignSubstitute(new PostId(post.id()), substitute.get(), null);
					named++;
				}
			}
		}
		Leadership leadership = organization.leadership(new UnitId(unitId));
		List<Leadership.Deputy> deputies = leadership.deputies();
		if (deputies.size() >= 2) {
			substitutes.nameActingLeader(new StaffId(deputies.get(0).staffId()), new StaffId(deputies.get(1).staffId()));
			substitutes.nameActingLeader(new StaffId(deputies.get(1).staffId()), new StaffId(deputies.get(0).staffId()));
		}
		if (leadership.principalLeaderId() != null && !deputies.isEmpty()) {
			substitutes.nameActingLeader(new StaffId(leadership.principalLeaderId()), new StaffId(deputies.get(0).staffId()));
		}
		return named;
	}

	private Optional<Long> firstHolder(List<Post> posts, PostKind kind) {
		return posts.stream()
			.filter(post -> post.kind() == kind)
			.flatMap(post -> organization.holdersOf(new PostId(post.id())).stream())
			.map(StaffMember::id)
			.findFirst();
	}

	/** A business trip of the handler three weeks ago, handed over and reported back; the head in training now. */
	private void absences() {
		StaffMember handler = organization.staffByUsername("handler").orElseThrow();
		StaffMember head = organization.staffByUsername("depthead").orElseThrow();
		ZoneId zone = Clocks.BUSINESS_ZONE;
		LocalDate today = substitutes.today();
		Instant tripStart = today.minusWeeks(3).atTime(9, 0).atZone(zone).toInstant();
		Absence trip = signedIn("handler", "ROLE_HANDLER", () -> substitutes.requestAbsence(new NewAbsence(handler.id(),
				AbsenceKind.BUSINESS_TRIP, tripStart, tripStart.plus(Duration.ofDays(2)), "赴市局参加登记业务协调会")));
		if (trip.handoverRequired()) {
			signedIn("clerk", "ROLE_WINDOW_CLERK", () -> substitutes.acknowledgeHandover(trip.id()));
		}
		signedIn("depthead", "ROLE_DEPT_HEAD", () -> substitutes.approve(trip.id()));
		Instant trainingStart = today.atTime(9, 0).atZone(zone).toInstant();
		Absence training = signedIn("depthead", "ROLE_DEPT_HEAD", () -> substitutes.requestAbsence(new NewAbsence(head.id(),
				AbsenceKind.TRAINING, trainingStart, trainingStart.plus(Duration.ofDays(2)), "县委党校中青年干部培训班")));
		if (training.handoverRequired()) {
			signedIn("handler", "ROLE_HANDLER", () -> substitutes.acknowledgeHandover(training.id()));
		}
		signedIn("leader", "ROLE_LEADER", () -> substitutes.approve(training.id()));
		substitutes.sweep();
		signedIn("clerk", "ROLE_WINDOW_CLERK", () -> substitutes.recordReturn(trip.id(), "出差期间受理、转办登记申请 6 件，均已按时办结。"));
	}
}
