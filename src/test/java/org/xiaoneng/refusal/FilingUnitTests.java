package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.RefusalId;

/**
 * A filing's rules, without Spring or a database: who decides which kind of decision, what a decision needs, that a
 * refusal is reviewed once and an overdue decision reported once, and the events each change registers.
 */
class FilingUnitTests {

	static final long HANDLER = 11;

	static final long LEADER = 22;

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static final LocalDate DUE = LocalDate.of(2026, 3, 4);

	static Filing filing(RefusalState state) {
		boolean within = state == RefusalState.IN_EFFECT;
		return new Filing(new RefusalId(7), RefusedMatter.ofCase(70), 1, 2, RefusalKind.NOT_ACCEPTED, HANDLER, within ? null : LEADER, within,
				state == RefusalState.AWAITING_COLLECTIVE_DECISION, within ? null : DUE, state, null, false);
	}

	static CollectiveDecision meeting(LocalDate on) {
		return new CollectiveDecision(Decision.AGREED, "", "局长、副局长、科长", on);
	}

	@Test
	void aFilingWithinAuthorityIsInEffectAtOnceAndAMajorOneWaitsForTheMeeting() {
		assertThat(Filing.stateOnFiling(true, true)).isEqualTo(RefusalState.IN_EFFECT);
		assertThat(Filing.stateOnFiling(false, false)).isEqualTo(RefusalState.AWAITING_LEADER);
		assertThat(Filing.stateOnFiling(false, true)).isEqualTo(RefusalState.AWAITING_COLLECTIVE_DECISION);
	}

	@Test
	void aFilingBeyondAuthorityAnnouncesThatItWaitsForTheLeaderAndOneWithinDoesNot() {
		Filing beyond = filing(RefusalState.AWAITING_LEADER);
		beyond.filed();
		Filing within = filing(RefusalState.IN_EFFECT);
		within.filed();

		assertThat(beyond.releaseEvents()).singleElement().isEqualTo(new RefusalFiled(new RefusalId(7), RefusedMatter.ofCase(70), 1, 2,
				HANDLER, LEADER, DUE, false));
		assertThat(within.releaseEvents()).isEmpty();
	}

	@Test
	void anAgreedFilingIsInEffectAndRegistersItsApproval() {
		Filing filing = filing(RefusalState.AWAITING_LEADER);

		filing.decide(LEADER, "副局长", Decision.AGREED, " 同意 ", null, NOW, TODAY);

		assertThat(filing.state()).isEqualTo(RefusalState.IN_EFFECT);
		assertThat(filing.decided().opinion()).isEqualTo("同意");
		assertThat(filing.decided().before()).isEqualTo(RefusalState.AWAITING_LEADER);
		assertThat(filing.releaseEvents()).containsExactly(new RefusalApproved(new RefusalId(7), RefusedMatter.ofCase(70), LEADER, false));
	}

	@Test
	void anOverruledFilingCarriesTheInstructionToTheHandler() {
		Filing filing = filing(RefusalState.AWAITING_LEADER);

		filing.decide(LEADER, "副局长", Decision.DISAGREED, "请继续办理", null, NOW, TODAY);

		assertThat(filing.state()).isEqualTo(RefusalState.OVERRULED);
		assertThat(filing.releaseEvents()).containsExactly(
				new RefusalOverruled(new RefusalId(7), RefusedMatter.ofCase(70), 1, 2, HANDLER, LEADER, "请继续办理"));
	}

	@Test
	void disagreeingWithoutAnInstructionChangesNothing() {
		Filing filing = filing(RefusalState.AWAITING_LEADER);

		assertThatThrownBy(() -> filing.decide(LEADER, "副局长", Decision.DISAGREED, "  ", null, NOW, TODAY))
			.isInstanceOf(InstructionRequiredException.class);
		assertThatThrownBy(() -> filing.decide(LEADER, "副局长", null, "同意", null, NOW, TODAY))
			.isInstanceOf(InstructionRequiredException.class);
		assertThat(filing.state()).isEqualTo(RefusalState.AWAITING_LEADER);
		assertThat(filing.releaseEvents()).isEmpty();
	}

	@Test
	void aFilingCannotBeDecidedTwice() {
		Filing filing = filing(RefusalState.AWAITING_LEADER);
		filing.decide(LEADER, "副局长", Decision.AGREED, "", null, NOW, TODAY);

		assertThatThrownBy(() -> filing.decide(LEADER, "副局长", Decision.DISAGREED, "再议", null, NOW, TODAY))
			.isInstanceOf(RefusalAlreadyDecidedException.class);
		assertThat(filing.state()).isEqualTo(RefusalState.IN_EFFECT);
	}

	@Test
	void nobodyDecidesTheirOwnFiling() {
		Filing filing = filing(RefusalState.AWAITING_LEADER);

		assertThatThrownBy(() -> filing.decide(HANDLER, "经办人", Decision.AGREED, "", null, NOW, TODAY))
			.isInstanceOf(OwnFilingDecisionException.class);
		assertThat(filing.state()).isEqualTo(RefusalState.AWAITING_LEADER);
	}

