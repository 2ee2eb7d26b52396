package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.organization.Organization;

/**
 * The catalog module with the modules it uses (organization and the platform), without casework or any module that
 * listens: its main story, a reviewed version published, announced, and read by the public portal.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class CatalogModuleTests {

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Test
	void publishingAReviewedVersionAnnouncesItAndThePortalReadsIt(Scenario scenario) {
		CatalogUnit unit = new CatalogUnit(organization, "县市场监督管理局");
		ServiceItem draft = unit.as("handler", () -> catalog.createDraft(unit.foodLicence("食品经营许可（模块）", "m")));
		unit.as("handler", () -> catalog.submitForReview(draft.id(), 1));

		scenario.stimulate(() -> unit.as("head", () -> catalog.publish(draft.id(), 1, null)))
			.andWaitForEventOfType(ServiceItemPublished.class)
			.matching(published -> published.itemId() == draft.id())
			.toArriveAndVerify(published -> {
				assertThat(published).isEqualTo(
						new ServiceItemPublished(draft.id(), 1, unit.unit.id(), catalog.today()));
				assertThat(catalog.search(new ItemSearch("食品经营许可（模块）", unit.unit.id(), null, null, null, null)))
					.extracting(ServiceItem::id)
					.containsExactly(draft.id());
				assertThat(catalog.version(draft.id(), 1).status()).isEqualTo(ItemStatus.PUBLISHED);
			});
	}
}
