package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.xiaoneng.common.BadCursorException;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * Issue 22: a department's room and public phone, departments and posts moved within their unit or retired with
 * their history kept, transfers effective on a later day, and the staff list page by page. Every refusal changes
 * nothing.
 */
@IntegrationTest
@WithMockUser(username = "reorg-admin", roles = "ADMIN")
class ReorganizationIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	Reorganization reorganization;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOrganisationKeepsEachDepartmentsRoomAndPublicPhone() {
		SampleUnit sample = new SampleUnit(organization);

		reorganization.changeContact(new DepartmentId(sample.registration.id()), " 政务服务中心二楼 205 室 ",
				"0859-86123456");

		Department registration = organization.department(new DepartmentId(sample.registration.id()));
		assertThat(registration.room()).isEqualTo("政务服务中心二楼 205 室");
		assertThat(registration.phone()).isEqualTo("0859-86123456");
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'department.contactChanged' and object_id = :id")
			.param("id", String.valueOf(sample.registration.id()))
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aDepartmentPhoneThatIsNotAPhoneNumberIsRefusedAndNothingChanges() {
		SampleUnit sample = new SampleUnit(organization);
		DepartmentId registration = new DepartmentId(sample.registration.id());
		reorganization.changeContact(registration, "205 室", "0859-86123456");

		assertThatThrownBy(() -> reorganization.changeContact(registration, "306 室", "call us"))
			.isInstanceOf(DepartmentContactInvalidException.class);
		assertThatThrownBy(() -> reorganization.changeContact(registration, "室".repeat(101), "0859-86123456"))
			.isInstanceOf(DepartmentContactInvalidException.class);

		assertThat(organization.department(registration)).extracting(Department::room, Department::phone)
			.containsExactly("205 室", "0859-86123456");
	}

	@Test
	void aDepartmentMovesUnderAnotherOfItsUnitWithTheDepartmentsBelowIt() {
		SampleUnit sample = new SampleUnit(organization);

		reorganization.moveDepartment(new DepartmentId(sample.registration.id()),
				Optional.of(new DepartmentId(sample.office.id())));

		assertThat(organization.department(new DepartmentId(sample.registration.id())).parentId()).isEqualTo(sample.office.id());
		assertThat(organization.department(new DepartmentId(sample.windowGroup.id())).depth()).isEqualTo(2);
		reorganization.moveDepartment(new DepartmentId(sample.registration.id()), Optional.empty());
		assertThat(organization.department(new DepartmentId(sample.registration.id())).parentId()).isNull();
	}

	@Test
	void aDepartmentCannotMoveUnderItselfOrADepartmentBelowIt() {
		SampleUnit sample = new SampleUnit(organization);
		DepartmentId registration = new DepartmentId(sample.registration.id());

		assertThatThrownBy(() -> reorganization.moveDepartment(registration, Optional.of(registration)))
			.isInstanceOf(DepartmentUnderItselfException.class);
		assertThatThrownBy(() -> reorganization.moveDepartment(registration,
				Optional.of(new DepartmentId(sample.windowGroup.id()))))
			.isInstanceOf(DepartmentUnderItselfException.class);

		assertThat(organization.department(new DepartmentId(sample.registration.id())).parentId()).isNull();
		assertThat(organization.department(new DepartmentId(sample.windowGroup.id())).parentId()).isEqualTo(sample.registration.id());
	}

	@Test
	void aDepartmentCannotMoveUnderADepartmentOfAnotherUnit() {
		SampleUnit sample = new SampleUnit(organization);
		SampleUnit other = new SampleUnit(organization);

		assertThatThrownBy(() -> reorganization.moveDepartment(new DepartmentId(sample.registration.id()),
				Optional.of(new DepartmentId(other.office.id()))))
			.isInstanceOf(UnitBoundaryCrossedException.class);
		assertThat(organization.department(new DepartmentId(sample.registration.id())).parentId()).isNull();
	}

	@Test
	void aPostMovesWithItsHoldersToAnotherDepartmentOfItsUnitButNotOfAnother() {
		SampleUnit sample = new SampleUnit(organization);
		SampleUnit other = new SampleUnit(organization);
		PostId handling = new PostId(sample.registrationHandling.id());

		assertThatThrownBy(() -> reorganization.movePost(handling, new DepartmentId(other.office.id())))
			.isInstanceOf(UnitBoundaryCrossedException.class);
		reorganization.movePost(handling, new DepartmentId(sample.enforcement.id()));

		assertThat(organization.post(handling).departmentId()).isEqualTo(sample.enforcement.id());
		assertThat(organization.holdersOf(handling)).extracting(StaffMember::id)
			.containsExactly(sample.handler.id());
	}

