package org.xiaoneng.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.badge.BadgeUnit.admin;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.badge.BadgeTask.Kind;
import org.xiaoneng.badge.BadgeTask.State;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffStatus;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * What each change of staff does to badges, through the facade and the organisation's events, on the database: rule
 * 九.四 and 九.六 as the office meets them, and bad input that changes nothing.
 */
@IntegrationTest
class BadgeIntegrationTests {

	@Autowired
	BadgeOffice office;

	@Autowired
	Organization organization;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aJoiningOpensAnIssueTaskThatTheOfficeCompletesWithABadgeUnderTheRegionsNextNumber() {
		BadgeUnit unit = new BadgeUnit(organization);
		StaffMember clerk = unit.windowClerk("王新来");
		settle();

		BadgeTask task = openTaskOf(clerk, Kind.ISSUE);
		assertThat(task.reason()).isEqualTo("NEW_STAFF");
		BadgeView badge = admin(() -> office.completeIssueTask(task.id(), ""));

		assertThat(badge.number()).matches("520999-\\d{5}");
		assertThat(badge.status()).isEqualTo(BadgeStatus.VALID);
		assertThat(badge.reason()).isEqualTo(IssueReason.NEW_STAFF);
		assertThat(badge.post()).isEqualTo("登记窗口");
		assertThat(badge.validUntil()).isEqualTo(today().plusYears(3).minusDays(1));
		assertThat(tasksOf(clerk)).singleElement().satisfies(t -> {
			assertThat(t.state()).isEqualTo(State.DONE);
			assertThat(t.badgeId()).isEqualTo(badge.id().value());
		});
	}

	@Test
	void aSecondmentOfHalfAYearOpensAnIssueTaskAndAShorterOneIsRefusedWithItsReason() {
		BadgeUnit unit = new BadgeUnit(organization);
		StaffMember longer = unit.join("借调长", Employment.SECONDED, today(), today().plusMonths(6).minusDays(1));
		StaffMember shorter = unit.join("借调短", Employment.SECONDED, today(), today().plusMonths(6).minusDays(2));
		settle();

		assertThat(openTaskOf(longer, Kind.ISSUE).reason()).isEqualTo("SECONDEE");
		assertThat(tasksOf(shorter)).singleElement().satisfies(t -> {
			assertThat(t.state()).isEqualTo(State.REFUSED);
			assertThat(t.refusal()).isEqualTo("badge.task.refusal.secondmentTooShort");
		});
		assertThatThrownBy(() -> admin(() -> office.issue(new StaffId(shorter.id()), "")))
			.isInstanceOf(SecondmentTooShortException.class);
		BadgeView secondee = admin(() -> office.issue(new StaffId(longer.id()), ""));
		assertThat(secondee.validUntil()).isEqualTo(today().plusMonths(6).minusDays(1));
		assertThat(badgesOf(shorter)).isZero();
	}

	@Test
	void aTransferTakesTheBadgeBackAndReissuesItForTheNewDepartment() {
		BadgeUnit unit = new BadgeUnit(organization);
		StaffMember clerk = unit.windowClerk("调动人");
		BadgeView old = issued(clerk);

		admin(() -> organization.transfer(new StaffId(clerk.id()), new DepartmentId(unit.enforcement.id())));
		settle();

		BadgeView.Details before = admin(() -> office.badge(old.id()));
		assertThat(before.badge().status()).isEqualTo(BadgeStatus.REVOKED);
		assertThat(before.badge().replacedBy()).isNotNull();
		BadgeView reissued = admin(() -> office.badge(new BadgeId(before.badge().replacedBy()))).badge();
		assertThat(reissued.status()).isEqualTo(BadgeStatus.VALID);
		assertThat(reissued.reason()).isEqualTo(IssueReason.REISSUE_CHANGE);
		assertThat(reissued.departmentName()).isEqualTo("执法科");
		assertThat(reissued.number()).isNotEqualTo(old.number());
		assertThat(openTaskOf(clerk, Kind.RETURN).badgeId()).isEqualTo(old.id().value());
		assertThat(before.history()).extracting(BadgeView.Event::action).containsExactly("ISSUED", "REVOKED");
	}

