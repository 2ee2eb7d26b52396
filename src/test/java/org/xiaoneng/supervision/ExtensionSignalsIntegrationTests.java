package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.xiaoneng.supervision.SupervisedUnit.march;
import static org.xiaoneng.supervision.SupervisedUnit.marchDay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.casework.CaseExtension;
import org.xiaoneng.casework.CaseRuleException;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.ExtensionDecision;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * 行政许可法 第四十二条 and 领导不压不拖 as supervision sees them: an extension asked after the deadline is refused and
 * raises EXTENSION_AFTER_DEADLINE; a leader's decision not taken by its last day is flagged on their list and raises
 * EXTENSION_DECISION_OVERDUE; and no leader approves an extension once the deadline has passed.
 */
@IntegrationTest
class ExtensionSignalsIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(march(2, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void anExtensionAskedAfterTheDeadlineIsRefusedChangesNothingAndRaisesItsCardAllTheSame() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = u.acceptedCase(cases);
		clock.set(march(10, 9));

		assertThatThrownBy(() -> u.as("a", "ROLE_HANDLER", () -> cases.requestExtension(kase, 2, "来不及")))
			.isInstanceOf(CaseRuleException.class)
			.hasMessage("casework.extension.afterDeadline");

		assertThat(jdbc.sql("select count(*) from casework.case_extension where case_id = :id").param("id", kase)
			.query(Long.class).single()).isZero();
		assertThat(cases.caseFile(kase).deadline()).isEqualTo(marchDay(9));
		assertThat(jdbc.sql("select action from casework.case_history where case_id = :id").param("id", kase)
			.query(String.class).list()).contains("extension-asked-late");
		await().atMost(Duration.ofSeconds(120)).until(() -> cards(kase, Rule.EXTENSION_AFTER_DEADLINE).size() == 1);
		assertThat(cards(kase, Rule.EXTENSION_AFTER_DEADLINE)).containsExactly(u.handler.id());
	}

	@Test
	void aLeadersExtensionDecisionNotTakenByItsLastDayIsFlaggedRaisesItsCardAndCannotBeAnApprovalAfterTheDeadline() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = u.acceptedCase(cases);
		clock.set(march(4, 9));
		CaseExtension asked = u.as("a", "ROLE_HANDLER", () -> cases.requestExtension(kase, 2, "需现场核查"));
		assertThat(asked.decisionDue()).as("two working days, and not after the case's deadline").isEqualTo(marchDay(6));

		clock.set(march(9, 9));
		assertThat(cases.reportOverdueExtensionDecisions().done()).isEqualTo(1);
		assertThat(cases.reportOverdueExtensionDecisions().done()).as("reported once").isZero();
		assertThat(u.as("d", "ROLE_LEADER", () -> cases.extensionsAwaitingMe()))
			.filteredOn(e -> e.id() == asked.id())
			.singleElement()
			.satisfies(e -> assertThat(e.decisionOverdue()).isTrue());
		await().atMost(Duration.ofSeconds(120)).until(() -> cards(kase, Rule.EXTENSION_DECISION_OVERDUE).size() == 1);
		assertThat(cards(kase, Rule.EXTENSION_DECISION_OVERDUE)).containsExactly(u.deputy.id());

		clock.set(march(10, 9));
		assertThatThrownBy(() -> u.as("d", "ROLE_LEADER",
				() -> cases.decideExtension(asked.id(), ExtensionDecision.APPROVED, "同意")))
			.hasMessage("casework.extension.approvalAfterDeadline");
		assertThat(cases.caseFile(kase).deadline()).isEqualTo(marchDay(9));
		assertThat(u.as("d", "ROLE_LEADER",
				() -> cases.decideExtension(asked.id(), ExtensionDecision.REJECTED, "已超期")).decision())
			.isEqualTo(ExtensionDecision.REJECTED);
	}

	private List<Long> cards(long caseId, Rule rule) {
		return jdbc.sql("""
				select holder_staff_id from supervision.card
				where object_type = 'CASE' and object_id = :id and rule_code = :rule order by id""")
			.param("id", caseId)
			.param("rule", rule.code())
			.query(Long.class)
			.list();
	}
}
