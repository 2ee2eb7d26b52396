package org.xiaoneng.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description of the JSON API at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): every
 * operation under {@code /api/v1/} requires a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "bearerAuth";

	static final String VERSIONED = ApiRequests.PREFIX + "v1/";

	@Bean
	OpenAPI xiaonengApi(@Value("${info.app.version:unknown}") String version) {
		return new OpenAPI()
			.info(new Info().title("Xiaoneng 效能 API")
				.version(version)
				.description("""
						The JSON API of Xiaoneng, the administrative-efficiency platform (机关效能建设平台), for \
						integrations. Errors are RFC 9457 problems (application/problem+json) in the caller's \
						language (Accept-Language: zh-CN or en), with the rejected fields under "errors" and a \
						"reference" to quote to the operators.""")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

	/**
	 * What the endpoints check but springdoc leaves out of a record's schema: a component of a primitive type cannot
	 * be left out of a body (Jackson refuses a missing {@code int} or {@code boolean} rather than guess 0 or false), so
	 * it is listed as required; a {@code @NotBlank} or {@code @NotEmpty} text has at least one character (springdoc
	 * writes {@code @Size}'s minimum 0), and a {@code @NotBlank} one a character that is not white space.
	 */
	@Bean
	ModelConverter recordConstraints() {
		return (annotated, context, chain) -> {
			Schema<?> resolved = chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
			Class<?> type = resolved == null ? null : Json.mapper().constructType(annotated.getType()).getRawClass();
			if (type == null || !type.isRecord()) {
				return resolved;
			}
			Schema<?> model = resolved.get$ref() == null ? resolved
					: context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
			if (model == null || model.getProperties() == null) {
				return resolved;
			}
			for (RecordComponent component : type.getRecordComponents()) {
				String name = component.getName();
				Schema<?> property = model.getProperties().get(name);
				if (property == null) {
					continue;
				}
				if (component.getType().isPrimitive()
						&& (model.getRequired() == null || !model.getRequired().contains(name))) {
					model.addRequiredItem(name);
				}
				Field field = field(type, name);
				boolean notBlank = field != null && field.isAnnotationPresent(NotBlank.class);
				boolean notEmpty = notBlank || field != null && field.isAnnotationPresent(NotEmpty.class);
				if (notEmpty && component.getType() == String.class) {
					property.setMinLength(Math.max(1, property.getMinLength() == null ? 0 : property.getMinLength()));
					if (notBlank && property.getPattern() == null) {
						property.setPattern("\\S");
					}
				}
				else if (notEmpty && Collection.class.isAssignableFrom(component.getType())) {
					property.setMinItems(Math.max(1, property.getMinItems() == null ? 0 : property.getMinItems()));
				}
			}
			return resolved;
		};
	}

	private static Field field(Class<?> record, String name) {
		try {
			return record.getDeclaredField(name);
		}
		catch (NoSuchFieldException e) {
			return null;
		}
	}

	@Bean
	OpenApiCustomizer bearerForVersionOne() {
		return api -> {
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> {
				if (path.startsWith(VERSIONED)) {
					item.readOperations().forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(BEARER)));
				}
			});
		};
	}
}
