package org.xiaoneng.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Refuses, with 400 and before any module sees it, a request whose path, query or form parameters or JSON strings
 * hold text that PostgreSQL cannot store: the NUL character (PostgreSQL's {@code text} holds none) and UTF-16
 * surrogates without their pair (no UTF-8 form exists). Checked once here, so that no endpoint, signed in or not, can
 * fail on it deep inside with a server error; the error page or problem names the field.
 */
@Component
class UnstorableText extends OncePerRequestFilter implements Ordered {

	/** The request attribute that carries the refused field to the error page or problem. */
	static final String FIELD = UnstorableText.class.getName() + ".field";

	private static final String PATH = "path";

	private final JsonFactory json = new JsonFactory();

	@Override
	public int getOrder() {
		// After RequestSizeLimit, which has parsed a multipart body by then, so that its text fields are checked too.
		return Ordered.HIGHEST_PRECEDENCE + 21;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException unreadable) {
			// Parameters the container could not read (broken encoding, too many, too large) are refused here, with the
			// container's status: read again further on, the ones it did read would pass unchecked.
			HttpStatus status = UnreadableRequests.statusOf(unreadable).orElseThrow(() -> unreadable);
			response.sendError(status.value());
			return;
		}
		Optional<String> refused = inPath(request).or(() -> inParameters(parameters));
		HttpServletRequest checked = request;
		if (refused.isEmpty() && isJson(request)) {
			byte[] body = request.getInputStream().readAllBytes();
			refused = inJson(body);
			checked = new ReadBody(request, body);
		}
		if (refused.isPresent()) {
			request.setAttribute(FIELD, refused.get());
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(checked, response);
	}

	/** Whether PostgreSQL can store the text as it is. */
	static boolean storable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	private static Optional<String> inPath(HttpServletRequest request) {
		String path;
		try {
			path = UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			// Not ours to judge: Spring refuses a malformed path by itself.
			return Optional.empty();
		}
		return storable(path) ? Optional.empty() : Optional.of(PATH);
	}

	private static Optional<String> inParameters(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!storable(parameter.getKey())) {
				return Optional.of(printable(parameter.getKey()));
			}
			for (String value : parameter.getValue()) {
				if (value != null && !storable(value)) {
					return Optional.of(parameter.getKey());
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			MediaType media = MediaType.parseMediaType(type);
			return MediaType.APPLICATION_JSON.isCompatibleWith(media) || media.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException unparsable) {
			return false;
		}
	}

	/** The first property name or string value that cannot be stored, as a path such as {@code materials.0.name}. */
	private Optional<String> inJson(byte[] body) {
		try (JsonParser parser = json.createParser(body)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if ((token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING)
						&& !storable(parser.getString())) {
					String pointer = parser.streamReadContext().pathAsPointer().toString();
					return Optional.of(pointer.isEmpty() ? "body" : printable(pointer.substring(1).replace('/', '.')));
				}
			}
		}
		catch (JacksonException malformed) {
			// Not JSON after all: the message converter answers that with its own 400.
		}
		return Optional.empty();
	}

	/** A refused name, shown back without the characters that got it refused. */
	private static String printable(String name) {
		StringBuilder shown = new StringBuilder();
		name.codePoints()
			.filter(c -> c != 0 && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE))
			.forEach(shown::appendCodePoint);
		return shown.toString();
	}

	/** The request with its body already read into memory, for the message converter to read again. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// the whole body is in memory: it is available at once, and then all read
					try {
						if (bytes.available() > 0) {
							listener.onDataAvailable();
						}
						listener.onAllDataRead();
					}
					catch (IOException e) {
						listener.onError(e);
					}
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
		}

		private Charset charset() {
			String encoding = getCharacterEncoding();
			try {
				return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			}
			catch (IllegalArgumentException unknown) {
				return StandardCharsets.UTF_8;
			}
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
