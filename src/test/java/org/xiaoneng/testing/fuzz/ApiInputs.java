package org.xiaoneng.testing.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates requests from the API document with a seeded {@link Random} (no jqwik, docs/decisions/0002): a valid
 * request fills every parameter and body from the operation's own schema (types, formats, enums, lengths, bounds,
 * patterns); a hostile one starts from a valid request and breaks one to three things — a value of the wrong type
 * or out of range, text PostgreSQL cannot store, injection strings, a missing required field, an unknown enum, an
 * impossible date, a malformed or deeply nested body, the wrong content type, huge values and odd identifiers in the
 * path. The same seed gives the same requests, so a finding can be replayed.
 */
public final class ApiInputs {

	public static final String VALID = "valid";

	/** Stands for half a surrogate pair until the request is written: no Java string survives UTF-8 with one. */
	private static final String LONE_SURROGATE = "\uE000lone-surrogate\uE000";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> WORDS = List.of("示范县", "市场监督", "申请材料", "张三", "李四", "营业执照", "办件",
			"Test", "report", "2026", "一次性告知", "窗口", "说明");

	private static final List<String> HOSTILE_TEXT = List.of("", " ", "\u3000", "a\u0000b", "\u0000",
			LONE_SURROGATE, "x" + LONE_SURROGATE + "y", "'; drop table casework.case_file; --", "\" or 1=1 --",
			"<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../../../etc/passwd", "%00",
			"\u202eevil", "😀😀", "𠀀𠀁", "\r\n", "\t", "null", "NaN", "-1", "0", "99999999999999999999999", "1e309",
			"2026-02-30", "0000-00-00", "9999-12-31T25:61:61Z", "\u200b", "ＡＢＣ１２３", "e\u0301\u0301\u0301",
			"true", "[]", "{}", "\\", "\\u0000");

	private final ApiDocument document;

	private final Random random;

	private final long firstIdentifier;

	/**
	 * @param firstIdentifier where the identifiers and other unbounded whole numbers of valid requests start: 1 to
	 * reach the rows that exist (the campaign's disposable demo county), far above them to leave alone the data of
	 * a test suite that shares the database
	 */
	public ApiInputs(ApiDocument document, Random random, long firstIdentifier) {
		this.document = document;
		this.random = random;
		this.firstIdentifier = firstIdentifier;
	}

	/** A request the document says the operation accepts in its shape (the business may still refuse it). */
	public ApiInput valid(ApiOperation operation) {
		Map<String, String> path = new LinkedHashMap<>();
		Map<String, String> query = new LinkedHashMap<>();
		fillParameters(operation, path, query);
		JsonNode body = operation.takesJson() ? value(operation.bodySchema(), 0) : null;
		return input(operation, path, query, operation.takesJson() ? "application/json" : null,
				body == null ? null : write(body), "", VALID);
	}

