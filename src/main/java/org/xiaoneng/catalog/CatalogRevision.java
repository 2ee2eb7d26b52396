package org.xiaoneng.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The revision of the published catalogue, one row every node shares (decision 0040): a publication or a withdrawal
 * moves it in its transaction, so that it commits with the change; a node learns of the change from it on its next
 * read of the catalogue. Numbers come from a sequence and never return, also after a rollback.
 */
@Repository
class CatalogRevision {

	private final JdbcClient jdbc;

	CatalogRevision(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long current() {
		return jdbc.sql("select number from catalog.revision").query(Long.class).single();
	}

	/** The published catalogue changed: every node reads it again on its next request. */
	void advance() {
		jdbc.sql("update catalog.revision set number = nextval('catalog.revision_number')").update();
	}
}
