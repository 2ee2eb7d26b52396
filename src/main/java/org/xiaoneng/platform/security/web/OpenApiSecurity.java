package org.xiaoneng.platform.security.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Tells the OpenAPI document how to call the API: a personal API token as a Bearer token.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OpenApiSecurity.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "personal API token (xnt_…)",
		description = "Create a token on the page 'My API tokens' and send it as Authorization: Bearer <token>")
class OpenApiSecurity {

	static final String BEARER = "bearer";
}
