package org.xiaoneng.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.badge.BadgeUnit.admin;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.badge.BadgeTask.Kind;
import org.xiaoneng.badge.BadgeTask.State;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.MutableClockConfiguration;

/**
 * The badge module's main story with only the modules it needs: a window clerk joins and the office gets an issue
 * task; the office issues the badge ({@link BadgeIssued}); the clerk is transferred and the badge is taken back
 * ({@link BadgeWithdrawn}) and reissued for the new department.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(MutableClockConfiguration.class)
class BadgeModuleTests {

	@Autowired
	BadgeOffice office;

	@Autowired
	Organization organization;

	@Test
	void aJoiningClerkGetsABadgeThroughTheOfficeAndATransferReissuesIt(Scenario scenario) {
		BadgeUnit unit = new BadgeUnit(organization);
		String name = "模块" + unit.tag;

		scenario.stimulate(() -> unit.windowClerk(name))
			.andWaitForStateChange(() -> issueTaskOf(name), Optional::isPresent)
			.andVerify(found -> assertThat(found).hasValueSatisfying(
					open -> assertThat(open.reason()).isEqualTo(IssueReason.NEW_STAFF.name())));
		BadgeTask task = issueTaskOf(name).orElseThrow();

		scenario.stimulate(() -> admin(() -> office.completeIssueTask(task.id(), "")))
			.andWaitForEventOfType(BadgeIssued.class)
			.matching(issued -> issued.staffId().value() == task.staffId())
			.toArriveAndVerify((issued, badge) -> {
				assertThat(issued.reason()).isEqualTo(IssueReason.NEW_STAFF);
				assertThat(badge.number()).isEqualTo(issued.number());
				assertThat(badge.status()).isEqualTo(BadgeStatus.VALID);
			});

		scenario.stimulate(() -> admin(() -> organization.transfer(new StaffId(task.staffId()), new DepartmentId(unit.enforcement.id()))))
			.andWaitForEventOfType(BadgeIssued.class)
			.matching(issued -> issued.staffId().value() == task.staffId()
					&& issued.reason() == IssueReason.REISSUE_CHANGE)
			.toArriveAndVerify(reissued -> {
				assertThat(reissued.departmentId().value()).isEqualTo(unit.enforcement.id());
				assertThat(admin(() -> office.tasks(true))).anySatisfy(open -> {
					assertThat(open.staffId()).isEqualTo(task.staffId());
					assertThat(open.kind()).isEqualTo(Kind.RETURN);
					assertThat(open.state()).isEqualTo(State.OPEN);
				});
			});
	}

	private Optional<BadgeTask> issueTaskOf(String name) {
		return admin(() -> office.tasks(true)).stream()
			.filter(t -> t.staffName().equals(name) && t.kind() == Kind.ISSUE)
			.findFirst();
	}
}