	@Test
	void aRetiredPostIsOfferedForNothingNewButKeepsItsNameForPastWork() {
		SampleUnit sample = new SampleUnit(organization);
		Post archive = organization.createPost(new NewPost(sample.registration.id(), "档案岗", PostKind.HANDLING, "归档",
				List.of()));

		reorganization.retirePost(new PostId(archive.id()));

		assertThat(organization.postsOf(new DepartmentId(sample.registration.id()))).extracting(Post::id).doesNotContain(archive.id());
		assertThat(organization.postsOfUnit(new UnitId(sample.unit.id()))).extracting(Post::id).doesNotContain(archive.id());
		assertThat(organization.post(new PostId(archive.id()))).extracting(Post::name, Post::retired).containsExactly("档案岗", true);
		assertThat(reorganization.everyPostOfUnit(new UnitId(sample.unit.id()))).extracting(Post::id)
			.contains(archive.id());
		assertThatThrownBy(() -> organization.assignPost(new StaffId(sample.handler.id()), new PostId(archive.id())))
			.isInstanceOf(RetiredChosenException.class)
			.hasMessage("organization.retired.post");
		assertThat(organization.holdersOf(new PostId(archive.id()))).isEmpty();
	}

	@Test
	void aPostSomeoneHoldsCannotBeRetired() {
		SampleUnit sample = new SampleUnit(organization);

		assertThatThrownBy(() -> reorganization.retirePost(new PostId(sample.registrationHandling.id())))
			.isInstanceOf(RetirementBlockedException.class)
			.hasMessage("organization.retire.postHeld");
		assertThat(organization.post(new PostId(sample.registrationHandling.id())).retired()).isFalse();
	}

	@Test
	void aDepartmentWithStaffPostsOrDepartmentsInItCannotBeRetired() {
		SampleUnit sample = new SampleUnit(organization);

		assertThatThrownBy(() -> reorganization.retireDepartment(new DepartmentId(sample.registration.id())))
			.isInstanceOf(RetirementBlockedException.class);
		assertThatThrownBy(() -> reorganization.retireDepartment(new DepartmentId(sample.office.id())))
			.isInstanceOf(RetirementBlockedException.class);
		assertThat(organization.department(new DepartmentId(sample.registration.id())).retired()).isFalse();
		assertThat(organization.department(new DepartmentId(sample.office.id())).retired()).isFalse();
	}

	@Test
	void aRetiredDepartmentIsHiddenFromChoicesTakesNobodyNewAndKeepsItsName() {
		SampleUnit sample = new SampleUnit(organization);
		Department archive = organization.createDepartment(new NewDepartment(sample.unit.id(), null, "档案室"));

		reorganization.retireDepartment(new DepartmentId(archive.id()));

		assertThat(organization.departmentsOf(new UnitId(sample.unit.id()))).extracting(Department::id).doesNotContain(archive.id());
		assertThat(organization.department(new DepartmentId(archive.id()))).extracting(Department::name, Department::retired)
			.containsExactly("档案室", true);
		assertThatThrownBy(() -> organization.transfer(new StaffId(sample.handler.id()), new DepartmentId(archive.id())))
			.isInstanceOf(RetiredChosenException.class);
		assertThatThrownBy(() -> organization.createPost(new NewPost(archive.id(), "档案岗", PostKind.HANDLING, "",
				List.of()))).isInstanceOf(RetiredChosenException.class);
		assertThat(organization.staffMember(new StaffId(sample.handler.id())).departmentId()).isEqualTo(sample.registration.id());
	}

	@Test
	void aScheduledTransferMustTakeEffectAfterToday() {
		SampleUnit sample = new SampleUnit(organization);
		LocalDate today = LocalDate.now(clock);
		StaffId handler = new StaffId(sample.handler.id());
		DepartmentId enforcement = new DepartmentId(sample.enforcement.id());

		assertThatThrownBy(() -> reorganization.scheduleTransfer(handler, enforcement, today))
			.isInstanceOf(TransferDateInvalidException.class);
		assertThatThrownBy(() -> reorganization.scheduleTransfer(handler, enforcement, today.minusDays(3)))
			.isInstanceOf(TransferDateInvalidException.class)
			.hasMessage("organization.transfer.dateNotInFuture");

		assertThat(reorganization.scheduledTransferOf(handler)).isEmpty();
	}

