package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.common.NodeSignals;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The public reads the catalogue from a copy in memory (decision 0040), which every node reads again once a
 * publication or withdrawal committed and signalled it (decision 0058): a second copy with its own listening connection
 * stands for another node of the same database.
 */
@IntegrationTest
class PublishedCatalogueIntegrationTests {

	private static final Duration DELIVERY = Duration.ofSeconds(20);

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	ItemVersions items;

	@Autowired
	Attachments attachments;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	NodeSignals otherSignals;

	PublishedCatalogue otherNode;

	@BeforeEach
	void anotherNode() {
		otherSignals = new NodeSignals(dataSource);
		otherNode = new PublishedCatalogue(items, attachments, otherSignals);
		List<Integer> before = listeners();
		otherSignals.start();
		await().atMost(DELIVERY).until(otherSignals::listening);
		assertThat(listeners()).hasSize(before.size() + 1);
	}

	@AfterEach
	void stopTheOtherNode() {
		otherSignals.stop();
	}

	@Test
	void anotherNodeServesAPublicationOnceItCommitted() {
		CatalogUnit u = new CatalogUnit(organization, "县市场监督管理局");
		PublishedCatalogue.Copy before = otherNode.current();
		assertThat(otherNode.current()).isSameAs(before);

		ServiceItem item = u.published(catalog, u.foodLicence("另一节点可见的事项", "node"));

		assertThat(before.versionsOf(item.id())).isEmpty();
		await().atMost(DELIVERY)
			.until(() -> otherNode.current().inForce(item.id(), catalog.today()).map(ServiceItem::name),
					name -> name.filter("另一节点可见的事项"::equals).isPresent());
		PublishedCatalogue.Copy after = otherNode.current();
		assertThat(otherNode.current()).isSameAs(after);
	}

	@Test
	void aPublicationRolledBackIsNeverServed() {
		CatalogUnit u = new CatalogUnit(organization, "县市场监督管理局");
		long[] id = new long[1];

		transactions.executeWithoutResult(status -> {
			id[0] = u.published(catalog, u.foodLicence("撤回的发布", "rollback")).id();
			// read inside the publishing transaction, as the publisher's next page would
			assertThat(catalog.current(id[0])).isPresent();
			status.setRollbackOnly();
		});

		assertThat(catalog.current(id[0])).isEmpty();
		assertThat(catalog.search(ItemSearch.all())).extracting(ServiceItem::id).doesNotContain(id[0]);
		assertThat(otherNode.current().versionsOf(id[0])).isEmpty();
	}

	@Test
	void aNodeThatLostItsListeningConnectionReadsTheDatabaseUntilItListensAgain() {
		PublishedCatalogue.Copy kept = otherNode.current();
		assertThat(otherNode.current()).isSameAs(kept);
		List<Integer> listening = listeners();

		// every node's listening connection is cut; this context's own listener comes back the same way
		listening.forEach(pid -> jdbc.sql("select pg_terminate_backend(:pid)").param("pid", pid).query(Boolean.class).single());

		// listening again only once every connection cut is replaced: the other node's too
		await().atMost(DELIVERY).until(() -> {
			List<Integer> now = listeners();
			return now.size() == listening.size() && now.stream().noneMatch(listening::contains)
					&& otherSignals.listening();
		});
		PublishedCatalogue.Copy readAgain = otherNode.current();
		assertThat(readAgain).isNotSameAs(kept);
		assertThat(otherNode.current()).isSameAs(readAgain);
	}

	private List<Integer> listeners() {
		return jdbc.sql("select pid from pg_stat_activity where application_name = :name order by pid")
			.param("name", NodeSignals.APPLICATION_NAME)
			.query(Integer.class)
			.list();
	}
}
