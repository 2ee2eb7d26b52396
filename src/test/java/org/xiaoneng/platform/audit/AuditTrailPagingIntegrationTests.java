package org.xiaoneng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The trail pages by keyset, newest first: each page starts after the last entry of the one before, entries of one
 * instant follow their sequence (the latest first), and "previous" leads back to the same page.
 */
@IntegrationTest
class AuditTrailPagingIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditEntries entries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTrailPagesByCursorNewestFirstWithEveryEntryOnce() {
		String object = "paging-" + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			log.record(new AuditEntry("platform", "paging.checked", object, null, "n=" + i));
		}
		AuditFilter ofObject = new AuditFilter(null, null, null, null, null, object);

		AuditPage first = entries.search(ofObject, null, 2);
		AuditPage second = entries.search(ofObject, first.next(), 2);
		AuditPage third = entries.search(ofObject, second.next(), 2);
		AuditPage back = entries.search(ofObject, second.previous(), 2);

		List<Long> newestFirst = jdbc.sql("select seq from audit.entry where object_id = :object"
				+ " order by occurred_at desc, seq desc")
			.param("object", object)
			.query(Long.class)
			.list();
		// a page counts only what it shows: "more than 2" here, the exact 5 only where one page holds them all
		assertThat(first).extracting(AuditPage::total, AuditPage::totalExact).containsExactly(2L, false);
		assertThat(entries.search(ofObject, null, 5)).extracting(AuditPage::total, AuditPage::totalExact)
			.containsExactly(5L, true);
		assertThat(first.previous()).isNull();
		assertThat(Stream.of(first, second, third).flatMap(page -> page.entries().stream()).map(RecordedEntry::seq))
			.containsExactlyElementsOf(newestFirst);
		assertThat(third.next()).as("the last page").isNull();
		assertThat(back.entries()).extracting(RecordedEntry::seq)
			.containsExactlyElementsOf(first.entries().stream().map(RecordedEntry::seq).toList());
	}
}
