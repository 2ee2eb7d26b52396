package org.xiaoneng.platform.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details from the filter chain (401, 403), where no controller advice runs; the texts come
 * from the message bundle in the caller's language.
 */
@Component
class ProblemResponses {

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver localeResolver;

	ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver localeResolver) {
		this.messages = messages;
		this.json = json;
		this.localeResolver = localeResolver;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
			String detailKey) throws IOException {
		var locale = localeResolver.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", messages.getMessage(titleKey, null, locale));
		problem.put("status", status);
		problem.put("detail", messages.getMessage(detailKey, null, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
