package org.xiaoneng.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.disclosure.Cadence;
import org.xiaoneng.disclosure.Category;
import org.xiaoneng.disclosure.Disclosure;
import org.xiaoneng.disclosure.DisclosureItemId;
import org.xiaoneng.disclosure.DisclosureUnit;
import org.xiaoneng.disclosure.ItemDraft;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The portal's 政务公开: a search in Chinese over the bigram index ranks a title match above a text match, each unit's
 * and category's Atom feed is valid Atom 1.0, and the public's feedback is refused over its size limit, shown only
 * where its author agreed, answered once by an editor of the unit and overdue after its working days.
 */
@IntegrationTest
class DisclosurePortalIntegrationTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Disclosure disclosure;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	DisclosureUnit unit;

	Instant clockBefore;

	@BeforeEach
	void unit() {
		clockBefore = clock.instant();
		unit = new DisclosureUnit(organization);
	}

	@AfterEach
	void clockBack() {
		clock.set(clockBefore);
	}

	@Test
	void aSearchFindsItemsHoldingEveryBigramAndRanksATitleMatchAboveATextMatch() throws Exception {
		long inText = publish(Category.RELIEF_AND_SUBSIDIES, unit.tag + " 三月公开", "本月发放临时救助12户。");
		long inTitle = publish(Category.RELIEF_AND_SUBSIDIES, unit.tag + " 临时救助发放情况", "本月发放12户。");
		publish(Category.RELIEF_AND_SUBSIDIES, unit.tag + " 低保发放情况", "本月低保。");

		mvc.perform(get("/api/v1/disclosure/public/items").param("q", "临时救助 " + unit.tag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains((int) inTitle, (int) inText)));
		mvc.perform(get("/portal/disclosure").param("q", "救助" + unit.tag).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(unit.tag + " 临时救助发放情况")));
	}

	@Test
	void theUnitsAndTheCategorysFeedsAreAtomWithTheRequiredElements() throws Exception {
		long first = publish(Category.PROCUREMENT, "2026年政府采购意向公开" + unit.tag, "采购意向三项。");
		long second = publish(Category.PROCUREMENT, "办公设备采购结果公告" + unit.tag, "中标金额12万元。");

		Document unitFeed = atom("/portal/disclosure/units/" + unit.unit.id() + "/feed.atom");
		assertValidAtom(unitFeed);
		assertThat(entryIds(unitFeed)).containsExactly("tag:xiaoneng.org,2026:disclosure/item/" + second,
				"tag:xiaoneng.org,2026:disclosure/item/" + first);
		assertThat(child(unitFeed.getDocumentElement(), "title").getTextContent()).contains(unit.unit.name());

		assertValidAtom(atom("/portal/disclosure/categories/PROCUREMENT/feed.atom"));
		mvc.perform(get("/portal/disclosure/units/0/feed.atom")).andExpect(status().isNotFound());
	}

	@Test
	void feedbackIsRefusedOverItsLimitShownOnlyWhereItsAuthorAgreedAndOverdueAfterItsWorkingDays() throws Exception {
		long item = publish(Category.MINIMUM_LIVING_SECURITY, "2026年3月城乡低保发放情况" + unit.tag, "发放户数120户。");
		String form = "/portal/disclosure/items/" + item + "/feedback";

		mvc.perform(post(form).with(csrf()).param("text", "意".repeat(1001)).param("shownPublicly", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "disclosure.error.feedbackTooLong"));
		assertThat(feedbackCount(item)).isZero();

		mvc.perform(post(form).with(csrf()).param("text", "建议公开各村低保户数" + unit.tag).param("shownPublicly", "true")
			.param("authorName", "王先生").param("contact", "0851-22334455"))
			.andExpect(flash().attribute("feedbackTaken", true));
		mvc.perform(post(form).with(csrf()).param("text", "私下反映的情况" + unit.tag));
		assertThat(feedbackCount(item)).isEqualTo(2);

		String page = mvc.perform(get("/portal/disclosure/items/" + item).header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("建议公开各村低保户数" + unit.tag).doesNotContain("私下反映的情况").doesNotContain("王先生");

		LocalDate today = LocalDate.ofInstant(clock.instant(), Clocks.BUSINESS_ZONE);
		LocalDate answerBy = calendar.deadline(unit.unit.creditCode(), today, 5).date();
		assertThat(jdbc.sql("select distinct answer_by from disclosure.feedback where item_id = :item")
			.param("item", item)
			.query(LocalDate.class)
			.list()).containsExactly(answerBy);

		clock.set(answerBy.plusDays(1).atTime(10, 0).atZone(Clocks.BUSINESS_ZONE).toInstant());
		mvc.perform(get("/api/v1/disclosure/feedback").param("waiting", "true")
			.with(user(unit.username("e")).roles("DISCLOSURE_EDITOR")))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].overdue").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true))));
		// the editor's workbench counts them as overdue
		assertThat(mvc.perform(get("/").with(user(unit.username("e")).roles("DISCLOSURE_EDITOR"))
			.header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("逾期未答复的意见建议");
		long waiting = jdbc.sql("select min(id) from disclosure.feedback where item_id = :item")
			.param("item", item)
			.query(Long.class)
			.single();

		DisclosureUnit other = new DisclosureUnit(organization);
		answer(waiting, other.username("e"), "别的单位的答复").andExpect(status().isNotFound());
		answer(waiting, unit.username("e"), "已按村公开户数。").andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.answer").value("已按村公开户数。"));
		answer(waiting, unit.username("r"), "再答一次").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("disclosure.error.feedbackAnswered"));
	}

	private org.springframework.test.web.servlet.ResultActions answer(long id, String editor, String text)
			throws Exception {
		return mvc.perform(post("/api/v1/disclosure/feedback/" + id + "/answer").with(csrf())
			.with(user(editor).roles("DISCLOSURE_EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"" + text + "\"}"));
	}

	private long publish(Category category, String title, String body) {
		DisclosureItemId id = unit.as("e",
				() -> disclosure.draft(new ItemDraft(category, Cadence.YEARLY, title, body, null, null))).id();
		unit.as("e", () -> disclosure.submitForReview(id));
		unit.as("r", () -> disclosure.clear(id));
		unit.as("e", () -> disclosure.publish(id));
		// publication times a second apart, so that the newest comes first in the feeds
		clock.advance(java.time.Duration.ofSeconds(1));
		return id.value();
	}

	private int feedbackCount(long item) {
		return jdbc.sql("select count(*) from disclosure.feedback where item_id = :item")
			.param("item", item)
			.query(Integer.class)
			.single();
	}

	private Document atom(String path) throws Exception {
		var response = mvc.perform(get(path).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	// RFC 4287 §4.1.1 and §4.1.2: atom:feed and each atom:entry have exactly one id, title and updated (a date-time
	// of RFC 3339); the feed has an author since its entries may not; links have an href
	private static void assertValidAtom(Document feed) {
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertRequired(root);
		assertThat(child(child(root, "author"), "name").getTextContent()).isNotBlank();
		NodeList links = root.getElementsByTagNameNS(ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			assertThat(((Element) links.item(i)).getAttribute("href")).startsWith("http");
		}
		for (Element entry : children(root, "entry")) {
			assertRequired(entry);
			assertThat(children(entry, "link")).isNotEmpty();
		}
	}

	private static void assertRequired(Element element) {
		for (String name : List.of("id", "title", "updated")) {
			assertThat(children(element, name)).as(name + " of " + element.getLocalName()).hasSize(1);
		}
		assertThat(java.net.URI.create(child(element, "id").getTextContent()).isAbsolute()).isTrue();
		OffsetDateTime.parse(child(element, "updated").getTextContent());
	}

	private static List<String> entryIds(Document feed) {
		return children(feed.getDocumentElement(), "entry").stream()
			.map(entry -> child(entry, "id").getTextContent())
			.toList();
	}

	private static Element child(Element parent, String name) {
		return children(parent, name).get(0);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}
}
