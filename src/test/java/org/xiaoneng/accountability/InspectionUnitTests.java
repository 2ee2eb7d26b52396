package org.xiaoneng.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.conduct.ConductCitation;

/** The inspection's and its evidence's own rules, without Spring or a database. */
class InspectionUnitTests {

	private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

	private static final ConductCitation IDLE = new ConductCitation("SBZ-6", 0, 1);

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	private static final List<Inspection.Inspector> INSPECTORS = List.of(
			new Inspection.Inspector(new StaffId(31), "王监察"), new Inspection.Inspector(new StaffId(32), "李干事"));

	private static final List<Inspection.Inspector> ONE = INSPECTORS.subList(0, 1);

	@Test
	void anInspectionIsRecordedWithItsDayUnitInspectorsAndWindows() {
		Inspection inspection = inspection();

		assertThat(inspection.kind()).isEqualTo(InspectionKind.UNANNOUNCED);
		assertThat(inspection.unitId()).isEqualTo(1);
		assertThat(inspection.inspectorIds()).containsExactly(new StaffId(31), new StaffId(32));
		assertThat(inspection.inspectors()).isEqualTo("王监察、李干事");
		assertThat(inspection.visited()).isEqualTo("3号、5号窗口");
		assertThat(inspection.findings()).isEmpty();
	}

	@Test
	void anInspectionDatedAfterTodayHasNotHappened() {
		assertThatThrownBy(() -> Inspection.record(InspectionKind.PLANNED, TODAY.plusDays(1), 1, ONE, "窗口",
				TODAY, "sup", NOW))
			.isInstanceOf(InspectionInFutureException.class);
	}

	@Test
	void anInspectionNeedsItsKindDayInspectorsAndWindows() {
		assertThatThrownBy(() -> Inspection.record(null, TODAY, 1, ONE, "窗口", TODAY, "sup", NOW))
			.isInstanceOf(ChoiceRequiredException.class);
		assertThatThrownBy(() -> Inspection.record(InspectionKind.PLANNED, null, 1, ONE, "窗口", TODAY, "sup", NOW))
			.isInstanceOf(ChoiceRequiredException.class);
		assertThatThrownBy(() -> Inspection.record(InspectionKind.PLANNED, TODAY, 1, List.of(), "窗口", TODAY, "sup", NOW))
			.isInstanceOf(ChoiceRequiredException.class);
		assertThatThrownBy(() -> Inspection.record(InspectionKind.PLANNED, TODAY, 1, List.of(ONE.get(0), ONE.get(0)),
				"窗口", TODAY, "sup", NOW))
			.isInstanceOf(ChoiceRequiredException.class);
		assertThatThrownBy(() -> Inspection.record(InspectionKind.PLANNED, TODAY, 1, ONE, "", TODAY, "sup", NOW))
			.isInstanceOf(AccountabilityTextRequiredException.class);
	}

	@Test
	void aFindingNamesEitherAPersonOrAPostNeverBothOrNeither() {
		Inspection inspection = inspection();

		assertThatThrownBy(() -> inspection.find(21L, 5L, 2, IDLE, "玩手机", "sup", NOW))
			.isInstanceOf(ChoiceRequiredException.class);
		assertThatThrownBy(() -> inspection.find(null, null, 2, IDLE, "玩手机", "sup", NOW))
			.isInstanceOf(ChoiceRequiredException.class);
		assertThat(inspection.findings()).isEmpty();
	}

	@Test
	void aFindingWithoutADescriptionIsRefused() {
		assertThatThrownBy(() -> inspection().find(21L, null, 2, IDLE, "  ", "sup", NOW))
			.isInstanceOf(AccountabilityTextRequiredException.class);
	}

	@Test
	void aFindingAboutAPersonOpensACaseAboutThemAndOneAboutAPostOpensOneAboutItsDepartment() {
		Inspection inspection = inspection();
		Inspection.Finding person = found(inspection, 21L, null, 1);
		Inspection.Finding post = found(inspection, null, 5L, 2);

		assertThat(inspection.subjectOf(person)).isEqualTo(new Subject(1, 2L, 21L));
		assertThat(inspection.subjectOf(post)).isEqualTo(new Subject(1, 2L, null));
	}

