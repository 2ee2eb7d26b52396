package org.xiaoneng.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.casework.CaseReceived;
import org.xiaoneng.organization.StaffJoined;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Decision 0054: a delivery the registry still held for a listener that has become a {@link ProjectionListener} is
 * delivered at start to the method under the same id, with its completion, and nothing else is.
 */
@IntegrationTest
class ProjectionCatchUpIntegrationTests {

	private static final String FIGURES = "org.xiaoneng.supervision.cockpit.FigureListeners";

	@Autowired
	ProjectionCatchUp catchUp;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	// a case and a unit no one else has: the cockpit's rows of this test are its own, and removed after it
	private final long caseId = -ThreadLocalRandom.current().nextLong(1, 1L << 40);

	private final long unitId = caseId;

	@AfterEach
	void removeTheRowsOfThisTest() {
		jdbc.sql("delete from supervision.cockpit_case where case_id = :id").param("id", caseId).update();
		jdbc.sql("delete from supervision.daily_figure where unit_id = :unit").param("unit", unitId).update();
		jdbc.sql("delete from event_publication where serialized_event::jsonb ->> 'caseId' = :id")
			.param("id", Long.toString(caseId))
			.update();
	}

	@Test
	void aDeliveryLeftForAProjectionIsDeliveredWithItsCompletion() throws Exception {
		CaseReceived received = new CaseReceived(caseId, unitId, 1, LocalDate.of(2026, 12, 7));
		PublicationTargetIdentifier listener = ListenerTransactions
			.identifierOf(Class.forName(FIGURES).getDeclaredMethod("on", CaseReceived.class));
		List<TargetEventPublication> left = transactions
			.execute(status -> List.copyOf(registry.store(received, Stream.of(listener))));

		assertThat(catchUp.deliver(left)).isEqualTo(1);

		assertThat(jdbc.sql("select received_on from supervision.cockpit_case where case_id = :id")
			.param("id", caseId)
			.query(LocalDate.class)
			.single()).isEqualTo(received.receivedOn());
		assertThat(jdbc.sql("""
				select count(*) from event_publication
				where serialized_event::jsonb ->> 'caseId' = :id and completion_date is not null""")
			.param("id", Long.toString(caseId))
			.query(Long.class)
			.single()).as("the delivery is recorded as completed").isEqualTo(1);
	}

	@Test
	void theProjectionMethodIsFoundByItsIdAndNoOtherIs() throws Exception {
		Method figures = Class.forName(FIGURES).getDeclaredMethod("on", CaseReceived.class);
		Method badges = Class.forName("org.xiaoneng.badge.BadgeDuties").getDeclaredMethod("on", StaffJoined.class);

		assertThat(ProjectionCatchUp.projectionMethod(ListenerTransactions.identifierOf(figures))).contains(figures);
		assertThat(ProjectionCatchUp.projectionMethod(ListenerTransactions.identifierOf(badges)))
			.as("a listener after the commit is Spring Modulith's to deliver")
			.isEmpty();
		assertThat(ProjectionCatchUp.projectionMethod(PublicationTargetIdentifier.of("org.xiaoneng.Gone.on(java.lang.Object)")))
			.as("a listener that no longer exists")
			.isEmpty();
	}
}