	@Test
	void aDepartureTakesTheBadgeBackOpensAReturnTaskAndCancelsAPendingIssue() {
		BadgeUnit unit = new BadgeUnit(organization);
		StaffMember clerk = unit.windowClerk("离职人");
		BadgeView badge = issued(clerk);
		StaffMember newcomer = unit.join("未发证", Employment.ESTABLISHED, null, null);
		settle();

		admin(() -> organization.leave(new StaffId(clerk.id()), StaffStatus.RESIGNED));
		admin(() -> organization.leave(new StaffId(newcomer.id()), StaffStatus.RESIGNED));
		settle();

		assertThat(admin(() -> office.badge(badge.id())).badge().status()).isEqualTo(BadgeStatus.REVOKED);
		BadgeTask returning = openTaskOf(clerk, Kind.RETURN);
		assertThat(returning.reason()).isEqualTo("LEFT");
		assertThat(tasksOf(newcomer)).singleElement().extracting(BadgeTask::state).isEqualTo(State.CANCELLED);

		admin(() -> {
			office.cardReturned(returning.id());
			return null;
		});
		assertThat(admin(() -> office.badge(badge.id())).history()).extracting(BadgeView.Event::action)
			.containsExactly("ISSUED", "REVOKED", "RETURNED");
		assertThatThrownBy(() -> admin(() -> {
			office.cardReturned(returning.id());
			return null;
		})).isInstanceOf(BadgeTaskClosedException.class);
	}

	@Test
	void aReportedLossVoidsTheBadgeAtOnceAndReissuesItUnderANewNumber() {
		BadgeUnit unit = new BadgeUnit(organization);
		BadgeView lost = issued(unit.windowClerk("丢证人"));

		BadgeView replacement = admin(() -> office.reportLoss(lost.id()));

		assertThat(admin(() -> office.badge(lost.id())).badge().status()).isEqualTo(BadgeStatus.LOST);
		assertThat(replacement.status()).isEqualTo(BadgeStatus.VALID);
		assertThat(replacement.reason()).isEqualTo(IssueReason.REISSUE_LOSS);
		assertThat(replacement.number()).isNotEqualTo(lost.number());
		assertThat(admin(() -> office.verify(lost.number(), "198.51.100.7"))).singleElement()
			.extracting(PublicBadge::status)
			.isEqualTo(BadgeStatus.LOST);
	}

	@Test
	void noBadgeForSomeoneWhoLeftNorUnderATakenNumberAndNothingChanges() {
		BadgeUnit unit = new BadgeUnit(organization);
		BadgeView first = issued(unit.windowClerk("先发证"));
		StaffMember second = unit.windowClerk("后发证");
		StaffMember gone = unit.join("已离开", Employment.ESTABLISHED, null, null);
		admin(() -> organization.leave(new StaffId(gone.id()), StaffStatus.RETIRED));
		settle();
		long before = allBadges();

		assertThatThrownBy(() -> admin(() -> office.issue(new StaffId(gone.id()), "")))
			.isInstanceOf(StaffHasLeftException.class);
		assertThatThrownBy(() -> admin(() -> office.issue(new StaffId(second.id()), first.number().toLowerCase())))
			.isInstanceOf(BadgeNumberTakenException.class);
		assertThatThrownBy(() -> admin(() -> office.issue(new StaffId(second.id()), "号码 1")))
			.isInstanceOf(BadgeNumberInvalidException.class);
		assertThatThrownBy(() -> admin(() -> office.issue(new StaffId(first.staffId()), "")))
			.isInstanceOf(BadgeAlreadyHeldException.class);

		assertThat(allBadges()).isEqualTo(before);
		assertThat(openTaskOf(second, Kind.ISSUE).state()).isEqualTo(State.OPEN);
	}

	@Test
	void aPhotoThatIsNoPictureOrTooLargeIsRefusedAndTheCardKeepsItsPhoto() {
		BadgeUnit unit = new BadgeUnit(organization);
		BadgeView badge = issued(unit.windowClerk("换照片"));
		admin(() -> {
			office.changePhoto(badge.id(), BadgePhotosTests.png(600, 800));
			return null;
		});
		byte[] stored = photo(badge);

		assertThatThrownBy(() -> admin(() -> {
			office.changePhoto(badge.id(), "%PDF-1.4 not a picture".getBytes());
			return null;
		})).isInstanceOf(BadgePhotoRefusedException.class);
		assertThatThrownBy(() -> admin(() -> {
			office.changePhoto(badge.id(), BadgePhotosTests.oversized());
			return null;
		})).isInstanceOf(BadgePhotoRefusedException.class);

		assertThat(photo(badge)).isEqualTo(stored);
	}

