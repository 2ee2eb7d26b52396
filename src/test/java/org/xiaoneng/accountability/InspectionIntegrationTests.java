package org.xiaoneng.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.accountability.AccountableUnit.asSupervisor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffStatus;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * 明察暗访 with the database: a finding opens one accountability case about the person, evidence that is not a photo
 * or PDF or is too large is refused and nothing is kept, the person's signature or refusal is recorded once, and a
 * finding citing a rule the unit's list does not have is refused.
 */
@IntegrationTest
class InspectionIntegrationTests {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I',
			'F' };

	@Autowired
	Inspections inspections;

	@Autowired
	Accountability accountability;

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aFindingOpensOneAccountabilityCaseAboutThePersonHoweverOftenItIsAsked() {
		AccountableUnit u = new AccountableUnit(organization);
		InspectionView.FindingView finding = finding(u, "工作时间玩手机游戏，群众排队等候约十分钟");

		long opened = asSupervisor(() -> inspections.openCase(finding.id()));
		long again = asSupervisor(() -> inspections.openCase(finding.id()));

		assertThat(again).isEqualTo(opened);
		CaseView kase = asSupervisor(() -> accountability.kase(opened));
		assertThat(kase.row().source()).isEqualTo(CaseSource.INSPECTION);
		assertThat(kase.row().subjectName()).isEqualTo(u.handler.name());
		assertThat(kase.row().failureType()).isEqualTo(FailureType.CONDUCT_RULE_BROKEN);
		assertThat(kase.facts()).isEqualTo("工作时间玩手机游戏，群众排队等候约十分钟");
		assertThat(jdbc.sql("select count(*) from accountability.accountability_case where source = 'INSPECTION' "
				+ "and source_id = :finding")
			.param("finding", finding.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(asSupervisor(() -> inspections.inspection(inspectionOf(finding))).findings().get(0).caseId())
			.isEqualTo(opened);
	}

	@Test
	void evidenceIsKeptAsAPhotoOrPdfAndRefusedWhenItIsNeitherOrTooLarge() {
		AccountableUnit u = new AccountableUnit(organization);
		InspectionView.FindingView finding = finding(u, "窗口无人值守");

		InspectionView kept = asSupervisor(() -> inspections.attach(finding.id(), "窗口.png", JPEG));
		EvidenceItem item = kept.findings().get(0).evidence().get(0);
		assertThat(item.contentType()).isEqualTo("image/jpeg");
		assertThat(asSupervisor(() -> inspections.evidence(item.id())).content()).isEqualTo(JPEG);

		byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes();
		assertThatThrownBy(() -> asSupervisor(() -> inspections.attach(finding.id(), "photo.jpg", script)))
			.isInstanceOf(EvidenceRefusedException.class);
		byte[] huge = Arrays.copyOf(JPEG, EvidenceFile.MAX_BYTES + 1);
		assertThatThrownBy(() -> asSupervisor(() -> inspections.attach(finding.id(), "big.jpg", huge)))
			.isInstanceOf(EvidenceRefusedException.class);
		assertThat(evidenceCount(finding.id())).isEqualTo(1);
	}

	@Test
	void thePersonsAcknowledgementAndAnothersRefusalAreRecordedAsSuchAndNeitherTwice() {
		AccountableUnit u = new AccountableUnit(organization);
		InspectionView.FindingView signed = finding(u, "未佩戴工作牌");
		InspectionView.FindingView refused = asSupervisor(
				() -> inspections.find(inspectionOf(signed), u.colleague.id(), null, "SBZ-5", "向群众索要香烟"))
			.findings()
			.get(1);

		asSupervisor(() -> inspections.sign(signed.id(), Acknowledgement.ACKNOWLEDGED, null));
		InspectionView after = asSupervisor(
				() -> inspections.sign(refused.id(), Acknowledgement.REFUSED, "当场拒绝签字，检查人员李干事见证"));

		assertThat(after.findings().get(0).acknowledgement()).isEqualTo(Acknowledgement.ACKNOWLEDGED);
		assertThat(after.findings().get(1).acknowledgement()).isEqualTo(Acknowledgement.REFUSED);
		assertThat(after.findings().get(1).signatureNote()).isEqualTo("当场拒绝签字，检查人员李干事见证");
		assertThatThrownBy(() -> asSupervisor(() -> inspections.sign(signed.id(), Acknowledgement.REFUSED, "改口拒签")))
			.isInstanceOf(FindingAlreadySignedException.class);
		assertThat(jdbc.sql("select signature from accountability.inspection_finding where id = :id")
			.param("id", signed.id())
			.query(String.class)
			.single()).isEqualTo("ACKNOWLEDGED");
	}

	@Test
	void aFindingCitingARuleTheUnitsListDoesNotHaveIsRefusedAndNothingIsRecorded() {
		AccountableUnit u = new AccountableUnit(organization);
		long inspection = inspection(u);

		assertThatThrownBy(() -> asSupervisor(
				() -> inspections.find(inspection, u.handler.id(), null, "SBZ-99", "不存在的条目")))
			.isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("conduct.error.ruleUnknown");
		assertThat(asSupervisor(() -> inspections.inspection(inspection)).findings()).isEmpty();
	}

	@Test
	void inspectorsAreStaffNamedOnTheInspectionAndOneWhoHasLeftIsRefusedByName() {
		AccountableUnit u = new AccountableUnit(organization);
		long inspection = inspection(u);

		InspectionView view = asSupervisor(() -> inspections.inspection(inspection));
		assertThat(view.inspectorIds()).containsExactly(new StaffId(u.principal.id()), new StaffId(u.deputy.id()));
		assertThat(view.inspectors()).isEqualTo(u.principal.name() + "、" + u.deputy.name());

		AccountableUnit.asAdmin(() -> organization.leave(new StaffId(u.colleague.id()), StaffStatus.RETIRED));
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		assertThatThrownBy(() -> asSupervisor(() -> inspections.record(InspectionKind.PLANNED, today, u.unit.id(),
				List.of(new StaffId(u.colleague.id())), "窗口" + u.tag)))
			.isInstanceOf(InspectorLeftException.class)
			.extracting(e -> ((RuleViolationException) e).arguments())
			.isEqualTo(new Object[] { u.colleague.name() });
		assertThat(jdbc.sql("select count(*) from accountability.inspection where visited = :visited")
			.param("visited", "窗口" + u.tag)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void onlySupervisorsRecordOrReadInspections() {
		AccountableUnit u = new AccountableUnit(organization);
		InspectionView.FindingView finding = finding(u, "窗口推诿");

		assertThatThrownBy(() -> u.as("h", "DEPT_HEAD", () -> inspections.inspection(inspectionOf(finding))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> u.as("p", "LEADER", () -> inspections.openCase(finding.id())))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long inspection(AccountableUnit u) {
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		return asSupervisor(() -> inspections.record(InspectionKind.UNANNOUNCED, today, u.unit.id(),
				List.of(new StaffId(u.principal.id()), new StaffId(u.deputy.id())), "登记注册科3号窗口"))
			.id();
	}

	private InspectionView.FindingView finding(AccountableUnit u, String description) {
		long inspection = inspection(u);
		return asSupervisor(() -> inspections.find(inspection, u.handler.id(), null, "SBZ-6", description))
			.findings()
			.get(0);
	}

	private long inspectionOf(InspectionView.FindingView finding) {
		return jdbc.sql("select inspection_id from accountability.inspection_finding where id = :id")
			.param("id", finding.id())
			.query(Long.class)
			.single();
	}

	private int evidenceCount(long findingId) {
		return jdbc.sql("select count(*) from accountability.inspection_evidence where finding_id = :id")
			.param("id", findingId)
			.query(Integer.class)
			.single();
	}
}
