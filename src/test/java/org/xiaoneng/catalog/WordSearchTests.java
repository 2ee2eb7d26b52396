package org.xiaoneng.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** The public search by the words people use, without Spring: where a word is found ranks the item. */
class WordSearchTests {

	private static final List<Synonym> SYNONYMS = List.of(new Synonym(1, "营业执照", "设立登记"),
			new Synonym(2, "开饭店", "食品经营许可"), new Synonym(3, "开饭店", "个体工商户设立登记"),
			new Synonym(4, "社保卡", "社会保障卡"));

	private static final ServiceItem FOOD = item(1, "食品经营许可", "营业执照复印件");

	private static final ServiceItem SOLE_TRADER = item(2, "个体工商户设立登记", "经营者身份证明");

	private static final ServiceItem CARD = item(3, "社会保障卡补办", "居民身份证");

	private static final ServiceItem PHARMACY = item(4, "药品零售企业许可", "营业执照复印件");

	private static final Map<Long, List<ItemTerm>> TERMS = Map.of(1L,
			List.of(new ItemTerm(1, 1, TermKind.LIFE_EVENT, "开餐饮店"), new ItemTerm(2, 1, TermKind.KEYWORD, "小吃")),
			2L, List.of(new ItemTerm(3, 2, TermKind.KEYWORD, "个体户")));

	@Test
	void businessLicenceFindsTheRegistrationFirstAndTheItemsAskingForOneAfter() {
		assertThat(found("营业执照")).containsExactly("个体工商户设立登记", "药品零售企业许可", "食品经营许可");
	}

	@Test
	void openingARestaurantFindsTheFoodLicenceAndTheRegistrationAlsoInASentence() {
		assertThat(found("开饭店")).containsExactly("个体工商户设立登记", "食品经营许可");
		assertThat(found("我想开饭店")).containsExactly("个体工商户设立登记", "食品经营许可");
	}

	@Test
	void keywordsAndLifeEventsFindTheirItem() {
		assertThat(found("个体户")).containsExactly("个体工商户设立登记");
		assertThat(found("小吃")).containsExactly("食品经营许可");
		assertThat(found("开餐饮店")).containsExactly("食品经营许可");
		assertThat(found("社保卡")).containsExactly("社会保障卡补办");
	}

	@Test
	void everyWordOfTheQueryMustBeFoundAndTheNameRanksFirst() {
		assertThat(found("食品 小吃")).containsExactly("食品经营许可");
		assertThat(found("食品 房屋")).isEmpty();
		assertThat(found("驾驶证")).isEmpty();
		WordSearch search = WordSearch.of("食品经营许可", SYNONYMS);
		assertThat(search.rank(FOOD, List.of())).isEqualTo(OptionalInt.of(0));
		assertThat(WordSearch.of("  ", SYNONYMS).isEmpty()).isTrue();
	}

	private static List<String> found(String keyword) {
		WordSearch search = WordSearch.of(keyword, SYNONYMS);
		record Ranked(String name, int rank) {
		}
		return List.of(FOOD, SOLE_TRADER, CARD, PHARMACY)
			.stream()
			.map(item -> new Ranked(item.name(), search.rank(item, TERMS.getOrDefault(item.id(), List.of())).orElse(-1)))
			.filter(r -> r.rank() >= 0)
			.sorted(java.util.Comparator.comparingInt(Ranked::rank).thenComparing(Ranked::name))
			.map(Ranked::name)
			.toList();
	}

	private static ServiceItem item(long id, String name, String material) {
		return new ServiceItem(id, 1, name, "b" + id, "i" + id, ItemType.ADMINISTRATIVE_LICENSE, 1, 11, List.of(),
				List.of(), "", null, null, CaseKind.PROMISED, List.of(), List.of(),
				List.of(new Material(1, material, "", 1, 0, "A4", true, "", false, "", false, false)), List.of(), "", "",
				"", "", 1, false, null, 0, "", "", List.of(), ItemStatus.PUBLISHED, null);
	}
}
