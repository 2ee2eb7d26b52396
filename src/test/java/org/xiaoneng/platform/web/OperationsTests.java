package org.xiaoneng.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What operators and integrators rely on: public health probes, Prometheus metrics for administrators only, the
 * security headers and the OpenAPI description.
 */
@IntegrationTest
@WithMockUser(username = "handler", roles = "HANDLER")
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithAnonymousUser
	void healthAndItsProbesAreOpenToLoadBalancers() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	@WithAnonymousUser
	void metricsAreNotPublic() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
			.andExpect(content().string(not(containsString("http_server_requests"))));
	}

	@Test
	void metricsAreNotForStaff() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
	}

	@Test
	@WithAnonymousUser
	void pagesDenyTheBrowserFeaturesThePlatformDoesNotUse() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
			.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anAdministratorCanScrapeJvmMetrics() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void theApiIsDescribedWithItsBearerScheme() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Xiaoneng 效能 API"))
			.andExpect(jsonPath("$.info.version").value(not("unknown")))
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get.security[0].bearerAuth").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearerAuth.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"));
	}

	@Test
	void swaggerUiIsServed() throws Exception {
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}
}
