package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;

/**
 * A request's dates by 政府信息公开条例 第三十条 to 第三十三条, against dates worked out by hand on a calendar of
 * Monday-to-Friday working days (March to May 2026 counted without holidays, so that each step can be checked on a
 * wall calendar).
 */
class InformationRequestUnitTests {

	/** Monday to Friday, nothing else. */
	static final WorkingDays WEEKDAYS = new WorkingDays() {

		@Override
		public LocalDate after(LocalDate from, int days) {
			LocalDate day = from;
			for (int counted = 0; counted < days;) {
				day = day.plusDays(1);
				if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
					counted++;
				}
			}
			return day;
		}

		@Override
		public int between(LocalDate from, LocalDate to) {
			int counted = 0;
			for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
				if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
					counted++;
				}
			}
			return counted;
		}
	};

	@Test
	void aRequestRunsThroughCorrectionConsultationAndExtensionToAReplyInTime() {
		// handed in at the window on Monday 2 March: received that day (第三十一条(一))
		InformationRequest request = received(LocalDate.of(2026, 3, 2));
		assertThat(request.replyDue(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 3, 30));
		// the correction notice is due 7 working days on: Wednesday 11 March
		assertThat(request.correctionNoticeDue(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 3, 11));

		request.requestCorrection(LocalDate.of(2026, 3, 4), WEEKDAYS);
		assertThat(request.replyDue(WEEKDAYS)).as("the clock stops while the correction is awaited").isNull();

		// the corrected request comes on Monday 9 March: 20 working days from it end on Monday 6 April
		request.correctionReceived(LocalDate.of(2026, 3, 9));
		assertThat(request.replyDue(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 4, 6));

		// a third party asked on Tuesday 17 March answers on Thursday 26 March: 7 working days not counted → 15 April
		request.consultThirdParty(LocalDate.of(2026, 3, 17));
		request.thirdPartyAnswered(LocalDate.of(2026, 3, 26), WEEKDAYS);
		assertThat(request.pausedDays()).isEqualTo(7);
		assertThat(request.replyDue(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 4, 15));

		// the head approves 20 more working days on Friday 10 April → Wednesday 13 May
		request.extend(20, "局长", LocalDate.of(2026, 4, 10), WEEKDAYS);
		assertThat(request.replyDue(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 5, 13));

		request.answer(AnswerType.DISCLOSED, 0, LocalDate.of(2026, 5, 12));
		assertThat(request.status()).isEqualTo(RequestStatus.ANSWERED);
		assertThat(request.answeredOn()).isBefore(request.replyDue(WEEKDAYS));
	}

	@Test
	void aThirdPartyThatNeverAnswersStopsTheClockForFifteenWorkingDaysAtMost() {
		InformationRequest request = received(LocalDate.of(2026, 3, 2));
		request.consultThirdParty(LocalDate.of(2026, 3, 3));

		request.thirdPartyAnswered(LocalDate.of(2026, 4, 30), WEEKDAYS);

		assertThat(request.pausedDays()).isEqualTo(15);
		// 20 + 15 working days after 2 March: Monday 20 April
		assertThat(request.replyDue(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 4, 20));
	}

	@Test
	void aCorrectionNoticeAfterSevenWorkingDaysIsRefused() {
		InformationRequest request = received(LocalDate.of(2026, 3, 2));

		assertThatThrownBy(() -> request.requestCorrection(LocalDate.of(2026, 3, 12), WEEKDAYS))
			.isInstanceOf(RequestRuleException.class)
			.hasMessage("disclosure.error.correctionLate");
		assertThat(request.status()).isEqualTo(RequestStatus.RECEIVED);
	}

	@Test
	void theReplyIsExtendedOnceByTwentyWorkingDaysAtMostAndBeforeItIsDue() {
		InformationRequest request = received(LocalDate.of(2026, 3, 2));

		assertThatThrownBy(() -> request.extend(21, "局长", LocalDate.of(2026, 3, 10), WEEKDAYS))
			.hasMessage("disclosure.error.extensionTooLong");
		assertThatThrownBy(() -> request.extend(10, "局长", LocalDate.of(2026, 3, 31), WEEKDAYS))
			.hasMessage("disclosure.error.extensionLate");
		request.extend(10, "局长", LocalDate.of(2026, 3, 30), WEEKDAYS);
		assertThatThrownBy(() -> request.extend(5, "局长", LocalDate.of(2026, 3, 31), WEEKDAYS))
			.hasMessage("disclosure.error.extendedAlready");
		assertThat(request.replyDue(WEEKDAYS)).isEqualTo(LocalDate.of(2026, 4, 13));
	}

	@Test
	void aRequestWithoutADescriptionIsRefused() {
		assertThatThrownBy(() -> InformationRequest.receive(new UnitId(1), new DepartmentId(2),
				new NewRequest(RequestChannel.WINDOW, new Applicant(Applicant.Kind.CITIZEN, "张三", "示范县人民路1号"), " ",
						"纸质", LocalDate.of(2026, 3, 2))))
			.isInstanceOf(DisclosureInputException.class)
			.hasMessage("disclosure.error.descriptionMissing");
	}

	@Test
	void noFeeIsChargedBelowTheThresholdsOf2020No109() {
		assertThat(InformationFees.byCount(10)).isZero();
		assertThat(InformationFees.byCount(11)).isEqualTo(100);
		assertThat(InformationFees.byCount(30)).isEqualTo(100);
		assertThat(InformationFees.byCount(31)).isEqualTo(200);
		assertThat(InformationFees.byCount(41)).isEqualTo(300);
		assertThat(InformationFees.byPages(30)).isZero();
		// 70 pages at 10 yuan, 100 at 20, 50 at 40
		assertThat(InformationFees.byPages(250)).isEqualTo(700 + 2000 + 2000);
	}

	private static InformationRequest received(LocalDate on) {
		return InformationRequest.receive(new UnitId(1), new DepartmentId(2),
				new NewRequest(RequestChannel.WINDOW, new Applicant(Applicant.Kind.CITIZEN, "张三", "示范县人民路1号"),
						"2025年本县最低生活保障资金发放明细", "纸质", on));
	}
}
