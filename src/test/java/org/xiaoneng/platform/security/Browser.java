package org.xiaoneng.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser for MockMvc: keeps the session cookie that Spring Session (JDBC) sets, as a real browser would, so that
 * the session lives in the database between requests.
 */
final class Browser {

	private final MockMvc mvc;

	private Cookie session;

	Browser(MockMvc mvc) {
		this.mvc = mvc;
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		MvcResult result = mvc.perform(request).andReturn();
		Cookie cookie = result.getResponse().getCookie(SecurityConfiguration.SESSION_COOKIE);
		if (cookie != null) {
			session = cookie.getMaxAge() == 0 ? null : cookie;
		}
		return result;
	}

	/** Submits the sign-in form; returns where it redirects to. */
	String signIn(String username, String password) throws Exception {
		return perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.getResponse()
			.getRedirectedUrl();
	}

	Cookie sessionCookie() {
		return session;
	}
}
