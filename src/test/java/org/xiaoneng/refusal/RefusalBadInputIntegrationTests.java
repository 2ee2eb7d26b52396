package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/** Bad input is refused with a clear message and changes nothing. */
@IntegrationTest
class RefusalBadInputIntegrationTests {

	@Autowired
	Refusals refusals;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationContext context;

	RefusalCases fixtures;

	@Autowired
	MutableClock clock;

	RefusalUnit unit;

	@BeforeEach
	void aUnitOfItsOwn() {
		clock.set(RefusalCases.MONDAY_MORNING);
		unit = new RefusalUnit(organization);
		fixtures = new RefusalCases(context);
	}

	@Test
	void aFilingWithoutReasonsIsRefusedAndTheCaseStaysAsItWas() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		NewRefusal filing = RefusalCases.filing(caseId);
		NewRefusal withoutReasons = new NewRefusal(caseId, null, filing.circumstances(), " ", filing.legalBasis(),
				filing.materialsConcerned(), "", false);

		assertThatThrownBy(() -> unit.as("a", () -> refusals.file(withoutReasons)))
			.isInstanceOf(FilingIncompleteException.class)
			.hasMessage("refusal.error.reasonsRequired");
		assertThat(unit.as("a", () -> refusals.ofCase(caseId))).isEmpty();
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.RECEIVED);
	}

	@Test
	void aFilingWithoutLegalBasisIsRefusedAndTheCaseStaysAsItWas() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		NewRefusal filing = RefusalCases.filing(caseId);
		NewRefusal withoutBasis = new NewRefusal(caseId, null, filing.circumstances(), filing.reasons(),
				List.of(new NewRefusal.Provision("", "")), filing.materialsConcerned(), "", false);

		assertThatThrownBy(() -> unit.as("a", () -> refusals.file(withoutBasis)))
			.isInstanceOf(FilingIncompleteException.class)
			.hasMessage("refusal.error.legalBasisRequired");
		assertThat(unit.as("a", () -> refusals.ofCase(caseId))).isEmpty();
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.RECEIVED);
	}

	@Test
	void aHandlerCannotApproveTheirOwnFilingBeyondTheirAuthority() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThatThrownBy(() -> unit.as("a", () -> refusals.decide(filed.id(), Decision.AGREED, "")))
			.isInstanceOf(OwnFilingDecisionException.class);
		assertThat(refusals.refusal(filed.id()).state()).isEqualTo(RefusalState.AWAITING_LEADER);
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.REFUSAL_PENDING);
	}

	@Test
	void someoneWithoutAuthorityCannotDecide() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThatThrownBy(() -> unit.as("h", () -> refusals.decide(filed.id(), Decision.AGREED, "")))
			.isInstanceOf(DecisionAuthorityMissingException.class);
		assertThatThrownBy(() -> unit.as("o", () -> refusals.decide(filed.id(), Decision.AGREED, "")))
			.isInstanceOf(RefusalNotFoundException.class);
		assertThat(refusals.refusal(filed.id()).decision()).isNull();
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.REFUSAL_PENDING);
	}

	@Test
	void aFilingIsDecidedOnlyOnce() {
		long caseId = fixtures.processingCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));
		unit.as("d", () -> refusals.decide(filed.id(), Decision.DISAGREED, "继续办理"));

		assertThatThrownBy(() -> unit.as("d", () -> refusals.decide(filed.id(), Decision.AGREED, "")))
			.isInstanceOf(RefusalAlreadyDecidedException.class);
		assertThat(refusals.refusal(filed.id()).decision()).isEqualTo(Decision.DISAGREED);
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.PROCESSING);
	}

	@Test
	void disagreeingNeedsAnInstruction() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThatThrownBy(() -> unit.as("d", () -> refusals.decide(filed.id(), Decision.DISAGREED, " ")))
			.isInstanceOf(InstructionRequiredException.class);
		assertThat(refusals.refusal(filed.id()).state()).isEqualTo(RefusalState.AWAITING_LEADER);
	}

	@Test
	void materialsAreNotReturnedToSomeoneWhoseIdDoesNotMatch() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThatThrownBy(() -> unit.as("a", () -> refusals.returnMaterials(refusal.id(),
				new NewMaterialReturn(List.of("住所使用证明"), "李四", "520102199001010034", SignatureKind.DRAWN,
						RefusalCases.PNG))))
			.isInstanceOf(IdentityMismatchException.class);
		assertThat(refusals.materialReturnOf(refusal.id())).isEmpty();
	}

	@Test
	void materialsAreReturnedOnlyOnce() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));
		NewMaterialReturn request = new NewMaterialReturn(List.of("住所使用证明"), "张三", RefusalCases.APPLICANT_ID,
				SignatureKind.DRAWN, RefusalCases.PNG);
		MaterialReturn first = unit.as("a", () -> refusals.returnMaterials(refusal.id(), request));

		assertThatThrownBy(() -> unit.as("a", () -> refusals.returnMaterials(refusal.id(), request)))
			.isInstanceOf(MaterialsAlreadyReturnedException.class);
		assertThat(refusals.materialReturnOf(refusal.id())).contains(first);
	}

	@Test
	void onlyMaterialsReceivedWithTheCaseAreReturned() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThatThrownBy(() -> unit.as("a", () -> refusals.returnMaterials(refusal.id(),
				new NewMaterialReturn(List.of("房产证原件"), "张三", RefusalCases.APPLICANT_ID, SignatureKind.DRAWN,
						RefusalCases.PNG))))
			.isInstanceOf(MaterialReturnIncompleteException.class)
			.hasMessage("refusal.error.materialNotReceived");
		assertThat(refusals.materialReturnOf(refusal.id())).isEmpty();
	}

	@Test
	void aReturnWithoutSignatureIsRefused() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThatThrownBy(() -> unit.as("a", () -> refusals.returnMaterials(refusal.id(),
				new NewMaterialReturn(List.of("住所使用证明"), "张三", RefusalCases.APPLICANT_ID, SignatureKind.DRAWN,
						new byte[] { 1, 2, 3 }))))
			.isInstanceOf(MaterialReturnIncompleteException.class)
			.hasMessage("refusal.error.signatureRequired");
		assertThat(refusals.materialReturnOf(refusal.id())).isEmpty();
	}
}
