package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.inquiry.InquiryOverdue;
import org.xiaoneng.organization.Organization;

/**
 * The supervision module's main story with the modules it watches and reads, but none that listens to it, and the web
 * shell for the message bundles its notices are written from: an inquiry passed its deadline, and supervision's rule
 * raises a yellow card ({@link CardIssued}) to its handler, who finds it among their own cards once the listener has
 * committed it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
class SupervisionModuleTests {

	@Autowired
	Supervision supervision;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Test
	void anOverdueInquiryIssuesAYellowCardToItsHandler(Scenario scenario) {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long inquiry = ThreadLocalRandom.current().nextLong(1L << 40);
		LocalDate deadline = LocalDate.of(2026, 3, 6);

		scenario.publish(new InquiryOverdue(new InquiryId(inquiry), u.unit.id(), u.registration.id(), u.handler.id(),
				deadline))
			.andWaitForStateChange(() -> handlersCardAbout(u, inquiry), Optional::isPresent)
			.andExpect(CardIssued.class)
			.matching(issued -> issued.objectType() == ObjectType.INQUIRY && issued.objectId() == inquiry)
			.toArriveAndVerify(issued -> {
				assertThat(issued.ruleCode()).isEqualTo(Rule.INQUIRY_OVERDUE.code());
				assertThat(issued.colour()).isEqualTo(CardColour.YELLOW);
				assertThat(issued.holderStaffId()).isEqualTo(u.handler.id());
				CardView card = handlersCardAbout(u, inquiry).orElseThrow();
				assertThat(card.id()).isEqualTo(issued.cardId());
				assertThat(card.state()).isEqualTo(CardState.ISSUED);
				assertThat(card.feedbackDue()).isEqualTo(issued.feedbackDue());
			});
	}

	/** The card about the inquiry among the handler's own, once the listener's transaction has committed it. */
	private Optional<CardView> handlersCardAbout(SupervisedUnit u, long inquiry) {
		return u.as("a", "ROLE_HANDLER", () -> supervision.cards(CardFilter.MINE, CardOrder.RAISED, null, 50)).rows()
			.stream()
			.filter(card -> card.objectType() == ObjectType.INQUIRY && card.objectId() == inquiry)
			.findFirst();
	}
}
