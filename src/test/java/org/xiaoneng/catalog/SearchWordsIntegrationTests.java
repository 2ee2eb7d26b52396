package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The portal search finds the demo county's items by the words people use (issue 21): the synonyms that come with
 * the catalog, the items' keywords, other names and life events, and what the editor adds, audited.
 */
@IntegrationTest
class SearchWordsIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWordsPeopleUseFindTheDemoItems() {
		long market = demoUnit("县市场监督管理局");
		long estate = demoUnit("县自然资源局");
		long labour = demoUnit("县人力资源和社会保障局");

		assertThat(names("营业执照", market)).startsWith("个体工商户设立登记", "有限责任公司设立登记")
			.contains("食品经营许可");
		assertThat(names("开饭店", market)).containsExactly("个体工商户设立登记", "食品经营许可");
		assertThat(names("小吃", market)).containsExactly("食品经营许可");
		assertThat(names("开办企业", market)).contains("有限责任公司设立登记", "食品经营许可");
		assertThat(names("过户", estate)).containsExactly("不动产转移登记（存量房买卖）");
		assertThat(names("房产证", estate)).contains("不动产抵押登记", "不动产转移登记（存量房买卖）");
		assertThat(names("失业金", labour)).containsExactly("失业保险金申领");
		assertThat(names("社保卡", labour)).startsWith("社会保障卡补办");
		assertThat(names("驾驶证", market)).isEmpty();
	}

	@Test
	void theEditorKeepsSynonymsAndADrafterTheItemsWordsAllAudited() {
		CatalogUnit u = new CatalogUnit(organization, "县市场监督管理局");
		ServiceItem item = u.published(catalog, u.foodLicence("词表事项" + u.tag, "w"));
		String word = "词" + u.tag;

		assertThatThrownBy(() -> u.run("head", () -> catalog.addSynonym(word, "词表事项")))
			.isInstanceOf(CatalogAuthorityMissingException.class);
		assertThatThrownBy(() -> CatalogUnit.asAdmin(() -> {
			catalog.addSynonym("两个 词", "词表事项");
			return null;
		})).isInstanceOf(ItemElementInvalidException.class);
		assertThat(names(word, u.unit.id())).isEmpty();

		CatalogUnit.asAdmin(() -> {
			catalog.addSynonym(word, "词表事项");
			return null;
		});
		assertThat(names(word, u.unit.id())).containsExactly(item.name());
		assertThat(audited("synonym.added", word)).isEqualTo(1);

		u.run("handler", () -> catalog.addSearchTerm(item.id(), TermKind.ALIAS, "别称" + u.tag));
		assertThat(names("别称" + u.tag, u.unit.id())).containsExactly(item.name());
		ItemTerm term = catalog.searchTerms(item.id()).get(0);
		assertThat(audited("item.term.added", String.valueOf(item.id()))).isEqualTo(1);
		CatalogUnit other = new CatalogUnit(organization, "县市场监督管理局");
		assertThatThrownBy(() -> other.run("handler", () -> catalog.removeSearchTerm(item.id(), term.id())))
			.isInstanceOf(CatalogRecordNotFoundException.class);
		u.run("handler", () -> catalog.removeSearchTerm(item.id(), term.id()));
		assertThat(names("别称" + u.tag, u.unit.id())).isEmpty();

		Synonym added = catalog.synonyms().stream().filter(s -> s.word().equals(word)).findFirst().orElseThrow();
		CatalogUnit.asAdmin(() -> {
			catalog.removeSynonym(added.id());
			return null;
		});
		assertThat(names(word, u.unit.id())).isEmpty();
		assertThat(audited("synonym.removed", word)).isEqualTo(1);
	}

	private long demoUnit(String layout) {
		CatalogUnit u = new CatalogUnit(organization, layout);
		new DemoCatalog(catalog, organization, documents).buildUnit(u.unit.id(), layout);
		return u.unit.id();
	}

	private List<String> names(String keyword, long unitId) {
		return catalog.search(new ItemSearch(keyword, unitId, null, null, null, null))
			.stream()
			.map(ServiceItem::name)
			.toList();
	}

	private int audited(String action, String objectId) {
		return jdbc.sql("select count(*) from audit.entry where module = 'catalog' and action = :action and object_id = :id")
			.param("action", action)
			.param("id", objectId)
			.query(Integer.class)
			.single();
	}
}
