package org.xiaoneng.platform.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
