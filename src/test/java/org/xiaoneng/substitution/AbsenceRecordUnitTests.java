package org.xiaoneng.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * An absence's rules, without Spring or a database: only the absentee notes the handover and only the named substitute
 * acknowledges it and reports back; a needed handover comes before the approval; an absence starts and ends once, at
 * its time; and the events each change registers.
 */
class AbsenceRecordUnitTests {

	static final long ABSENTEE = 5;

	static final long SUBSTITUTE = 6;

	static final Instant FROM = Instant.parse("2026-03-02T01:00:00Z");

	static final Instant TO = Instant.parse("2026-03-04T09:00:00Z");

	static AbsenceRecord absence(AbsenceStatus status, boolean handoverRequired, boolean acknowledged) {
		return new AbsenceRecord(40, ABSENTEE, SUBSTITUTE, FROM, TO, handoverRequired, status, acknowledged);
	}

	@Test
	void anAbsenceThatNeedsAHandoverIsNotApprovedBeforeTheSubstituteAcknowledgesIt() {
		AbsenceRecord absence = absence(AbsenceStatus.REQUESTED, true, false);

		assertThatThrownBy(absence::approve).isInstanceOf(HandoverPendingException.class);
		assertThat(absence.status()).isEqualTo(AbsenceStatus.REQUESTED);

		absence.acknowledgeHandover(SUBSTITUTE, FROM.minusSeconds(3600));
		absence.approve();

		assertThat(absence.status()).isEqualTo(AbsenceStatus.APPROVED);
		assertThat(absence.releaseEvents()).containsExactly(
				new HandoverAcknowledged(40, ABSENTEE, SUBSTITUTE, FROM.minusSeconds(3600)),
				new AbsenceApproved(40, ABSENTEE, SUBSTITUTE, FROM, TO));
	}

	@Test
	void anAbsenceIsApprovedOnce() {
		AbsenceRecord absence = absence(AbsenceStatus.REQUESTED, false, false);
		absence.approve();

		assertThatThrownBy(absence::approve).isInstanceOf(AbsenceStatusException.class);
	}

	@Test
	void onlyTheNamedSubstituteAcknowledgesTheHandoverAndOnlyOnce() {
		AbsenceRecord absence = absence(AbsenceStatus.REQUESTED, true, false);

		assertThatThrownBy(() -> absence.acknowledgeHandover(ABSENTEE, FROM)).isInstanceOf(NotTheSubstituteException.class);
		assertThatThrownBy(() -> absence.acknowledgeHandover(null, FROM)).isInstanceOf(NotTheSubstituteException.class);
		absence.acknowledgeHandover(SUBSTITUTE, FROM);
		assertThatThrownBy(() -> absence.acknowledgeHandover(SUBSTITUTE, FROM))
			.isInstanceOf(AbsenceStatusException.class);
	}

	@Test
	void anAbsenceWithoutASubstituteHasNobodyToAcknowledgeItsHandover() {
		AbsenceRecord absence = new AbsenceRecord(41, ABSENTEE, null, FROM, TO, true, AbsenceStatus.REQUESTED, false);

		assertThatThrownBy(() -> absence.acknowledgeHandover(SUBSTITUTE, FROM))
			.isInstanceOf(NotTheSubstituteException.class);
	}

	@Test
	void anEndedAbsenceCannotHaveItsHandoverAcknowledged() {
		AbsenceRecord absence = absence(AbsenceStatus.ENDED, false, false);

		assertThatThrownBy(() -> absence.acknowledgeHandover(SUBSTITUTE, TO)).isInstanceOf(AbsenceStatusException.class);
		assertThat(absence.releaseEvents()).isEmpty();
	}

	@Test
	void onlyTheAbsenteeNotesTheHandoverAndOnlyWhileItIsOpen() {
		assertThatThrownBy(() -> absence(AbsenceStatus.REQUESTED, true, false).requireHandoverOpenTo(SUBSTITUTE))
			.isInstanceOf(ApprovalAuthorityMissingException.class);
		assertThatThrownBy(() -> absence(AbsenceStatus.REQUESTED, true, true).requireHandoverOpenTo(ABSENTEE))
			.isInstanceOf(AbsenceStatusException.class);
		assertThatThrownBy(() -> absence(AbsenceStatus.APPROVED, true, false).requireHandoverOpenTo(ABSENTEE))
			.isInstanceOf(AbsenceStatusException.class);
		absence(AbsenceStatus.REQUESTED, true, false).requireHandoverOpenTo(ABSENTEE);
	}

	@Test
	void theSubstituteReportsBackOnlyOnceTheAbsenceWasApproved() {
		assertThatThrownBy(() -> absence(AbsenceStatus.REQUESTED, false, false).requireReturnBy(SUBSTITUTE))
			.isInstanceOf(AbsenceStatusException.class);
		assertThatThrownBy(() -> absence(AbsenceStatus.ENDED, false, false).requireReturnBy(ABSENTEE))
			.isInstanceOf(NotTheSubstituteException.class);
		absence(AbsenceStatus.ENDED, false, false).requireReturnBy(SUBSTITUTE);
	}

	@Test
	void anApprovedAbsenceStartsAtItsTimeAndEndsAtItsEnd() {
		AbsenceRecord absence = absence(AbsenceStatus.APPROVED, false, false);

		assertThatThrownBy(() -> absence.start(FROM.minusSeconds(1))).isInstanceOf(AbsenceStatusException.class);
		assertThatThrownBy(() -> absence.end(TO)).isInstanceOf(AbsenceStatusException.class);
		absence.start(FROM);
		assertThatThrownBy(() -> absence.start(FROM)).isInstanceOf(AbsenceStatusException.class);
		assertThatThrownBy(() -> absence.end(TO.minusSeconds(1))).isInstanceOf(AbsenceStatusException.class);
		absence.end(TO);

		assertThat(absence.status()).isEqualTo(AbsenceStatus.ENDED);
		assertThat(absence.releaseEvents()).containsExactly(new AbsenceStarted(40, ABSENTEE, SUBSTITUTE, FROM),
				new AbsenceEnded(40, ABSENTEE, SUBSTITUTE, TO));
	}

	@Test
	void aRequestedAbsenceDoesNotStartEvenWhenItsTimeHasCome() {
		AbsenceRecord absence = absence(AbsenceStatus.REQUESTED, false, false);

		assertThatThrownBy(() -> absence.start(TO)).isInstanceOf(AbsenceStatusException.class);
		assertThat(absence.releaseEvents()).isEmpty();
	}
}
