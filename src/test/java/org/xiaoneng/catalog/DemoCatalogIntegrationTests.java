package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.testing.IntegrationTest;

/** The demo catalog: at least 20 published items across the three demo units, each unit's commitment, built once. */
@IntegrationTest
class DemoCatalogIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Documents documents;

	@Test
	void theDemoUnitsGetAtLeastTwentyPublishedItemsWithTheirMaterialsAndACommitmentEach() {
		DemoCatalog demo = new DemoCatalog(catalog, organization, documents);
		Map<String, CatalogUnit> units = CatalogUnit.layouts()
			.stream()
			.collect(Collectors.toMap(layout -> layout, layout -> new CatalogUnit(organization, layout)));

		int built = units.entrySet().stream().mapToInt(e -> demo.buildUnit(e.getValue().unit.id(), e.getKey())).sum();
		int again = units.entrySet().stream().mapToInt(e -> demo.buildUnit(e.getValue().unit.id(), e.getKey())).sum();

		assertThat(built).isGreaterThanOrEqualTo(20);
		assertThat(again).isZero();
		units.values().forEach(u -> {
			assertThat(catalog.inForceOfUnit(new UnitId(u.unit.id()))).isNotEmpty().allSatisfy(item -> {
				assertThat(item.materials()).isNotEmpty();
				assertThat(item.legalBasis()).isNotEmpty();
				assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
			});
			assertThat(catalog.commitment(new UnitId(u.unit.id()))).isPresent();
		});
		CatalogUnit market = units.get("县市场监督管理局");
		ServiceItem food = catalog.inForceOfUnit(new UnitId(market.unit.id()))
			.stream()
			.filter(item -> item.name().equals("食品经营许可"))
			.findFirst()
			.orElseThrow();
		assertThat(food.statutoryLimit().number()).isEqualTo(20);
		assertThat(food.promisedLimit().number()).isLessThanOrEqualTo(13);
		assertThat(food.materials().get(0).hasBlankForm()).isTrue();
		assertThat(food.materials().get(0).hasSample()).isTrue();
		ServiceItem planning = catalog.inForceOfUnit(new UnitId(units.get("县自然资源局").unit.id()))
			.stream()
			.filter(item -> item.name().equals("建设用地规划许可"))
			.findFirst()
			.orElseThrow();
		assertThat(planning.specialProcedures()).extracting(SpecialProcedure::name).containsExactly("专家评审");
		assertThat(catalog.unitCatalog(new UnitId(market.unit.id())).averageReductionPercent()).isPositive();
	}
}
