package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;

/**
 * The disclosure module's main story with only the modules it needs (organisation, calendar and the platform): an
 * editor's item, cleared by a second editor, is published ({@link DisclosureItemPublished}) and the public finds it
 * on the portal by a search in Chinese.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class DisclosureModuleTests {

	@Autowired
	Disclosure disclosure;

	@Autowired
	DisclosurePortal portal;

	@Autowired
	Organization organization;

	@Test
	void aReviewedItemIsPublishedAnnouncedAndFoundOnThePortal(Scenario scenario) {
		DisclosureUnit unit = new DisclosureUnit(organization);
		String title = unit.tag + " 临时救助发放情况";
		DisclosureItemId id = unit.as("e", () -> disclosure
			.draft(new ItemDraft(Category.RELIEF_AND_SUBSIDIES, Cadence.YEARLY, title, "本月发放临时救助12户。", null, null)))
			.id();
		unit.as("e", () -> disclosure.submitForReview(id));
		unit.as("r", () -> disclosure.clear(id));

		scenario.stimulate(() -> unit.as("e", () -> disclosure.publish(id)))
			.andWaitForEventOfType(DisclosureItemPublished.class)
			.matching(published -> published.itemId().equals(id))
			.toArriveAndVerify((published, item) -> {
				assertThat(published.unitId()).isEqualTo(new UnitId(unit.unit.id()));
				assertThat(published.category()).isEqualTo(Category.RELIEF_AND_SUBSIDIES);
				assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
				assertThat(portal.find("临时救助 " + unit.tag, null, null)).extracting(PublicItem::title)
					.containsExactly(title);
			});
	}
}
