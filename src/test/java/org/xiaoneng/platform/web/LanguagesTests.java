package org.xiaoneng.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages are Chinese first; a user switches to English with {@code ?lang=en} and the choice is remembered.
 */
@IntegrationTest
@WithMockUser(username = "handler", roles = "HANDLER")
class LanguagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAreChineseByDefault() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")))
			.andExpect(content().string(containsString("工作台")))
			.andExpect(content().string(containsString("href=\"?lang=en\"")));
	}

	@Test
	void pagesStayChineseWhateverTheBrowserPrefers() throws Exception {
		mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
	}

	@Test
	void switchingToEnglishRemembersTheChoiceForAYear() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(cookie().value(Languages.COOKIE, "en"))
			.andExpect(cookie().maxAge(Languages.COOKIE, 365 * 24 * 60 * 60))
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Workbench")))
			.andExpect(content().string(containsString("href=\"?lang=zh-CN\"")));
	}

	@Test
	void theRememberedChoiceHoldsWithoutTheParameter() throws Exception {
		mvc.perform(get("/").cookie(new Cookie(Languages.COOKIE, "en")))
			.andExpect(content().string(containsString("Workbench")))
			.andExpect(content().string(not(containsString("工作台"))));
	}

	@Test
	void switchingBackToChineseReplacesTheChoice() throws Exception {
		mvc.perform(get("/").param("lang", "zh-CN").cookie(new Cookie(Languages.COOKIE, "en")))
			.andExpect(cookie().value(Languages.COOKIE, "zh-CN"))
			.andExpect(content().string(containsString("工作台")));
	}

	@Test
	void anUnsupportedLanguageFallsBackToChinese() throws Exception {
		mvc.perform(get("/").param("lang", "fr"))
			.andExpect(cookie().value(Languages.COOKIE, "zh-CN"))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
	}

	@Test
	void theApiFollowsTheRememberedChoice() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").cookie(new Cookie(Languages.COOKIE, "en")))
			.andExpect(jsonPath("$.title").value("Not found"));
	}
}
