package org.xiaoneng.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.substitution.SubstitutionUnit.at;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/**
 * whoActsFor at the boundaries of an absence: the substitute from its first instant, the holder again at its end
 * (periods are half-open), and nobody but the holder for an absence not yet approved.
 */
@IntegrationTest
class WhoActsForIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	private Absence approvedTwoDays(SubstitutionUnit u) {
		Absence absence = u.as("c", () -> substitutes.requestAbsence(
				new NewAbsence(u.clerk.id(), AbsenceKind.BUSINESS_TRIP, at(3, 4, 9), at(3, 6, 9), "出差")));
		u.as("b", () -> substitutes.acknowledgeHandover(absence.id()));
		return u.as("h", () -> substitutes.approve(absence.id()));
	}

	@Test
	void theHolderActsUpToTheLastInstantBeforeTheAbsence() {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		approvedTwoDays(u);

		Acting acting = substitutes.whoActsFor(new PostId(u.window.id()), at(3, 4, 9).minusNanos(1000));

		assertThat(acting.staffId()).isEqualTo(u.clerk.id());
		assertThat(acting.reason()).isEqualTo(ActingReason.HOLDER);
	}

	@Test
	void theSubstituteActsFromTheFirstInstantOfTheAbsence() {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		Absence absence = approvedTwoDays(u);

		Acting acting = substitutes.whoActsFor(new PostId(u.window.id()), at(3, 4, 9));

		assertThat(acting.staffId()).isEqualTo(u.backup.id());
		assertThat(acting.reason()).isEqualTo(ActingReason.SUBSTITUTE);
		assertThat(acting.absenceId()).isEqualTo(absence.id());
		assertThat(acting.onBehalf()).isTrue();
	}

	@Test
	void theSubstituteActsUpToTheLastInstantOfTheAbsence() {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		approvedTwoDays(u);

		assertThat(substitutes.whoActsFor(new PostId(u.window.id()), at(3, 6, 9).minusNanos(1000)).staffId())
			.isEqualTo(u.backup.id());
	}

	@Test
	void theHolderActsAgainAtTheEndOfTheAbsence() {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		approvedTwoDays(u);

		Acting acting = substitutes.whoActsFor(new PostId(u.window.id()), at(3, 6, 9));

		assertThat(acting.staffId()).isEqualTo(u.clerk.id());
		assertThat(acting.reason()).isEqualTo(ActingReason.HOLDER);
	}

	@Test
	void anAbsenceNotYetApprovedLeavesTheHolderActing() {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		u.as("c", () -> substitutes.requestAbsence(
				new NewAbsence(u.clerk.id(), AbsenceKind.MEETING, at(3, 4, 14), at(3, 4, 16), "会议")));

		assertThat(substitutes.whoActsFor(new PostId(u.window.id()), at(3, 4, 15)).reason()).isEqualTo(ActingReason.HOLDER);
	}

	@Test
	void theDutyBoardShowsTheSubstituteOnTheDaysOfTheAbsenceOnly() {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		approvedTwoDays(u);

		assertThat(actingOnWindow(u, LocalDate.of(2026, 3, 3))).isEqualTo(u.clerk.id());
		assertThat(actingOnWindow(u, LocalDate.of(2026, 3, 4))).isEqualTo(u.backup.id());
		assertThat(actingOnWindow(u, LocalDate.of(2026, 3, 5))).isEqualTo(u.backup.id());
		assertThat(actingOnWindow(u, LocalDate.of(2026, 3, 6))).isEqualTo(u.clerk.id());
	}

	private Long actingOnWindow(SubstitutionUnit u, LocalDate day) {
		return substitutes.dutyBoard(new DepartmentId(u.registration.id()), day)
			.stream()
			.filter(row -> row.postId() == u.window.id())
			.findFirst()
			.orElseThrow()
			.acting()
			.staffId();
	}
}