	@Test
	void aScheduledTransferIsMadeOnItsDayByTheSweepExactlyOnce() {
		SampleUnit sample = new SampleUnit(organization);
		StaffId handler = new StaffId(sample.handler.id());
		Instant before = clock.instant();
		ScheduledTransfer scheduled = reorganization.scheduleTransfer(handler,
				new DepartmentId(sample.enforcement.id()), LocalDate.now(clock).plusDays(2));
		assertThatThrownBy(() -> reorganization.scheduleTransfer(handler, new DepartmentId(sample.office.id()),
				LocalDate.now(clock).plusDays(3)))
			.isInstanceOf(TransferAlreadyScheduledException.class);
		try {
			reorganization.applyDueTransfers();
			assertThat(organization.staffMember(handler).departmentId()).isEqualTo(sample.registration.id());

			clock.advance(Duration.ofDays(2));
			reorganization.applyDueTransfers();
			reorganization.applyDueTransfers();

			StaffMember moved = organization.staffMember(handler);
			assertThat(moved.departmentId()).isEqualTo(sample.enforcement.id());
			assertThat(moved.postIds()).isEmpty();
			assertThat(reorganization.scheduledTransferOf(handler)).isEmpty();
			assertThat(jdbc.sql("select count(*) from audit.entry where action = 'staff.transferred' and object_id = :id")
				.param("id", String.valueOf(handler.value()))
				.query(Long.class)
				.single()).isOne();
			assertThat(jdbc.sql("select applied_at is not null from organization.scheduled_transfer where id = :id")
				.param("id", scheduled.id())
				.query(Boolean.class)
				.single()).isTrue();
		}
		finally {
			clock.set(before);
		}
	}

	@Test
	void aCancelledScheduledTransferIsNeverMade() {
		SampleUnit sample = new SampleUnit(organization);
		StaffId handler = new StaffId(sample.handler.id());
		Instant before = clock.instant();
		reorganization.scheduleTransfer(handler, new DepartmentId(sample.enforcement.id()),
				LocalDate.now(clock).plusDays(1));
		reorganization.cancelScheduledTransfer(handler);
		try {
			clock.advance(Duration.ofDays(2));
			reorganization.applyDueTransfers();
			assertThat(organization.staffMember(handler).departmentId()).isEqualTo(sample.registration.id());
		}
		finally {
			clock.set(before);
		}
	}

	@Test
	void theStaffListPagesByKeysetInEachOrderAsAnIndependentQueryOrdersIt() {
		SampleUnit sample = new SampleUnit(organization);
		StaffQuery unit = new StaffQuery(null, sample.unit.id(), null, null, null);
		// the independent orders: the unit's staff by department and number, by number, by name (ties broken by id)
		for (var order : java.util.Map.of(StaffOrder.UNIT, "department_id, staff_number, id", StaffOrder.NUMBER,
				"staff_number, id", StaffOrder.NAME, "name, id").entrySet()) {
			List<Long> expected = jdbc.sql("select id from organization.staff where unit_id = :unit order by "
					+ order.getValue()).param("unit", sample.unit.id()).query(Long.class).list();
			List<Long> walked = new java.util.ArrayList<>();
			String cursor = null;
			int pages = 0;
			do {
				KeysetPage<StaffMember> page = reorganization.staffPage(unit, order.getKey(), cursor, 4);
				// a page counts only what it shows: exact only when one page holds the whole unit
				assertThat(page.total()).isEqualTo(page.rows().size());
				assertThat(page.totalExact()).isEqualTo(pages == 0 && expected.size() <= 4);
				assertThat(page.previous() == null).isEqualTo(pages == 0);
				page.rows().forEach(member -> walked.add(member.id()));
				cursor = page.next();
				pages++;
			}
			while (cursor != null && pages < 10);
			assertThat(walked).as(order.getKey().name()).isEqualTo(expected);
			assertThat(pages).isEqualTo((expected.size() + 3) / 4);
		}
		String second = reorganization.staffPage(unit, StaffOrder.NAME, null, 4).next();
		assertThatThrownBy(() -> reorganization.staffPage(unit, StaffOrder.NUMBER, second, 4))
			.isInstanceOf(BadCursorException.class);
		assertThatThrownBy(() -> reorganization.staffPage(unit, StaffOrder.NAME, null, 1001))
			.isInstanceOf(PageRequestInvalidException.class);
	}
}
