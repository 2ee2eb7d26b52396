package org.xiaoneng.evaluation;

import static org.xiaoneng.organization.ActingAs.signedIn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffQuery;
import org.xiaoneng.organization.StaffStatus;

/**
 * The demo county's evaluation of the year so far, through the front door: the evaluation team drafts the source
 * text's schemes and starts the year, the deputy leader over the handler's department scores it and its staff, the team
 * enters the year-end and qualitative scores, computes the region and publishes it, so that the handler finds a
 * result to walk and sign under 我的考评. Runs once, after the demo accountability, as the demo's supervisor.
 */
@Component
@Profile("demo")
class DemoEvaluation {

	private static final Logger LOG = LoggerFactory.getLogger(DemoEvaluation.class);

	/** The scores people give, taken in turn for the staff of the department: a spread that yields every grade. */
	private static final double[] SCORES = { 98, 92, 85, 78, 66, 55 };

	private final PerformanceEvaluation evaluation;

	private final Organization organization;

	private final Clock clock;

	DemoEvaluation(PerformanceEvaluation evaluation, Organization organization, Clock clock) {
		this.evaluation = evaluation;
		this.organization = organization;
		this.clock = clock;
	}

	/** The demo accounts that play the year: the supervisor is the evaluation team, the leader oversees the handler. */
	record People(String supervisor, String leader, String handler) {
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(80)
	void build() {
		int results = build(LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)).getYear(),
				new People("supervisor", "leader", "handler"));
		if (results > 0) {
			LOG.info("Demo evaluation: the year's schemes, scores and {} results computed and published", results);
		}
	}

	/** Builds the year once: nothing when it has schemes already or the handler has no staff record. */
	int build(int year, People people) {
		Optional<StaffMember> handler = organization.staffByUsername(people.handler());
		if (handler.isEmpty() || !signedIn(people.supervisor(), "ROLE_SUPERVISOR", () -> evaluation.schemes(year)).isEmpty()) {
			return 0;
		}
		long department = handler.get().departmentId();
		List<StaffMember> staff = signedIn(people.supervisor(), "ROLE_SUPERVISOR", () -> organization.searchStaff(
				new StaffQuery(null, handler.get().unitId(), department, StaffStatus.ON_DUTY, null)));
		signedIn(people.supervisor(), "ROLE_SUPERVISOR", () -> {
			for (GradeScale scale : GradeScale.values()) {
				evaluation.draftDefaultScheme(year, ObjectType.DEPARTMENT, scale, false);
				evaluation.draftDefaultScheme(year, ObjectType.STAFF, scale, false);
			}
			return evaluation.startYear(year);
		});
		boolean oversees = signedIn(people.supervisor(), "ROLE_SUPERVISOR",
				() -> organization.authorityOver(new DepartmentId(department), DecisionLevel.DEPUTY_LEADER))
			.map(StaffMember::username)
			.filter(people.leader()::equals)
			.isPresent();
		if (oversees) {
			signedIn(people.leader(), "ROLE_LEADER", () -> {
				evaluation.enterScore(year, ObjectType.DEPARTMENT, department, "GOALS.2", 90);
				for (int i = 0; i < staff.size(); i++) {
					evaluation.enterScore(year, ObjectType.STAFF, staff.get(i).id(), "DE.2", score(i));
					evaluation.enterScore(year, ObjectType.STAFF, staff.get(i).id(), "NENG.1", score(i + 1));
				}
				return null;
			});
		}
		return signedIn(people.supervisor(), "ROLE_SUPERVISOR", () -> {
			evaluation.enterScore(year, ObjectType.DEPARTMENT, department, "GOALS.1", 88);
			evaluation.enterScore(year, ObjectType.DEPARTMENT, department, "INTEGRITY.2", 85);
			for (int i = 0; i < staff.size(); i++) {
				long id = staff.get(i).id();
				for (String code : List.of("DE.1", "NENG.2", "QIN.1", "JI.2")) {
					evaluation.enterScore(year, ObjectType.STAFF, id, code, score(i));
				}
			}
			int computed = evaluation.compute(year);
			evaluation.publish(year);
			return computed;
		});
	}

	private static double score(int i) {
		return SCORES[i % SCORES.length];
	}
}
