package org.xiaoneng.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.substitution.SubstitutionUnit.asAdmin;
import static org.xiaoneng.substitution.SubstitutionUnit.at;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * Substitutes, absences, handovers and approvals, and every piece of bad input refused with nothing changed.
 */
@IntegrationTest
@RecordApplicationEvents
class SubstitutesIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	private SubstitutionUnit unit() {
		return new SubstitutionUnit(organization, substitutes);
	}

	private NewAbsence twoDays(long staffId) {
		return new NewAbsence(staffId, AbsenceKind.LEAVE, at(3, 4, 9), at(3, 6, 9), "家中有事");
	}

	@Test
	void aSubstituteEqualToTheHolderIsRefusedAndTheOldOneKept() {
		SubstitutionUnit u = unit();

		assertThatThrownBy(() -> u.as("h", () -> substitutes.assignSubstitute(new PostId(u.window.id()), u.clerk.id(), null)))
			.isInstanceOf(SubstituteIsHolderException.class);
		assertThatThrownBy(() -> u.as("h", () -> substitutes.assignSubstitute(new PostId(u.window.id()), null, u.window.id())))
			.isInstanceOf(SubstituteIsHolderException.class);
		assertThat(substitutes.assignmentOf(new PostId(u.window.id())).orElseThrow().substituteStaffId()).isEqualTo(u.backup.id());
	}

	@Test
	void anAssignmentRecordsWhoApprovedItAndWhen() {
		SubstitutionUnit u = unit();

		Assignment assignment = substitutes.assignmentOf(new PostId(u.handling.id())).orElseThrow();

		assertThat(assignment.approvedBy()).isEqualTo(u.username("h"));
		assertThat(assignment.approvedAt()).isNotNull();
	}

	@Test
	void onlyTheHeadOrAboveNamesSubstitutes() {
		SubstitutionUnit u = unit();

		assertThatThrownBy(() -> u.as("c", () -> substitutes.assignSubstitute(new PostId(u.lead.id()), u.third.id(), null)))
			.isInstanceOf(ApprovalAuthorityMissingException.class);
		assertThat(substitutes.assignmentOf(new PostId(u.lead.id()))).isEmpty();
	}

	@Test
	void postsWithoutASubstituteAreListedUntilOneIsNamed() {
		SubstitutionUnit u = unit();

		assertThat(u.as("h", () -> substitutes.postsWithoutSubstitute(new DepartmentId(u.registration.id())))).extracting(p -> p.id())
			.containsExactly(u.lead.id());
		u.as("d", () -> substitutes.assignSubstitute(new PostId(u.lead.id()), u.third.id(), null));
		assertThat(u.as("h", () -> substitutes.postsWithoutSubstitute(new DepartmentId(u.registration.id())))).isEmpty();
	}

	@Test
	void anAbsenceEndingBeforeItStartsIsRefused() {
		SubstitutionUnit u = unit();

		assertThatThrownBy(() -> u.as("c", () -> substitutes.requestAbsence(
				new NewAbsence(u.clerk.id(), AbsenceKind.MEETING, at(3, 4, 14), at(3, 4, 10), "会议"))))
			.isInstanceOf(AbsencePeriodReversedException.class);
		assertThat(substitutes.absencesOf(new StaffId(u.clerk.id()))).isEmpty();
	}

	@Test
	void overlappingAbsencesOfTheSamePersonAreRefused() {
		SubstitutionUnit u = unit();
		u.as("c", () -> substitutes.requestAbsence(twoDays(u.clerk.id())));

		assertThatThrownBy(() -> u.as("c", () -> substitutes.requestAbsence(
				new NewAbsence(u.clerk.id(), AbsenceKind.MEETING, at(3, 5, 14), at(3, 5, 16), "会议"))))
			.isInstanceOf(AbsencesOverlapException.class);
		assertThat(substitutes.absencesOf(new StaffId(u.clerk.id()))).hasSize(1);
	}

	@Test
	void aTwoDayAbsenceListsTheHandoverAndNeedsItAcknowledgedBeforeApproval() {
		SubstitutionUnit u = unit();
		Absence absence = u.as("c", () -> substitutes.requestAbsence(twoDays(u.clerk.id())));

		assertThat(absence.handoverRequired()).isTrue();
		assertThat(absence.substituteStaffId()).isEqualTo(u.backup.id());
		assertThatThrownBy(() -> u.as("h", () -> substitutes.approve(absence.id())))
			.isInstanceOf(HandoverPendingException.class);

		u.as("b", () -> substitutes.acknowledgeHandover(absence.id()));
		Absence approved = u.as("h", () -> substitutes.approve(absence.id()));

		assertThat(approved.status()).isEqualTo(AbsenceStatus.APPROVED);
		assertThat(approved.approvedBy()).isEqualTo(u.username("h"));
		assertThat(events.stream(HandoverAcknowledged.class).filter(e -> e.absenceId() == absence.id())).hasSize(1);
	}

	@Test
	void lessThanAWorkingDayNeedsApprovalOnly() {
		SubstitutionUnit u = unit();
		Absence absence = u.as("c", () -> substitutes.requestAbsence(
				new NewAbsence(u.clerk.id(), AbsenceKind.MEETING, at(3, 4, 14), at(3, 4, 16), "县政府会议")));

		assertThat(absence.handoverRequired()).isFalse();
		assertThat(u.as("h", () -> substitutes.approve(absence.id())).status()).isEqualTo(AbsenceStatus.APPROVED);
	}

	@Test
	void approvalBySomeoneWithoutAuthorityIsRefused() {
		SubstitutionUnit u = unit();
		Absence absence = u.as("c", () -> substitutes.requestAbsence(
				new NewAbsence(u.clerk.id(), AbsenceKind.MEETING, at(3, 4, 14), at(3, 4, 16), "会议")));

		assertThatThrownBy(() -> u.as("b", () -> substitutes.approve(absence.id())))
			.isInstanceOf(ApprovalAuthorityMissingException.class);
		assertThatThrownBy(() -> u.as("c", () -> substitutes.approve(absence.id())))
			.isInstanceOf(ApprovalAuthorityMissingException.class);
		assertThat(substitutes.absence(absence.id()).status()).isEqualTo(AbsenceStatus.REQUESTED);
	}

	@Test
	void aHeadsAbsenceIsApprovedByTheOverseeingLeader() {
		SubstitutionUnit u = unit();
		Absence absence = u.as("h", () -> substitutes.requestAbsence(
				new NewAbsence(u.head.id(), AbsenceKind.TRAINING, at(3, 4, 14), at(3, 4, 16), "培训")));

		assertThatThrownBy(() -> u.as("h", () -> substitutes.approve(absence.id())))
			.isInstanceOf(ApprovalAuthorityMissingException.class);
		assertThat(u.as("d", () -> substitutes.approve(absence.id())).status()).isEqualTo(AbsenceStatus.APPROVED);
	}

	@Test
	void aHandoverAcknowledgedBySomeoneOtherThanTheSubstituteIsRefused() {
		SubstitutionUnit u = unit();
		Absence absence = u.as("c", () -> substitutes.requestAbsence(twoDays(u.clerk.id())));

		assertThatThrownBy(() -> u.as("h", () -> substitutes.acknowledgeHandover(absence.id())))
			.isInstanceOf(NotTheSubstituteException.class);
		// a colleague may not even read another's absence (its reason is personal)
		assertThatThrownBy(() -> u.as("t", () -> substitutes.acknowledgeHandover(absence.id())))
			.isInstanceOf(SubstitutionRecordNotFoundException.class);
		assertThat(substitutes.absence(absence.id()).acknowledged()).isFalse();
	}

	@Test
	void theSubstituteCannotBeAwayWhileActingAndTheRefusalNamesThePost() {
		SubstitutionUnit u = unit();
		u.as("c", () -> substitutes.requestAbsence(twoDays(u.clerk.id())));

		assertThatThrownBy(() -> u.as("b", () -> substitutes.requestAbsence(
				new NewAbsence(u.backup.id(), AbsenceKind.LEAVE, at(3, 5, 9), at(3, 5, 17), "看病"))))
			.isInstanceOf(PostWouldBeUncoveredException.class)
			.satisfies(e -> assertThat(((PostWouldBeUncoveredException) e).arguments()).isNotEmpty());
		assertThat(substitutes.absencesOf(new StaffId(u.backup.id()))).isEmpty();
	}

	@Test
	void aAndBMayBeAwayTogetherOutsideOfficeHours() {
		SubstitutionUnit u = unit();
		// Friday after closing to Monday before opening: a trip that takes no office hours
		u.as("c", () -> substitutes.requestAbsence(
				new NewAbsence(u.clerk.id(), AbsenceKind.BUSINESS_TRIP, at(3, 6, 18), at(3, 9, 8), "周末出差")));

		// overlaps the clerk's trip only on Sunday and Monday early morning, then takes Monday morning's office hours
		Absence backups = u.as("b", () -> substitutes.requestAbsence(
				new NewAbsence(u.backup.id(), AbsenceKind.LEAVE, at(3, 8, 12), at(3, 9, 12), "看病")));

		assertThat(substitutes.absencesOf(new StaffId(u.backup.id()))).extracting(Absence::id).containsExactly(backups.id());
	}

	@Test
	void aDesignatedThirdPersonLetsAAndBBeAwayTogether() {
		SubstitutionUnit u = unit();
		u.as("d", () -> {
			substitutes.designate(new PostId(u.window.id()), at(3, 4, 0), at(3, 7, 0), new StaffId(u.third.id()), "A、B角同时参加培训");
			substitutes.designate(new PostId(u.handling.id()), at(3, 4, 0), at(3, 7, 0), new StaffId(u.third.id()), "A、B角同时参加培训");
			return null;
		});

		Absence clerks = u.as("c", () -> substitutes.requestAbsence(twoDays(u.clerk.id())));
		Absence backups = u.as("b", () -> substitutes.requestAbsence(twoDays(u.backup.id())));

		assertThat(clerks.id()).isNotEqualTo(backups.id());
		assertThat(substitutes.whoActsFor(new PostId(u.window.id()), at(3, 5, 10)).staffId()).isEqualTo(u.third.id());
	}

	@Test
	void onlyALeaderDesignatesAThirdPerson() {
		SubstitutionUnit u = unit();

		assertThatThrownBy(() -> u.as("c", () -> {
			substitutes.designate(new PostId(u.window.id()), at(3, 4, 0), at(3, 7, 0), new StaffId(u.third.id()), "理由");
			return null;
		})).isInstanceOf(ApprovalAuthorityMissingException.class);
		assertThat(substitutes.whoActsFor(new PostId(u.window.id()), at(3, 5, 10)).reason()).isEqualTo(ActingReason.HOLDER);
	}

	@Test
	void sickLeaveRegisteredByTheHeadWhileTheSubstituteIsAwayLeavesThePostUncovered() {
		SubstitutionUnit u = unit();
		Absence backups = u.as("b", () -> substitutes.requestAbsence(
				new NewAbsence(u.backup.id(), AbsenceKind.MEETING, at(3, 4, 14), at(3, 4, 16), "会议")));

		Absence sick = u.as("h", () -> substitutes.registerAbsence(
				new NewAbsence(u.clerk.id(), AbsenceKind.LEAVE, at(3, 4, 9), at(3, 5, 9), "病假")));

		assertThat(sick.status()).isEqualTo(AbsenceStatus.APPROVED);
		assertThat(backups.id()).isNotEqualTo(sick.id());
		Instant before = clock.instant();
		try {
			clock.set(at(3, 4, 10));
			substitutes.sweep();
		}
		finally {
			clock.set(before);
		}
		assertThat(events.stream(PostLeftUncovered.class).filter(e -> e.absenceId() == sick.id()))
			.extracting(PostLeftUncovered::postId)
			.containsExactly(u.window.id());
	}

	@Test
	void theSweepStartsAndEndsAbsencesAndTheSubstituteReportsBack() {
		SubstitutionUnit u = unit();
		Absence absence = u.as("c", () -> substitutes.requestAbsence(twoDays(u.clerk.id())));
		u.as("b", () -> substitutes.acknowledgeHandover(absence.id()));
		u.as("h", () -> substitutes.approve(absence.id()));
		Instant before = clock.instant();
		try {
			clock.set(at(3, 4, 9));
			substitutes.sweep();
			assertThat(substitutes.absence(absence.id()).status()).isEqualTo(AbsenceStatus.STARTED);
			clock.set(at(3, 6, 9));
			substitutes.sweep();
			assertThat(substitutes.absence(absence.id()).status()).isEqualTo(AbsenceStatus.ENDED);
		}
		finally {
			clock.set(before);
		}
		u.as("b", () -> substitutes.recordReturn(absence.id(), "受理登记申请 12 件，均已办结"));

		assertThat(substitutes.absence(absence.id()).returnReport()).contains("12");
		assertThat(events.stream(AbsenceStarted.class).filter(e -> e.absenceId() == absence.id())).hasSize(1);
		assertThat(events.stream(AbsenceEnded.class).filter(e -> e.absenceId() == absence.id())).hasSize(1);
	}

	@Test
	void thePrincipalNamesTheActingLeaderOfADeputyAndOthersMayNot() {
		SubstitutionUnit u = unit();

		assertThatThrownBy(() -> u.as("h", () -> substitutes.nameActingLeader(new StaffId(u.deputy.id()), new StaffId(u.head.id()))))
			.isInstanceOf(ApprovalAuthorityMissingException.class);
		u.as("p", () -> substitutes.nameActingLeader(new StaffId(u.deputy.id()), new StaffId(u.head.id())));
		asAdmin(() -> substitutes.nameActingLeader(new StaffId(u.principal.id()), new StaffId(u.deputy.id())));

		assertThat(substitutes.actingLeaderOf(new StaffId(u.deputy.id())).orElseThrow().actingStaffId()).isEqualTo(u.head.id());
		assertThat(substitutes.actingLeaderOf(new StaffId(u.principal.id())).orElseThrow().actingStaffId())
			.isEqualTo(u.deputy.id());
	}
}
