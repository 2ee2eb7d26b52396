package org.xiaoneng.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Refuses a request larger than the configured upload limit ({@code spring.servlet.multipart.max-request-size}, and
 * {@code max-file-size} for one file) with 413 before security or any controller reads it. Checking this first
 * matters: otherwise the CSRF check, which reads the form's token from the truncated upload, would answer an oversized
 * upload with a misleading "form expired" 403.
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
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
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
}