	@Test
	void thePersonsSignatureIsRecordedOnceAndASecondIsRefused() {
		Inspection inspection = inspection();
		found(inspection, 21L, null, 1);

		inspection.sign(1, Acknowledgement.ACKNOWLEDGED, null, NOW);

		assertThatThrownBy(() -> inspection.sign(1, Acknowledgement.REFUSED, "当场拒签，李干事见证", NOW))
			.isInstanceOf(FindingAlreadySignedException.class);
		assertThat(inspection.finding(1).acknowledgement()).isEqualTo(Acknowledgement.ACKNOWLEDGED);
		assertThat(inspection.finding(1).signatureNote()).isNull();
	}

	@Test
	void aRefusalToSignIsRecordedAsSuchWithItsCircumstances() {
		Inspection inspection = inspection();
		found(inspection, 21L, null, 1);

		assertThatThrownBy(() -> inspection.sign(1, Acknowledgement.REFUSED, " ", NOW))
			.isInstanceOf(AccountabilityTextRequiredException.class);
		assertThat(inspection.finding(1).acknowledgement()).isNull();

		inspection.sign(1, Acknowledgement.REFUSED, "当场拒签，李干事见证", NOW);

		assertThat(inspection.finding(1).acknowledgement()).isEqualTo(Acknowledgement.REFUSED);
		assertThat(inspection.finding(1).signatureNote()).isEqualTo("当场拒签，李干事见证");
		assertThat(inspection.finding(1).signedAt()).isEqualTo(NOW);
	}

	@Test
	void aFindingOpensOneCaseAndASecondOpeningKeepsTheFirst() {
		Inspection inspection = inspection();
		found(inspection, 21L, null, 1);

		inspection.caseOpened(1, 70);
		inspection.caseOpened(1, 71);

		assertThat(inspection.finding(1).caseId()).isEqualTo(70);
	}

	@Test
	void anUnknownFindingIsNotFound() {
		assertThatThrownBy(() -> inspection().sign(9, Acknowledgement.ACKNOWLEDGED, null, NOW))
			.isInstanceOf(FindingNotFoundException.class);
	}

	@Test
	void evidenceIsTypedByItsBytesNotByItsName() {
		assertThat(EvidenceFile.of("window.png", JPEG).contentType()).isEqualTo("image/jpeg");
		assertThat(EvidenceFile.of("photo", PNG).contentType()).isEqualTo("image/png");
		assertThat(EvidenceFile.of("记录.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).contentType())
			.isEqualTo("application/pdf");
	}

	@Test
	void evidenceThatIsNeitherAPhotoNorAPdfIsRefused() {
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
		assertThatThrownBy(() -> EvidenceFile.of("photo.jpg", executable))
			.isInstanceOf(EvidenceRefusedException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("accountability.error.evidenceRefused");
		assertThatThrownBy(() -> EvidenceFile.of("empty.jpg", new byte[0]))
			.isInstanceOf(EvidenceRefusedException.class);
	}

	@Test
	void evidenceOverTenMegabytesIsRefusedAndAtTheLimitAccepted() {
		byte[] atLimit = Arrays.copyOf(JPEG, EvidenceFile.MAX_BYTES);
		byte[] over = Arrays.copyOf(JPEG, EvidenceFile.MAX_BYTES + 1);

		assertThat(EvidenceFile.of("a.jpg", atLimit).content()).hasSize(EvidenceFile.MAX_BYTES);
		assertThatThrownBy(() -> EvidenceFile.of("b.jpg", over)).isInstanceOf(EvidenceRefusedException.class);
	}

	private static Inspection inspection() {
		return Inspection.record(InspectionKind.UNANNOUNCED, TODAY, 1, INSPECTORS, "3号、5号窗口", TODAY, "sup", NOW);
	}

	private static Inspection.Finding found(Inspection inspection, Long staffId, Long postId, long id) {
		Inspection.Finding finding = inspection.find(staffId, postId, 2, IDLE, "工作时间玩手机游戏，群众等候", "sup", NOW);
		finding.assignId(id);
		return finding;
	}
}
