package org.xiaoneng.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffStatus;

/** The badge and who gets one, without Spring or a database: rule 九 as the aggregate guards it. */
class BadgeUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Test
	void aNewStaffMemberIsDueABadgeAsNewStaffValidForTheConfiguredYears() {
		StaffMember staff = staff(Employment.ESTABLISHED, null, null, StaffStatus.ON_DUTY);

		assertThat(BadgeEligibility.reasonFor(staff, TODAY)).isEqualTo(IssueReason.NEW_STAFF);
		assertThat(BadgeEligibility.validUntil(staff, TODAY, 3)).isEqualTo(LocalDate.of(2029, 3, 1));
	}

	@Test
	void aSecondeeOfHalfAYearOrMoreIsDueABadgeEndingWithTheSecondment() {
		StaffMember staff = staff(Employment.SECONDED, TODAY, LocalDate.of(2026, 9, 1), StaffStatus.ON_DUTY);

		assertThat(BadgeEligibility.reasonFor(staff, TODAY)).isEqualTo(IssueReason.SECONDEE);
		assertThat(BadgeEligibility.validUntil(staff, TODAY, 3)).isEqualTo(LocalDate.of(2026, 9, 1));
	}

	@Test
	void exactlySixMonthsOfSecondmentIsHalfAYearButADayLessIsNot() {
		assertThat(BadgeEligibility.halfAYearOrMore(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))).isTrue();
		assertThat(BadgeEligibility.halfAYearOrMore(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 29))).isFalse();
		assertThat(BadgeEligibility.halfAYearOrMore(LocalDate.of(2026, 8, 31), LocalDate.of(2027, 2, 27))).isTrue();
	}

	@Test
	void aSecondeeOfLessThanHalfAYearIsRefusedWithThatReason() {
		StaffMember staff = staff(Employment.SECONDED, TODAY, LocalDate.of(2026, 6, 30), StaffStatus.ON_DUTY);

		assertThatThrownBy(() -> BadgeEligibility.reasonFor(staff, TODAY)).isInstanceOf(SecondmentTooShortException.class)
			.hasMessageContaining("badge.error.secondmentTooShort");
	}

	@Test
	void someoneWhoLeftOrWhoseSecondmentEndedIsDueNoBadge() {
		assertThatThrownBy(() -> BadgeEligibility.reasonFor(staff(Employment.ESTABLISHED, null, null,
				StaffStatus.RESIGNED), TODAY)).isInstanceOf(StaffHasLeftException.class);
		assertThatThrownBy(() -> BadgeEligibility.reasonFor(staff(Employment.SECONDED, LocalDate.of(2025, 1, 1),
				LocalDate.of(2026, 1, 1), StaffStatus.ON_DUTY), TODAY)).isInstanceOf(StaffHasLeftException.class);
	}

	@Test
	void anIssuedBadgeIsValidAndPublishesItsIssue() {
		Badge badge = saved(issue());

		BadgeIssued issued = badge.issued();

		assertThat(badge.statusOn(TODAY)).isEqualTo(BadgeStatus.VALID);
		assertThat(issued.number()).isEqualTo("520999-00001");
		assertThat(badge.drainEvents()).containsExactly(issued);
	}

	@Test
	void aBadgeTakenBackIsRevokedAndCannotBeTakenBackOrReportedLostAgain() {
		Badge badge = saved(issue());

		BadgeWithdrawn revoked = badge.revoke(TODAY.plusDays(5));

		assertThat(revoked.status()).isEqualTo(BadgeStatus.REVOKED);
		assertThat(badge.statusOn(TODAY.plusDays(5))).isEqualTo(BadgeStatus.REVOKED);
		assertThat(badge.endedOn()).isEqualTo(TODAY.plusDays(5));
		assertThatThrownBy(() -> badge.revoke(TODAY.plusDays(6))).isInstanceOf(BadgeStateException.class);
		assertThatThrownBy(() -> badge.reportLost(TODAY.plusDays(6))).isInstanceOf(BadgeStateException.class);
		assertThat(badge.drainEvents()).containsExactly(revoked);
	}

	@Test
	void aBadgeReportedLostIsVoidAtOnce() {
		Badge badge = saved(issue());

		BadgeWithdrawn lost = badge.reportLost(TODAY);

		assertThat(lost.status()).isEqualTo(BadgeStatus.LOST);
		assertThat(badge.statusOn(TODAY)).isEqualTo(BadgeStatus.LOST);
		assertThatThrownBy(() -> badge.revoke(TODAY)).isInstanceOf(BadgeStateException.class);
	}

	@Test
	void aValidBadgePastItsLastDayHasExpired() {
		Badge badge = saved(issue());

		assertThat(badge.statusOn(LocalDate.of(2029, 3, 1))).isEqualTo(BadgeStatus.VALID);
		assertThat(badge.statusOn(LocalDate.of(2029, 3, 2))).isEqualTo(BadgeStatus.EXPIRED);
	}

	@Test
	void aBadgeCannotBeIssuedAlreadyExpired() {
		assertThatThrownBy(() -> Badge.issue("520999", "X-1", new StaffId(1), new UnitId(2), new DepartmentId(3),
				holder(), IssueReason.NEW_STAFF, TODAY, TODAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
	}

	private static Badge issue() {
		return Badge.issue("520999", "520999-00001", new StaffId(1), new UnitId(2), new DepartmentId(3), holder(),
				IssueReason.NEW_STAFF, TODAY, LocalDate.of(2029, 3, 1));
	}

	private static Badge saved(Badge badge) {
		badge.saved(11);
		return badge;
	}

	private static BadgeHolder holder() {
		return new BadgeHolder("王秀英", "县市场监督管理局", "登记注册科", "综合窗口", "科员", "CPC_MEMBER");
	}

	private static StaffMember staff(Employment employment, LocalDate from, LocalDate until, StaffStatus status) {
		return new StaffMember(1, "S001", "王秀英", Gender.FEMALE, null, "科员", PoliticalStatus.CPC_MEMBER, employment,
				from, until, status, 2, 3, null, LocalDate.of(2026, 1, 1), status.hasLeft() ? TODAY : null, List.of(),
				false);
	}
}
