package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Staff join, change, transfer and leave; each step publishes its event and is audited, and bad requests change
 * nothing.
 */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "org-admin", roles = "ADMIN")
class StaffLifecycleIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void joiningPublishesStaffJoinedWithTheSecondmentPeriod() {
		SampleUnit sample = new SampleUnit(organization);
		StaffParticulars seconded = new StaffParticulars("王借调", Gender.MALE, null, "科员", PoliticalStatus.CYL_MEMBER,
				Employment.SECONDED, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), null);

		StaffMember member = organization.join(new NewStaff("J" + sample.tag, sample.enforcement.id(),
				LocalDate.of(2026, 3, 2), seconded));

		assertThat(events.stream(StaffJoined.class).filter(joined -> joined.staffId() == member.id()))
			.singleElement()
			.satisfies(joined -> {
				assertThat(joined.unitId()).isEqualTo(sample.unit.id());
				assertThat(joined.departmentId()).isEqualTo(sample.enforcement.id());
				assertThat(joined.employment()).isEqualTo(Employment.SECONDED);
				assertThat(joined.secondedUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
			});
		assertThat(member.status()).isEqualTo(StaffStatus.ON_DUTY);
	}

	@Test
	void thePhoneNumberIsEncryptedAtRestAndMaskedWhenShown() {
		SampleUnit sample = new SampleUnit(organization);

		String stored = jdbc.sql("select phone from organization.staff where id = :id")
			.param("id", sample.handler.id())
			.query(String.class)
			.single();

		assertThat(stored).isNotBlank().doesNotContain("13900139000");
		assertThat(organization.staffMember(new StaffId(sample.handler.id())).maskedPhone()).isEqualTo("139****9000");
		assertThat(organization.phoneOf(new StaffId(sample.handler.id()))).contains("13900139000");
	}

	@Test
	void theAuditLogNeverHoldsThePhoneNumberInClear() {
		SampleUnit sample = new SampleUnit(organization);

		String after = jdbc.sql("select after_summary from audit.entry where module = 'organization' and action = 'staff.joined'"
				+ " and object_id = :id").param("id", String.valueOf(sample.handler.id())).query(String.class).single();

		assertThat(after).contains("139****9000").doesNotContain("13900139000");
	}

	@Test
	void theUnitsPlacesOnDutyAreItsStaffAtWorkInTheRostersOrderWithoutAnyoneWhoLeft() {
		SampleUnit sample = new SampleUnit(organization);
		organization.leave(new StaffId(sample.clerk.id()), StaffStatus.RESIGNED);
		UnitId unit = new UnitId(sample.unit.id());

		assertThat(organization.placesOnDuty(unit))
			.containsExactlyElementsOf(organization.staffOnDuty(unit)
				.stream()
				.map(member -> new StaffPlace(member.id(), member.unitId(), member.departmentId()))
				.toList())
			.hasSize(5)
			.extracting(StaffPlace::id)
			.doesNotContain(sample.clerk.id());
	}

	@Test
	void aDuplicateStaffNumberIsRefusedAndNobodyJoins() {
		SampleUnit sample = new SampleUnit(organization);
		long before = countStaff();

		assertThatThrownBy(() -> organization.join(new NewStaff(sample.handler.staffNumber(), sample.office.id(),
				LocalDate.of(2026, 3, 2), sample.particulars("重复工号", null))))
			.isInstanceOf(StaffNumberTakenException.class)
			.extracting(e -> ((RuleViolationException) e).arguments())
			.isEqualTo(new Object[] { sample.handler.staffNumber() });
		assertThat(countStaff()).isEqualTo(before);
	}

	@Test
	void joiningADepartmentThatDoesNotExistIsRefused() {
		assertThatThrownBy(() -> organization.join(new NewStaff("NODEPT1", Long.MAX_VALUE, LocalDate.of(2026, 3, 2),
				new StaffParticulars("无科室", Gender.MALE, null, "", PoliticalStatus.MASSES, Employment.CONTRACT, null,
						null, null))))
			.isInstanceOf(OrganizationRecordNotFoundException.class);
	}

	@Test
	void aMalformedPhoneNumberIsRefused() {
		SampleUnit sample = new SampleUnit(organization);
		StaffParticulars badPhone = new StaffParticulars("错号", Gender.MALE, "12345", "", PoliticalStatus.MASSES,
				Employment.CONTRACT, null, null, null);

		assertThatThrownBy(() -> organization.join(new NewStaff("P" + sample.tag, sample.office.id(),
				LocalDate.of(2026, 3, 2), badPhone)))
			.isInstanceOf(PhoneNumberInvalidException.class);
	}

	@Test
	void aSecondmentWithoutDatesOrEndingBeforeItStartsIsRefused() {
		SampleUnit sample = new SampleUnit(organization);
		StaffParticulars noDates = new StaffParticulars("借调", Gender.MALE, null, "", PoliticalStatus.MASSES,
				Employment.SECONDED, null, null, null);
		StaffParticulars backwards = new StaffParticulars("借调", Gender.MALE, null, "", PoliticalStatus.MASSES,
				Employment.SECONDED, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1), null);
		StaffParticulars datesWithoutSecondment = new StaffParticulars("在编", Gender.MALE, null, "",
				PoliticalStatus.MASSES, Employment.ESTABLISHED, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), null);

		assertThatThrownBy(() -> organization.changeParticulars(new StaffId(sample.handler.id()), noDates))
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("organization.staff.secondmentDatesRequired");
		assertThatThrownBy(() -> organization.changeParticulars(new StaffId(sample.handler.id()), backwards))
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("organization.staff.secondmentEndsBeforeStart");
		assertThatThrownBy(() -> organization.changeParticulars(new StaffId(sample.handler.id()), datesWithoutSecondment))
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("organization.staff.secondmentDatesOnlyForSecondees");
		assertThat(organization.staffMember(new StaffId(sample.handler.id())).employment()).isEqualTo(Employment.ESTABLISHED);
	}

	@Test
	void anAccountIsLinkedToOneStaffMemberOnly() {
		SampleUnit sample = new SampleUnit(organization);

		assertThatThrownBy(() -> organization.changeParticulars(new StaffId(sample.enforcer.id()),
				sample.particulars("借号", sample.username("w"))))
			.isInstanceOf(AccountAlreadyLinkedException.class);
		assertThat(organization.staffMember(new StaffId(sample.enforcer.id())).username()).isEqualTo(sample.username("e"));
	}

	@Test
	void changingParticularsIsAuditedWithThePhoneMasked() {
		SampleUnit sample = new SampleUnit(organization);

		StaffMember changed = organization.changeParticulars(new StaffId(sample.enforcer.id()),
				sample.particulars("李新名", sample.username("e")));

		assertThat(changed.name()).isEqualTo("李新名");
		assertThat(changed.maskedPhone()).isEqualTo("138****8000");
		String audit = jdbc.sql("select before_summary || ' -> ' || after_summary from audit.entry where action = 'staff.changed'"
				+ " and object_id = :id").param("id", String.valueOf(sample.enforcer.id())).query(String.class).single();
		assertThat(audit).contains("139****9000", "138****8000").doesNotContain("13800138000", "13900139000");
	}

	@Test
	void aTransferReleasesTheOldPostsAndPublishesStaffTransferred() {
		SampleUnit sample = new SampleUnit(organization);
		SampleUnit other = new SampleUnit(organization);

		StaffMember moved = organization.transfer(new StaffId(sample.head.id()), new DepartmentId(other.enforcement.id()));

		assertThat(moved.unitId()).isEqualTo(other.unit.id());
		assertThat(moved.departmentId()).isEqualTo(other.enforcement.id());
		assertThat(organization.department(new DepartmentId(sample.registration.id())).headId()).isNull();
		assertThat(events.stream(StaffTransferred.class).filter(t -> t.staffId() == moved.id()))
			.singleElement()
			.satisfies(t -> {
				assertThat(t.fromDepartmentId()).isEqualTo(sample.registration.id());
				assertThat(t.toUnitId()).isEqualTo(other.unit.id());
				assertThat(t.transferredOn()).isEqualTo(LocalDate.of(2026, 3, 2));
			});
	}

	@Test
	void aTransferToTheSameDepartmentIsRefused() {
		SampleUnit sample = new SampleUnit(organization);

		assertThatThrownBy(() -> organization.transfer(new StaffId(sample.handler.id()), new DepartmentId(sample.registration.id())))
			.isInstanceOf(AlreadyInDepartmentException.class);
		assertThat(organization.staffMember(new StaffId(sample.handler.id())).postIds()).isNotEmpty();
	}

	@Test
	void leavingReleasesPostsAndLeadingRolesAndPublishesStaffLeft() {
		SampleUnit sample = new SampleUnit(organization);

		organization.leave(new StaffId(sample.handler.id()), StaffStatus.RETIRED);
		organization.leave(new StaffId(sample.deputy.id()), StaffStatus.TRANSFERRED_OUT);

		StaffMember retired = organization.staffMember(new StaffId(sample.handler.id()));
		assertThat(retired.status()).isEqualTo(StaffStatus.RETIRED);
		assertThat(retired.leftOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(retired.postIds()).isEmpty();
		assertThat(organization.leadership(new UnitId(sample.unit.id())).deputies()).isEmpty();
		assertThat(events.stream(StaffLeft.class).filter(left -> left.staffId() == retired.id()))
			.singleElement()
			.extracting(StaffLeft::status)
			.isEqualTo(StaffStatus.RETIRED);
	}

	@Test
	void staffWhoAlreadyLeftCannotLeaveAgain() {
		SampleUnit sample = new SampleUnit(organization);
		organization.leave(new StaffId(sample.enforcer.id()), StaffStatus.RESIGNED);

		assertThatThrownBy(() -> organization.leave(new StaffId(sample.enforcer.id()), StaffStatus.RETIRED))
			.isInstanceOf(StaffAlreadyLeftException.class)
			.extracting(e -> ((RuleViolationException) e).kind())
			.isEqualTo(RuleViolationException.Kind.CONFLICT);
		assertThat(organization.staffMember(new StaffId(sample.enforcer.id())).status()).isEqualTo(StaffStatus.RESIGNED);
		assertThat(events.stream(StaffLeft.class).filter(left -> left.staffId() == sample.enforcer.id())).hasSize(1);
	}

	@Test
	void leavingNeedsAWayOfLeaving() {
		SampleUnit sample = new SampleUnit(organization);

		assertThatThrownBy(() -> organization.leave(new StaffId(sample.enforcer.id()), StaffStatus.ON_DUTY))
			.isInstanceOf(DepartureStatusRequiredException.class);
		assertThat(organization.staffMember(new StaffId(sample.enforcer.id())).status()).isEqualTo(StaffStatus.ON_DUTY);
	}

	@Test
	void staffWhoLeftCannotBeGivenAPost() {
		SampleUnit sample = new SampleUnit(organization);
		organization.leave(new StaffId(sample.enforcer.id()), StaffStatus.RESIGNED);

		assertThatThrownBy(() -> organization.assignPost(new StaffId(sample.enforcer.id()), new PostId(sample.registrationWindow.id())))
			.isInstanceOf(StaffAlreadyLeftException.class);
	}

	@Test
	void aPhotoIsStoredWithTheMediaTypeOfItsOwnBytes() {
		SampleUnit sample = new SampleUnit(organization);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

		organization.changePhoto(new StaffId(sample.handler.id()), png);

		assertThat(organization.photoOf(new StaffId(sample.handler.id()))).map(StaffPhoto::contentType).contains("image/png");
		assertThat(organization.staffMember(new StaffId(sample.handler.id())).hasPhoto()).isTrue();
	}

	@Test
	void somethingThatIsNotAJpegOrPngIsRefusedAsAPhoto() {
		SampleUnit sample = new SampleUnit(organization);

		assertThatThrownBy(() -> organization.changePhoto(new StaffId(sample.handler.id()),
				"<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()))
			.isInstanceOf(PhotoRefusedException.class);
		assertThat(organization.photoOf(new StaffId(sample.handler.id()))).isEmpty();
	}

	private long countStaff() {
		return jdbc.sql("select count(*) from organization.staff").query(Long.class).single();
	}
}
