package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.supervision.SupervisedUnit.march;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;
import org.xiaoneng.testing.Workbooks;

/**
 * The supervision pages and API as people use them: the holder's list and card with its forms, bad input answered
 * with a message in the user's language and nothing changed, the supervisor's rules page.
 */
@IntegrationTest
class SupervisionPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeadlineWatch deadlines;

	@Autowired
	Cases cases;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(march(2, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void theHolderSeesTheCardWithItsFormsAndAnswersIt() throws Exception {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long card = yellowCard(u);

		mvc.perform(get("/supervision/cards/mine").with(user(u.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("办件今日到期黄牌")));
		mvc.perform(get("/supervision/cards/" + card).with(user(u.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"feedback-form\"")))
			.andExpect(content().string(Matchers.containsString("id=\"appeal-form\"")));

		mvc.perform(post("/supervision/cards/" + card + "/feedback").param("report", "已办结")
			.with(user(u.username("a")).roles("HANDLER"))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(0));
		assertThat(state(card)).isEqualTo("ANSWERED");
	}

	@Test
	void feedbackBySomeoneElseIsRefusedWithAMessageAndChangesNothing() throws Exception {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long card = yellowCard(u);

		mvc.perform(post("/supervision/cards/" + card + "/feedback").param("report", "代写")
			.with(user(u.username("h")).roles("DEPT_HEAD"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "supervision.error.notHolder"));
		mvc.perform(post("/api/v1/supervision/cards/" + card + "/feedback").contentType(MediaType.APPLICATION_JSON)
			.content("{\"report\":\"代写\"}")
			.header("Accept-Language", "en")
			.with(user(u.username("h")).roles("DEPT_HEAD"))
			.with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("Only the card's holder may write its rectification report or appeal it."));
		assertThat(state(card)).isEqualTo("ISSUED");
	}

	@Test
	void pressingWithoutAnInstructionIsRefusedAndAThresholdOutOfRangeToo() throws Exception {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long card = yellowCard(u);

		mvc.perform(post("/api/v1/supervision/cards/" + card + "/presses").contentType(MediaType.APPLICATION_JSON)
			.content("{\"instruction\":\" \",\"dueOn\":\"2026-03-12\"}")
			.with(user("supervision-pages-supervisor").roles("SUPERVISOR"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("督办必须有书面督办要求")));
		mvc.perform(post("/supervision/rules").param("unitId", String.valueOf(u.unit.id()))
			.param("rule", "CASE_DEADLINE_NEAR")
			.param("enabled", "true")
			.param("threshold", "120")
			.param("daysLeft", "1")
			.param("feedbackDays", "3")
			.with(user("supervision-pages-supervisor").roles("SUPERVISOR"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "supervision.error.outOfRange.threshold"));
		mvc.perform(get("/supervision/rules").param("unitId", String.valueOf(u.unit.id()))
			.with(user("supervision-pages-supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("CASE_DEADLINE_NEAR v1")));
		assertThat(jdbc.sql("select count(*) from supervision.press where card_id = :id")
			.param("id", card)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theApiListsTheRulesTheCardsAndTheOpenAppealsUnderApiV1Supervision() throws Exception {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long card = yellowCard(u);

		mvc.perform(post("/api/v1/supervision/cards/" + card + "/appeals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reasons\":\"申请人补正期间应暂停计时\"}")
			.with(user(u.username("a")).roles("HANDLER"))
			.with(csrf())).andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("OPEN"));

		mvc.perform(get("/api/v1/supervision/rules").param("unitId", String.valueOf(u.unit.id()))
			.with(user("supervision-pages-supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'CASE_DUE_TODAY')].colour").value("YELLOW"));
		mvc.perform(get("/api/v1/supervision/cards").param("mine", "true").with(user(u.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.id == " + card + ")].ruleCode").value("CASE_DUE_TODAY"));
		mvc.perform(get("/api/v1/supervision/appeals").with(user("supervision-pages-supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.cardId == " + card + ")].reasons").value("申请人补正期间应暂停计时"));
		mvc.perform(get("/api/v1/supervision/appeals").with(user(u.username("a")).roles("HANDLER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCardListPagesByKeysetInEachSortWithoutLosingOrRepeatingACardAndRefusesAnAlteredCursor() throws Exception {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		for (int i = 0; i < 3; i++) {
			// each case accepted on the Monday, due on the day its card is raised
			clock.set(march(2, 9));
			yellowCard(u);
		}
		var supervisor = user("supervision-pages-supervisor").roles("SUPERVISOR");
		Map<CardOrder, String> orders = Map.of(CardOrder.RAISED, "raised_at desc, id desc", CardOrder.FEEDBACK_DUE,
				"feedback_due nulls last, id", CardOrder.COLOUR,
				"case colour when 'RED' then 2 when 'YELLOW' then 1 else 0 end desc, raised_at desc, id desc");
		String second = null;
		for (CardOrder order : CardOrder.values()) {
			List<Long> expected = jdbc.sql("select id from supervision.card where unit_id = :unit order by "
					+ orders.get(order)).param("unit", u.unit.id()).query(Long.class).list();
			assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
			List<Long> paged = new java.util.ArrayList<>();
			String next = null;
			int pages = 0;
			do {
				var request = get("/api/v1/supervision/cards").param("unitId", String.valueOf(u.unit.id()))
					.param("sort", order.name())
					.param("size", "2")
					.with(supervisor);
				String page = mvc.perform(next == null ? request : request.param("cursor", next))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.totalExact").value(false))
					.andReturn()
					.getResponse()
					.getContentAsString();
				List<Number> ids = com.jayway.jsonpath.JsonPath.read(page, "$.rows[*].id");
				ids.forEach(id -> paged.add(id.longValue()));
				// a page counts only the cards it shows: no page of two holds all of three or more
				assertThat(((Number) com.jayway.jsonpath.JsonPath.read(page, "$.total")).intValue()).isEqualTo(ids.size());
				next = com.jayway.jsonpath.JsonPath.read(page, "$.next");
				second = pages == 0 && order == CardOrder.RAISED ? next : second;
				pages++;
			}
			while (next != null && pages < 20);
			assertThat(paged).as(order.name()).isEqualTo(expected);
		}
		mvc.perform(get("/api/v1/supervision/cards").param("cursor", "x" + second).with(supervisor))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("paging.badCursor"));
		mvc.perform(get("/api/v1/supervision/cards").param("sort", "COLOUR").param("cursor", second).with(supervisor))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("paging.badCursor"));
		List<Long> ofTheUnit = jdbc.sql("select id from supervision.card where unit_id = :unit")
			.param("unit", u.unit.id())
			.query(Long.class)
			.list();
		List<String> listed = new java.util.ArrayList<>();
		String cursor = null;
		do {
			var request = get("/api/v1/supervision/cards").param("sort", "COLOUR").param("size", "100")
				.with(user(u.username("p")).roles("LEADER"));
			String page = mvc.perform(cursor == null ? request : request.param("cursor", cursor))
				.andReturn()
				.getResponse()
				.getContentAsString();
			listed.addAll(com.jayway.jsonpath.JsonPath.read(page, "$.rows[*].facts"));
			cursor = com.jayway.jsonpath.JsonPath.read(page, "$.next");
		}
		while (cursor != null);
		try (var book = cardRegister(u.username("p"), "LEADER")) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("事实");
			assertThat(java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
				.mapToObj(row -> sheet.getRow(row).getCell(3).getStringCellValue())
				.toList()).isEqualTo(listed).hasSize(ofTheUnit.size());
		}
		SupervisedUnit other = new SupervisedUnit(organization, catalog);
		try (var book = cardRegister(other.username("p"), "LEADER")) {
			assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1);
		}
		mvc.perform(get("/supervision/cards").param("sort", "FEEDBACK_DUE").with(supervisor))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(Matchers.containsString("sort=COLOUR")));
	}

	private org.apache.poi.xssf.usermodel.XSSFWorkbook cardRegister(String username, String role) throws Exception {
		return Workbooks.downloaded(mvc, get("/supervision/cards/export").param("sort", "COLOUR")
			.with(user(username).roles(role)));
	}

	private long yellowCard(SupervisedUnit u) {
		long kase = u.acceptedCase(cases);
		await().atMost(Duration.ofSeconds(120))
			.until(() -> jdbc.sql("select count(*) from supervision.watched_object where object_id = :id and object_type = 'CASE'")
				.param("id", kase)
				.query(Long.class)
				.single() == 1);
		clock.set(march(9, 9));
		deadlines.classifyAndRaise();
		return jdbc.sql("select id from supervision.card where object_id = :id and rule_code = 'CASE_DUE_TODAY'")
			.param("id", kase)
			.query(Long.class)
			.single();
	}

	private String state(long card) {
		return jdbc.sql("select state from supervision.card where id = :id").param("id", card).query(String.class).single();
	}
}
