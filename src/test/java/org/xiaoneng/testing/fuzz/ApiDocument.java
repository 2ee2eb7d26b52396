package org.xiaoneng.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's OpenAPI document ({@code /v3/api-docs}) as the fuzzer reads it: every operation with its path and
 * query parameters and its JSON or form body, and the component schemas that {@code $ref}s point to.
 */
public final class ApiDocument {

	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

	private static final String COMPONENT = "#/components/schemas/";

	private final JsonNode document;

	private final List<ApiOperation> operations;

	private ApiDocument(JsonNode document, List<ApiOperation> operations) {
		this.document = document;
		this.operations = List.copyOf(operations);
	}

	private ApiDocument(JsonNode document) {
		this.document = document;
		List<ApiOperation> found = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (String method : METHODS) {
				JsonNode operation = path.getValue().path(method);
				if (!operation.isMissingNode()) {
					found.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), operation));
				}
			}
		}
		this.operations = List.copyOf(found);
	}

	public static ApiDocument parse(String json) {
		return new ApiDocument(JsonMapper.builder().build().readTree(json));
	}

	/** The document without the operations under a path, e.g. a test's own endpoints. */
	public ApiDocument without(String pathPrefix) {
		return new ApiDocument(document,
				operations.stream().filter(operation -> !operation.path().startsWith(pathPrefix)).toList());
	}

	public List<ApiOperation> operations() {
		return operations;
	}

	/** The schema itself, or the component a {@code $ref} names (followed until it is not a reference). */
	public JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
			String ref = current.get("$ref").asString();
			current = ref.startsWith(COMPONENT)
					? document.path("components").path("schemas").path(ref.substring(COMPONENT.length()))
					: document.at(ref.substring(1));
		}
		return current;
	}

	private static ApiOperation operation(String method, String path, JsonNode item, JsonNode operation) {
		List<ApiOperation.Parameter> parameters = new ArrayList<>();
		for (JsonNode source : List.of(item.path("parameters"), operation.path("parameters"))) {
			for (JsonNode parameter : source.values()) {
				parameters.add(new ApiOperation.Parameter(parameter.path("name").asString(),
						parameter.path("in").asString(), parameter.path("required").asBoolean(false),
						parameter.path("schema")));
			}
		}
		JsonNode content = operation.path("requestBody").path("content");
		String bodyType = null;
		JsonNode bodySchema = null;
		for (String type : List.of("application/json", "multipart/form-data", "application/x-www-form-urlencoded")) {
			if (content.has(type)) {
				bodyType = type;
				bodySchema = content.get(type).path("schema");
				break;
			}
		}
		boolean bodyRequired = operation.path("requestBody").path("required").asBoolean(false);
		return new ApiOperation(method, path, List.copyOf(parameters), bodyType, bodySchema, bodyRequired);
	}
}