	@Test
	void theCheckListsWindowStaffWithoutAValidBadgeUntilOneIsIssued() {
		BadgeUnit unit = new BadgeUnit(organization);
		StaffMember clerk = unit.windowClerk("窗口无证");
		settle();

		assertThat(admin(() -> office.unbadgedWindowStaff())).filteredOn(s -> s.staffId() == clerk.id())
			.singleElement()
			.satisfies(s -> {
				assertThat(s.postName()).isEqualTo("登记窗口");
				assertThat(s.lastStatus()).isNull();
			});
		issued(clerk);
		assertThat(admin(() -> office.unbadgedWindowStaff())).noneMatch(s -> s.staffId() == clerk.id());
	}

	@Test
	void aHeadOfAnotherUnitFindsNoneOfAPersonsTasks() {
		BadgeUnit unit = new BadgeUnit(organization);
		StaffMember clerk = unit.windowClerk("外单位查");
		BadgeUnit other = new BadgeUnit(organization);
		String username = "bhead" + other.tag;
		other.account("外单位科长", username);
		settle();

		assertThat(tasksOf(clerk)).hasSize(1);
		assertThat(runAs(username, () -> office.tasksOf(new StaffId(clerk.id())), "ROLE_DEPT_HEAD")).isEmpty();
	}

	/**
	 * The register pages by keyset, newest first: the head's second page starts after the last badge of the first,
	 * and holds only badges of their own department, however many other units' badges were issued in between.
	 */
	@Test
	void aHeadPagesTheRegisterByCursorAndTheSecondPageStaysInTheirScope() {
		BadgeUnit unit = new BadgeUnit(organization);
		List<Long> own = new ArrayList<>();
		BadgeUnit other = new BadgeUnit(organization);
		for (String name : List.of("翻页甲", "翻页乙", "翻页丙")) {
			own.add(issued(unit.windowClerk(name)).id().value());
			issued(other.windowClerk("外单位" + name));
		}
		String username = "bpage" + unit.tag;
		unit.account("翻页科长", username);
		settle();
		BadgeFilter all = new BadgeFilter(null, null, null, null);

		BadgePage first = runAs(username, () -> office.badges(all, null, 2), "ROLE_DEPT_HEAD");
		BadgePage second = runAs(username, () -> office.badges(all, first.next(), 2), "ROLE_DEPT_HEAD");

		// a page counts only what it shows: "more than 2" here, the exact 3 only where one page holds them all
		assertThat(first).extracting(BadgePage::total, BadgePage::totalExact).containsExactly(2L, false);
		assertThat(runAs(username, () -> office.badges(all, null, 3), "ROLE_DEPT_HEAD"))
			.extracting(BadgePage::total, BadgePage::totalExact)
			.containsExactly(3L, true);
		assertThat(first.previous()).isNull();
		assertThat(second.next()).as("the last page").isNull();
		assertThat(second.previous()).isNotNull();
		Collections.reverse(own);
		assertThat(Stream.concat(first.badges().stream(), second.badges().stream())
			.map(badge -> badge.id().value())
			.toList()).as("issued the same day, so the latest id first; each of the department's badges once")
			.containsExactlyElementsOf(own);
	}

	private BadgeView issued(StaffMember staff) {
		settle();
		return admin(() -> office.issue(new StaffId(staff.id()), ""));
	}

	private BadgeTask openTaskOf(StaffMember staff, Kind kind) {
		return tasksOf(staff).stream()
			.filter(t -> t.kind() == kind && t.state() == State.OPEN)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open " + kind + " task of " + staff.name()));
	}

	private List<BadgeTask> tasksOf(StaffMember staff) {
		return admin(() -> office.tasksOf(new StaffId(staff.id())));
	}

	private long badgesOf(StaffMember staff) {
		return jdbc.sql("select count(*) from badge.badge where staff_id = :s").param("s", staff.id()).query(Long.class).single();
	}

	private long allBadges() {
		return jdbc.sql("select count(*) from badge.badge").query(Long.class).single();
	}

	private byte[] photo(BadgeView badge) {
		return jdbc.sql("select photo from badge.badge where id = :id").param("id", badge.id().value()).query(byte[].class).single();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
	}

	private void settle() {
		assertThat(listeners.await(Duration.ofSeconds(10))).as("listeners at rest").isTrue();
	}
}
