package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The public reads the catalogue from a copy in memory, which every node reads again once the catalogue's revision
 * moved (decision 0040): a second copy stands for another node of the same database.
 */
@IntegrationTest
class PublishedCatalogueIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	ItemVersions items;

	@Autowired
	Attachments attachments;

	@Autowired
	CatalogRevision revision;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anotherNodeServesAPublicationFromItsNextRequest() {
		CatalogUnit u = new CatalogUnit(organization, "县市场监督管理局");
		PublishedCatalogue otherNode = new PublishedCatalogue(items, attachments, revision);
		PublishedCatalogue.Copy before = otherNode.current();

		ServiceItem item = u.published(catalog, u.foodLicence("另一节点可见的事项", "node"));

		assertThat(before.versionsOf(item.id())).isEmpty();
		PublishedCatalogue.Copy after = otherNode.current();
		assertThat(after.revision()).isGreaterThan(before.revision());
		assertThat(after.inForce(item.id(), catalog.today())).map(ServiceItem::name).contains("另一节点可见的事项");
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
	}
}
