package org.xiaoneng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xiaoneng.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A field of a request body that takes one of a fixed set of values refuses any other with a 400 that names the
 * values it takes, in the caller's language, and the API document lists them (issue 22: the inquiry API once took an
 * unknown outcome path, {@code HAND_OVER}, for "keep" and answered 201). The fields are found in the application's
 * own handler methods, so a new one is checked without being listed here.
 */
@IntegrationTest
// the administrator and the security administrator together reach every endpoint's body (accounts are the latter's)
@WithMockUser(username = "enum-admin", roles = { "ADMIN", "SECURITY_ADMIN" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiEnumValuesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String UNKNOWN = "NOT_A_VALUE";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	List<EnumField> fields;

	JsonNode apiDocument;

	/** One field of one endpoint's body whose type is an enum, with the path from the body's root to it. */
	record EnumField(HttpMethod method, String path, List<String> segments, Class<?> type) {

		/** The field as problems name it: {@code legalBasis[0].law}. */
		String field() {
			StringBuilder name = new StringBuilder();
			for (String segment : segments) {
				name.append(segment.equals("[]") ? "[0]" : (name.isEmpty() ? "" : ".") + segment);
			}
			return name.toString();
		}

		/** A body with the unknown value at the field and nothing else. */
		String body() {
			String json = JSON.writeValueAsString(UNKNOWN);
			for (int i = segments.size() - 1; i >= 0; i--) {
				json = segments.get(i).equals("[]") ? "[" + json + "]"
						: "{" + JSON.writeValueAsString(segments.get(i)) + ":" + json + "}";
			}
			return json;
		}

		List<String> allowed() {
			return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
		}

		@Override
		public String toString() {
			return method + " " + path + " " + field();
		}
	}

	@BeforeAll
	void findTheEnumFieldsAndReadTheDocument() throws Exception {
		fields = new ArrayList<>();
		handlerMapping.getHandlerMethods().forEach((info, handler) -> fieldsOf(info, handler, fields));
		apiDocument = JSON.readTree(mvc.perform(get("/v3/api-docs").with(user("enum-doc-reader").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	Stream<EnumField> enumFields() {
		return fields.stream();
	}

	@Test
	void theBodiesOfTheApiHaveEnumFieldsTheOutcomePathsKindAmongThem() {
		assertThat(fields).hasSizeGreaterThan(20)
			.anySatisfy(field -> {
				assertThat(field.path()).isEqualTo("/api/v1/inquiries/{id}/path");
				assertThat(field.field()).isEqualTo("kind");
			})
			.anySatisfy(field -> {
				assertThat(field.path()).isEqualTo("/api/v1/inquiries");
				assertThat(field.field()).isEqualTo("path.kind");
			});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enumFields")
	void anUnknownValueIsABadRequestNamingTheValuesTheFieldTakes(EnumField field) throws Exception {
		var response = mvc.perform(request(field.method(), field.path().replaceAll("\\{[^}]+}", "1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(field.body())).andReturn().getResponse();

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.getContentAsString());
		JsonNode error = null;
		for (JsonNode candidate : problem.path("errors")) {
			if (candidate.path("field").asString().equals(field.field())) {
				error = candidate;
			}
		}
		assertThat(error).as(response.getContentAsString()).isNotNull();
		assertThat(error.path("message").asString()).startsWith("只能是以下值之一：")
			.contains(field.allowed());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enumFields")
	void theApiDocumentListsTheValuesTheFieldTakes(EnumField field) {
		String name = field.segments().get(field.segments().size() - 1).equals("[]")
				? field.segments().get(field.segments().size() - 2) : field.segments().get(field.segments().size() - 1);

		assertThat(documentedValues(apiDocument, name)).as(field.toString()).contains(Set.copyOf(field.allowed()));
	}

	@Test
	void theProblemIsInEnglishForAnEnglishCaller() throws Exception {
		var response = mvc.perform(request(HttpMethod.POST, "/api/v1/inquiries/1/path").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"kind\":\"HAND_OVER\"}")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("must be one of: ANSWER, PROMISE, HANDOVER, ESCALATE, REFER");
	}

	/** The value sets the document gives a property of this name, wherever it appears. */
	private static Set<Set<String>> documentedValues(JsonNode node, String property) {
		Set<Set<String>> found = new HashSet<>();
		if (node.isObject()) {
			JsonNode properties = node.path("properties");
			JsonNode schema = properties.path(property);
			for (JsonNode candidate : List.of(schema, schema.path("items"))) {
				if (candidate.path("enum").isArray()) {
					Set<String> values = new HashSet<>();
					candidate.path("enum").forEach(value -> values.add(value.asString()));
					found.add(values);
				}
			}
			node.values().forEach(child -> found.addAll(documentedValues(child, property)));
		}
		else if (node.isArray()) {
			node.values().forEach(child -> found.addAll(documentedValues(child, property)));
		}
		return found;
	}

	private static void fieldsOf(RequestMappingInfo info, HandlerMethod handler, List<EnumField> found) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (!parameter.hasParameterAnnotation(RequestBody.class)) {
				continue;
			}
			for (String path : info.getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				for (var method : info.getMethodsCondition().getMethods()) {
					List<List<String>> segments = new ArrayList<>();
					walk(parameter.getGenericParameterType(), new ArrayList<>(), segments, new HashSet<>());
					for (List<String> field : segments) {
						Class<?> type = enumAt(parameter.getGenericParameterType(), field);
						found.add(new EnumField(HttpMethod.valueOf(method.name()), path, field, type));
					}
				}
			}
		}
	}

	/** Collects the paths to the enum fields of a type: records by their components, collections by their elements. */
	private static void walk(Type type, List<String> path, List<List<String>> found, Set<Class<?>> seen) {
		Class<?> raw = raw(type);
		if (raw.isEnum()) {
			found.add(List.copyOf(path));
		}
		else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
			path.add("[]");
			walk(generic.getActualTypeArguments()[0], path, found, seen);
			path.remove(path.size() - 1);
		}
		else if (raw.isRecord() && seen.add(raw)) {
			for (RecordComponent component : raw.getRecordComponents()) {
				path.add(component.getName());
				walk(component.getGenericType(), path, found, seen);
				path.remove(path.size() - 1);
			}
			seen.remove(raw);
		}
	}

	private static Class<?> enumAt(Type type, List<String> segments) {
		Type current = type;
		for (String segment : segments) {
			Class<?> raw = raw(current);
			if (segment.equals("[]")) {
				current = ((ParameterizedType) current).getActualTypeArguments()[0];
			}
			else {
				current = Arrays.stream(raw.getRecordComponents())
					.filter(component -> component.getName().equals(segment))
					.findFirst()
					.orElseThrow()
					.getGenericType();
			}
		}
		return raw(current);
	}

	private static Class<?> raw(Type type) {
		if (type instanceof ParameterizedType generic) {
			return (Class<?>) generic.getRawType();
		}
		return type instanceof Class<?> plain ? plain : Object.class;
	}
}
