package org.xiaoneng.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Refuses a request larger than the configured upload limit ({@code spring.servlet.multipart.max-request-size}, and
 * {@code max-file-size} for one file) with 413 before security or any controller reads it. Checking this first
 * matters: otherwise the CSRF check, which reads the form's token from the truncated upload, would answer an oversized
 * upload with a misleading "form expired" 403. The error page that follows reads only the query string, never the
 * refused body, so that it can be shown at all.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter implements Ordered {

	private final long maxRequestBytes;

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	RequestSizeLimit(MultipartProperties limits) {
		this.maxRequestBytes = limits.getMaxRequestSize().toBytes();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			chain.doFilter(new QueryParametersOnly(request), response);
			return;
		}
		if (maxRequestBytes >= 0 && request.getContentLengthLong() > maxRequestBytes) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		if (!multipart.isMultipart(request) || request instanceof MultipartHttpServletRequest) {
			chain.doFilter(request, response);
			return;
		}
		MultipartHttpServletRequest parsed;
		try {
			// Parsed once here, within the container's limits; the dispatcher reuses the parsed parts.
			parsed = multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException e) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		catch (MultipartException e) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		try {
			chain.doFilter(parsed, response);
		}
		finally {
			multipart.cleanupMultipart(parsed);
		}
	}

	/** The request as an error page sees it: the parameters of the address, none from the body, no parts. */
	static final class QueryParametersOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		QueryParametersOnly(HttpServletRequest request) {
			super(request);
			Object original = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
			this.parameters = parse(original instanceof String query ? query : request.getQueryString());
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

		private static Map<String, String[]> parse(String query) {
			Map<String, List<String>> values = new LinkedHashMap<>();
			if (StringUtils.hasText(query)) {
				for (String pair : query.split("&")) {
					int equals = pair.indexOf('=');
					String name = decode(equals < 0 ? pair : pair.substring(0, equals));
					String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
					values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
				}
			}
			Map<String, String[]> parameters = new LinkedHashMap<>();
			values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
			return Collections.unmodifiableMap(parameters);
		}

		private static String decode(String text) {
			try {
				return URLDecoder.decode(text, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException e) {
				return text;
			}
		}
	}
}
