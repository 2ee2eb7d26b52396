package org.xiaoneng.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What operators and integrators rely on: health, Prometheus metrics and the OpenAPI description.
 */
@IntegrationTest
@WithMockUser(username = "handler", roles = "HANDLER")
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsUp() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheusCanScrapeJvmMetrics() throws Exception {
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
