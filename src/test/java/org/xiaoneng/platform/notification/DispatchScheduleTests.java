package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/**
 * As deployed, without SMS provider: dispatch rounds run on their own under a cluster-wide lock, SMS messages are
 * only recorded, and the module's pages are in the navigation. Scheduled work is on here, as it is deployed (the
 * shared test context runs none), so this class starts a context of its own.
 */
@IntegrationTest
@TestPropertySource(properties = "xiaoneng.scheduling.enabled=true")
class DispatchScheduleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmsGateway smsGateway;

	@Autowired
	List<MenuEntry> menu;

	@Test
	void dispatchRoundsRunOnTheirOwnUnderAClusterWideLock() {
		// The first round starts with the application; its ShedLock row shows it took the cluster-wide lock.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("select count(*) from shedlock where name = 'notification-dispatch'")
				.query(Long.class)
				.single()).isOne());
	}

	@Test
	void withoutAGatewayUrlSmsMessagesAreOnlyRecorded() {
		assertThat(smsGateway).isInstanceOf(RecordingSmsGateway.class);
	}

	@Test
	void theInboxIsInEveryonesMenuAndTheFailedListInTheAdministrators() {
		assertThat(menu).contains(new MenuEntry("nav.inbox", "/inbox", Set.of(), 10, WorkArea.HOME),
				new MenuEntry("nav.notifications.failed", "/notifications/failed", Set.of("ADMIN"), 90,
				WorkArea.SYSTEM));
	}
}