	@Test
	void aMajorMatterIsDecidedOnlyByTheMeetingAndAnOrdinaryOneOnlyByTheLeader() {
		Filing major = filing(RefusalState.AWAITING_COLLECTIVE_DECISION);
		Filing ordinary = filing(RefusalState.AWAITING_LEADER);

		assertThatThrownBy(() -> major.decide(LEADER, "副局长", Decision.AGREED, "", null, NOW, TODAY))
			.isInstanceOf(RefusalStateException.class);
		assertThatThrownBy(() -> ordinary.decide(LEADER, "副局长", Decision.AGREED, "", meeting(TODAY), NOW, TODAY))
			.isInstanceOf(RefusalStateException.class);

		major.decide(LEADER, "副局长", Decision.AGREED, "", meeting(TODAY), NOW, TODAY);
		assertThat(major.decided().participants()).isEqualTo("局长、副局长、科长");
		assertThat(major.releaseEvents()).containsExactly(new RefusalApproved(new RefusalId(7), RefusedMatter.ofCase(70), LEADER, true));
	}

	@Test
	void aCollectiveDecisionNeedsItsParticipantsAndAMeetingThatHasBeenHeld() {
		Filing major = filing(RefusalState.AWAITING_COLLECTIVE_DECISION);

		assertThatThrownBy(() -> major.decide(LEADER, "副局长", Decision.AGREED, "",
				new CollectiveDecision(Decision.AGREED, "", " ", TODAY), NOW, TODAY))
			.isInstanceOf(FilingIncompleteException.class);
		assertThatThrownBy(() -> major.decide(LEADER, "副局长", Decision.AGREED, "", meeting(TODAY.plusDays(1)), NOW,
				TODAY))
			.isInstanceOf(FilingIncompleteException.class);
		assertThat(major.state()).isEqualTo(RefusalState.AWAITING_COLLECTIVE_DECISION);
	}

	@Test
	void aRefusalTakesEffectOnlyInEffectAndAnnouncesItsNotice() {
		Filing waiting = filing(RefusalState.AWAITING_LEADER);
		Filing within = filing(RefusalState.IN_EFFECT);

		assertThatThrownBy(() -> waiting.tookEffect("否不受〔2026〕1号")).isInstanceOf(RefusalStateException.class);
		within.tookEffect("否不受〔2026〕1号");

		assertThat(within.releaseEvents()).containsExactly(new RefusalTookEffect(new RefusalId(7), RefusedMatter.ofCase(70), 1, 2,
				RefusalKind.NOT_ACCEPTED, true, "否不受〔2026〕1号"));
	}

	@Test
	void aRefusalFoundWrongNeedsAFindingAndNamesTheLeaderWhoAgreed() {
		Filing agreed = filing(RefusalState.AWAITING_LEADER);
		agreed.decide(LEADER, "副局长", Decision.AGREED, "", null, NOW, TODAY);
		agreed.releaseEvents();

		assertThatThrownBy(() -> agreed.review(true, " ", "supervisor", NOW))
			.isInstanceOf(ReviewFindingRequiredException.class);
		assertThat(agreed.state()).isEqualTo(RefusalState.IN_EFFECT);

		agreed.review(true, "材料齐全，不应拒绝", "supervisor", NOW);
		assertThat(agreed.state()).isEqualTo(RefusalState.FOUND_WRONG);
		assertThat(agreed.releaseEvents()).containsExactly(new RefusalFoundWrong(new RefusalId(7), RefusedMatter.ofCase(70), 1, 2, HANDLER,
				LEADER, "supervisor", "材料齐全，不应拒绝"));
	}

	@Test
	void aRefusalIsReviewedOnceAndFoundRightItStaysInEffectQuietly() {
		Filing within = filing(RefusalState.IN_EFFECT);

		within.review(false, "", "leader", NOW);

		assertThat(within.state()).isEqualTo(RefusalState.IN_EFFECT);
		assertThat(within.reviewed().finding()).isNull();
		assertThat(within.releaseEvents()).isEmpty();
		assertThatThrownBy(() -> within.review(true, "再查", "leader", NOW)).isInstanceOf(RefusalStateException.class);
	}

	@Test
	void aFilingWaitingForADecisionCannotBeReviewedNorHaveItsMaterialsReturned() {
		Filing waiting = filing(RefusalState.AWAITING_LEADER);

		assertThatThrownBy(() -> waiting.review(false, "", "leader", NOW)).isInstanceOf(RefusalStateException.class);
		assertThatThrownBy(waiting::requireInEffect).isInstanceOf(RefusalStateException.class);
	}

	@Test
	void anOverdueDecisionIsReportedOnceAndOnlyAfterItsLastDay() {
		Filing waiting = filing(RefusalState.AWAITING_LEADER);

		assertThatThrownBy(() -> waiting.reportOverdue(DUE)).isInstanceOf(RefusalStateException.class);
		waiting.reportOverdue(DUE.plusDays(1));
		assertThatThrownBy(() -> waiting.reportOverdue(DUE.plusDays(2))).isInstanceOf(RefusalStateException.class);

		assertThat(waiting.releaseEvents()).containsExactly(
				new LeaderDecisionOverdue(new RefusalId(7), RefusedMatter.ofCase(70), 1, 2, LEADER, DUE));
	}
}
