package org.xiaoneng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.testing.IntegrationTest;

/**
 * A sweep working a page of rows in one transaction (issue 20): the page commits together, and a page with a row that
 * throws is undone and worked again row by row, so that only that row is skipped. The page's audit entries go in
 * through the audit log's batch, in the order given.
 */
@IntegrationTest
class SweepPagesIntegrationTests {

	@Autowired
	Sweeps sweeps;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageWithARowThatThrowsIsWorkedAgainRowByRowAndOnlyThatRowIsSkipped() {
		String actor = "pages-" + UUID.randomUUID().toString().substring(0, 8);
		List<Long> rows = List.of(5L, 4L, 3L, 42L, 2L, 1L, 7L);

		SweepCount count = sweeps.pages("test.pages", rows, 3, id -> id, page -> {
			auditLog.recordAllAs(actor, page.stream().map(id -> AuditEntry.of("test", "paged", "row-" + id)).toList());
			if (page.contains(42L)) {
				throw new IllegalStateException("a row no rule expects");
			}
			return page.size();
		});

		assertThat(count).isEqualTo(new SweepCount(6, 1));
		assertThat(jdbc.sql("select object_id from audit.entry where actor = :actor order by seq")
			.param("actor", actor)
			.query(String.class)
			.list()).containsExactly("row-5", "row-4", "row-3", "row-2", "row-1", "row-7");
	}

	@Test
	void anEmptyBatchOfAuditEntriesRecordsNothing() {
		String actor = "pages-" + UUID.randomUUID().toString().substring(0, 8);

		SweepCount count = sweeps.pages("test.pages", List.of(1L), 10, id -> id, page -> {
			auditLog.recordAllAs(actor, List.of());
			return 0;
		});

		assertThat(count).isEqualTo(SweepCount.NONE);
		assertThat(jdbc.sql("select count(*) from audit.entry where actor = :actor").param("actor", actor)
			.query(Long.class)
			.single()).isZero();
	}
}