	/** A valid request with one to three things broken. */
	public ApiInput hostile(ApiOperation operation) {
		Map<String, String> path = new LinkedHashMap<>();
		Map<String, String> query = new LinkedHashMap<>();
		fillParameters(operation, path, query);
		JsonNode tree = operation.takesJson() ? value(operation.bodySchema(), 0) : null;
		String contentType = operation.takesJson() ? "application/json" : null;
		String rawBody = null;
		StringBuilder extraQuery = new StringBuilder();
		List<String> done = new ArrayList<>();
		int mutations = 1 + random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			int kind = random.nextInt(tree != null ? 14 : 6);
			switch (kind) {
				case 0 -> {
					if (!path.isEmpty()) {
						String name = pick(new ArrayList<>(path.keySet()));
						path.put(name, hostilePathValue());
						done.add("path " + name);
					}
					else {
						extraQuery.append("&").append(encode(hostileText())).append("=").append(encode(hostileText()));
						done.add("unknown query parameter");
					}
				}
				case 1 -> {
					if (!query.isEmpty()) {
						String name = pick(new ArrayList<>(query.keySet()));
						query.put(name, hostileText());
						done.add("query " + name);
					}
					else {
						query.put(pick(List.of("page", "size", "q", "id", "state")), hostileText());
						done.add("extra query parameter");
					}
				}
				case 2 -> {
					operation.parameters().stream().filter(p -> "query".equals(p.in()) && p.required()).findFirst()
						.ifPresent(p -> query.remove(p.name()));
					extraQuery.append("&page=-1&size=").append(pick(List.of("0", "-5", "2147483648", "100000000")));
					done.add("paging and missing required query");
				}
				case 3 -> {
					String name = query.isEmpty() ? "q" : pick(new ArrayList<>(query.keySet()));
					extraQuery.append("&").append(encode(name)).append("=").append(pick(List.of("%00", "%ED%A0%80",
							"%C0%AF", "%FF%FE", "a%00b")));
					done.add("raw bytes in query " + name);
				}
				case 4 -> {
					contentType = pick(List.of("text/plain", "application/xml", "application/json;charset=ISO-8859-1",
							"multipart/form-data; boundary=x", "application/x-www-form-urlencoded"));
					rawBody = pick(List.of("a=b", "<a/>", "--x\r\n\r\n--x--", "{\"a\":1}"));
					done.add("content type " + contentType);
				}
				case 5 -> {
					contentType = "application/json";
					rawBody = pick(List.of("", "{", "[", "{\"a\":}", "nul", "\"", "{\"a\":1,,}", "[1,2",
							"[".repeat(3000) + "]".repeat(3000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000)));
					done.add("malformed json");
				}
				case 6 -> {
					tree = replaceLeaf(tree, ignored -> hostileValue());
					done.add("leaf value");
				}
				case 7 -> {
					tree = replaceLeaf(tree, ignored -> NODES.nullNode());
					done.add("null field");
				}
				case 8 -> {
					tree = removeProperty(tree);
					done.add("missing field");
				}
				case 9 -> {
					tree = pick(List.of(NODES.arrayNode(), NODES.stringNode("text"), NODES.numberNode(42),
							NODES.nullNode(), NODES.booleanNode(true)));
					done.add("wrong body type");
				}
				case 10 -> {
					tree = replaceLeaf(tree, ignored -> NODES.stringNode("x".repeat(pick(List.of(256, 5_000, 200_000)))));
					done.add("huge string");
				}
				case 11 -> {
					tree = replaceLeaf(tree, ignored -> {
						ArrayNode many = NODES.arrayNode();
						int count = pick(List.of(100, 2_000));
						for (int n = 0; n < count; n++) {
							many.add(hostileValue());
						}
						return many;
					});
					done.add("huge array");
				}
				case 12 -> {
					if (tree instanceof ObjectNode object) {
						object.put(pick(List.of("__proto__", "constructor", "class", "id", "unitId", "state")),
								hostileText());
						done.add("extra property");
					}
				}
				default -> {
					tree = replaceLeaf(tree, ignored -> NODES.stringNode(pick(List.of("NOT_A_STATE", "accepted", "",
							"2026-13-01", "2026-02-29", "+999999999-12-31", "1999-12-31T24:00:00+08:00", "-1"))));
					done.add("bad enum or date");
				}
			}
		}
		String body = rawBody != null ? rawBody : tree == null ? null : write(tree);
		return input(operation, path, query, body == null ? null : contentType, body, extraQuery.toString(),
				String.join(", ", done));
	}

	// ---- values from schemas ----------------------------------------------------------------------------------

	private JsonNode value(JsonNode schemaOrRef, int depth) {
		JsonNode schema = document.resolve(schemaOrRef);
		if (schema.has("allOf")) {
			ObjectNode merged = NODES.objectNode();
			for (JsonNode part : schema.get("allOf").values()) {
				if (value(part, depth) instanceof ObjectNode object) {
					merged.setAll(object);
				}
			}
			return merged;
		}
		for (String choice : List.of("oneOf", "anyOf")) {
			if (schema.has(choice)) {
				List<JsonNode> options = new ArrayList<>(schema.get(choice).values());
				options.removeIf(option -> "null".equals(type(document.resolve(option))));
				return options.isEmpty() ? NODES.nullNode() : value(pick(options), depth);
			}
		}
		if (schema.has("enum")) {
			List<JsonNode> values = new ArrayList<>(schema.get("enum").values());
			values.removeIf(JsonNode::isNull);
			return values.isEmpty() ? NODES.nullNode() : pick(values);
		}
		String type = type(schema);
		return switch (type) {
			case "object" -> object(schema, depth);
			case "array" -> array(schema, depth);
			case "integer" -> NODES.numberNode(integer(schema));
			case "number" -> NODES.numberNode(BigDecimal.valueOf(integer(schema)).add(BigDecimal.valueOf(random.nextInt(100), 2)));
			case "boolean" -> NODES.booleanNode(random.nextBoolean());
			default -> NODES.stringNode(text(schema));
		};
	}

	/**
	 * An object with its required properties and most others; past depth 6 (a recursive schema, such as a tree of
	 * indicators) only the required ones, so that the tree ends in objects its endpoint can still read.
	 */
	private JsonNode object(JsonNode schema, int depth) {
		ObjectNode object = NODES.objectNode();
		if (depth > 12) {
			return object;
		}
		List<String> required = new ArrayList<>();
		schema.path("required").values().forEach(name -> required.add(name.asString()));
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			JsonNode propertySchema = document.resolve(property.getValue());
			if (propertySchema.path("readOnly").asBoolean(false)) {
				continue;
			}
			if (required.contains(property.getKey()) || depth <= 6 && random.nextInt(4) != 0) {
				object.set(property.getKey(), value(property.getValue(), depth + 1));
			}
		}
		JsonNode additional = schema.path("additionalProperties");
		if (additional.isObject() && depth <= 6) {
			for (int i = random.nextInt(3); i > 0; i--) {
				object.set(word() + i, value(additional, depth + 1));
			}
		}
		return object;
	}

	private JsonNode array(JsonNode schema, int depth) {
		ArrayNode array = NODES.arrayNode();
		int min = schema.path("minItems").asInt(0);
		int max = Math.max(min, Math.min(schema.path("maxItems").asInt(3), 3));
		int count = depth > 6 ? min : min + random.nextInt(max - min + 1);
		for (int i = 0; i < count; i++) {
			array.add(value(schema.path("items"), depth + 1));
		}
		return array;
	}

	private long integer(JsonNode schema) {
		long min = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble())
				: schema.has("maximum") ? (long) Math.floor(schema.get("maximum").asDouble()) - 100 : firstIdentifier;
		long max = schema.has("maximum") ? (long) Math.floor(schema.get("maximum").asDouble()) : min + 100;
		if (schema.path("exclusiveMinimum").isNumber()) {
			min = (long) Math.floor(schema.get("exclusiveMinimum").asDouble()) + 1;
		}
		if (schema.path("exclusiveMaximum").isNumber()) {
			max = (long) Math.ceil(schema.get("exclusiveMaximum").asDouble()) - 1;
		}
		if (max < min) {
			return min;
		}
		long span = Math.min(max - min, 1_000_000L);
		return min + (long) (random.nextDouble() * (span + 1));
	}

	private String text(JsonNode schema) {
		String format = schema.path("format").asString("");
		switch (format) {
			case "date" -> {
				return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)).toString();
			}
			case "date-time" -> {
				return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.of(2026, 1 + random.nextInt(12),
						1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), 0, 0, ZoneOffset.ofHours(8)));
			}
			case "time" -> {
				return "%02d:%02d:00".formatted(random.nextInt(24), random.nextInt(60));
			}
			case "email" -> {
				return "fuzz" + random.nextInt(1000) + "@example.org";
			}
			case "uri", "url" -> {
				return "https://example.org/" + random.nextInt(1000);
			}
			case "byte" -> {
				byte[] bytes = new byte[1 + random.nextInt(64)];
				random.nextBytes(bytes);
				return Base64.getEncoder().encodeToString(bytes);
			}
			case "uuid" -> {
				return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
			}
			default -> {
				// a free text below
			}
		}
		if (schema.has("pattern")) {
			String generated = Patterns.generate(schema.get("pattern").asString(), random);
			if (generated != null) {
				return generated;
			}
		}
		int min = schema.path("minLength").asInt(1);
		int max = Math.max(min, Math.min(schema.path("maxLength").asInt(20), 40));
		int length = min + random.nextInt(max - min + 1);
		StringBuilder text = new StringBuilder();
		while (text.codePointCount(0, text.length()) < length) {
			text.append(word());
		}
		return text.substring(0, text.offsetByCodePoints(0, length));
	}

	private String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type.values()) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
			return "null";
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
	}

	private void fillParameters(ApiOperation operation, Map<String, String> path, Map<String, String> query) {
		for (ApiOperation.Parameter parameter : operation.parameters()) {
			JsonNode schema = document.resolve(parameter.schema());
			if ("path".equals(parameter.in())) {
				path.put(parameter.name(), scalar(schema));
			}
			else if ("query".equals(parameter.in()) && (parameter.required() || random.nextBoolean())) {
				query.put(parameter.name(), scalar(schema));
			}
		}
	}

	/** A parameter's value as text: small identifiers, so that some of them name something that exists. */
	private String scalar(JsonNode schema) {
		String type = type(schema);
		if (("integer".equals(type) || "number".equals(type)) && !schema.has("minimum") && !schema.has("maximum")) {
			return Long.toString(firstIdentifier + random.nextInt(400));
		}
		JsonNode value = value(schema, 5);
		return value.isString() ? value.asString() : value.isValueNode() ? value.asString() : write(value);
	}

	// ---- hostile values -----------------------------------------------------------------------------------------

	private String hostileText() {
		return random.nextInt(5) == 0 ? "x".repeat(pick(List.of(300, 5_000))) : pick(HOSTILE_TEXT);
	}

	private JsonNode hostileValue() {
		return switch (random.nextInt(8)) {
			case 0 -> NODES.numberNode(pick(List.of(BigInteger.ONE.shiftLeft(64), BigInteger.valueOf(Long.MIN_VALUE),
					BigInteger.valueOf(-1), BigInteger.ZERO, BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE),
					new BigInteger("1" + "0".repeat(400)))));
			case 1 -> NODES.numberNode(new BigDecimal(pick(List.of("1.5", "-0.0", "1e308", "1e-400", "3.4e39"))));
			case 2 -> NODES.booleanNode(random.nextBoolean());
			case 3 -> NODES.nullNode();
			case 4 -> NODES.arrayNode().add(hostileText());
			case 5 -> NODES.objectNode().put(hostileText(), hostileText());
			default -> NODES.stringNode(hostileText());
		};
	}

	private String hostilePathValue() {
		return pick(List.of("-1", "0", "99999999999999999999", "9223372036854775807", "9223372036854775808", "abc",
				"1.5", "1e3", "%00", "a%00b", "%ED%A0%80", "..", "%2e%2e", "%252e", "x".repeat(3000), " ", "%20",
				"null", "undefined", "１２３", "%F0%9F%98%80", "1;drop", "1%27"));
	}

	/** Replaces one leaf (or the root, when it has none) of the tree with a new value. */
	private JsonNode replaceLeaf(JsonNode tree, Function<JsonNode, JsonNode> replacement) {
		List<Runnable> slots = new ArrayList<>();
		collectSlots(tree, replacement, slots);
		if (slots.isEmpty()) {
			return replacement.apply(tree);
		}
		pick(slots).run();
		return tree;
	}

	private void collectSlots(JsonNode node, Function<JsonNode, JsonNode> replacement, List<Runnable> slots) {
		if (node instanceof ObjectNode object) {
			for (String name : new ArrayList<>(object.propertyNames())) {
				JsonNode child = object.get(name);
				slots.add(() -> object.set(name, replacement.apply(child)));
				collectSlots(child, replacement, slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				int index = i;
				slots.add(() -> array.set(index, replacement.apply(array.get(index))));
				collectSlots(array.get(i), replacement, slots);
			}
		}
	}

	private JsonNode removeProperty(JsonNode tree) {
		List<Runnable> removals = new ArrayList<>();
		collectRemovals(tree, removals);
		if (removals.isEmpty()) {
			return NODES.objectNode();
		}
		pick(removals).run();
		return tree;
	}

	private void collectRemovals(JsonNode node, List<Runnable> removals) {
		if (node instanceof ObjectNode object) {
			for (String name : new ArrayList<>(object.propertyNames())) {
				removals.add(() -> object.remove(name));
				collectRemovals(object.get(name), removals);
			}
		}
		else if (node instanceof ArrayNode array) {
			array.values().forEach(child -> collectRemovals(child, removals));
		}
	}

	// ---- writing the request ------------------------------------------------------------------------------------

	private ApiInput input(ApiOperation operation, Map<String, String> path, Map<String, String> query,
			String contentType, String body, String rawQuery, String mutation) {
		String target = operation.path();
		for (Map.Entry<String, String> parameter : path.entrySet()) {
			target = target.replace("{" + parameter.getKey() + "}", encodePathValue(parameter.getValue()));
		}
		StringBuilder queryString = new StringBuilder();
		query.forEach((name, value) -> queryString.append('&').append(encode(name)).append('=').append(encode(value)));
		queryString.append(rawQuery);
		if (queryString.length() > 0) {
			target += "?" + queryString.substring(1);
		}
		return new ApiInput(operation, operation.method(), target, contentType, body, mutation);
	}

	/** Hostile path values that are already percent sequences go in as they are; others are encoded. */
	private static String encodePathValue(String value) {
		boolean percentSequence = value.contains("%") && value.chars()
			.allMatch(c -> c == '%' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
					|| c == '-' || c == '.' || c == '_' || c == '~');
		return percentSequence ? value : encode(value);
	}

	/** Percent-encodes UTF-8, everything but RFC 3986's unreserved characters; half a pair becomes its bytes. */
	static String encode(String text) {
		StringBuilder encoded = new StringBuilder();
		String[] parts = text.split(LONE_SURROGATE, -1);
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				encoded.append("%ED%A0%80");
			}
			for (byte b : parts[i].getBytes(StandardCharsets.UTF_8)) {
				int c = b & 0xff;
				if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
						|| c == '_' || c == '~') {
					encoded.append((char) c);
				}
				else {
					encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
				}
			}
		}
		return encoded.toString();
	}

	private static String write(JsonNode tree) {
		return JSON.writeValueAsString(tree).replace(LONE_SURROGATE, "\\ud800");
	}

	private String word() {
		return pick(WORDS);
	}

	private <T> T pick(List<T> options) {
		return options.get(random.nextInt(options.size()));
	}
}
