package org.xiaoneng.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Where the static files are served: the application's own under {@code /css}, {@code /js} and {@code /images}, and
 * the web jars (ECharts) under {@code /webjars} by their version-less paths. Spring Boot's default maps {@code /**} to
 * the static locations instead ({@code spring.web.resources.add-mappings=false} turns it off), so that every link a
 * page writes ({@code @{/supervision/cockpit/cases(...)}}) was taken for a possible static file and looked for in
 * every jar of the class path by the resource chain's URL encoding: a third of the cockpit page's time in the bench
 * (bench/README, "Supervision"). With these patterns a page link matches none and costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "images" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}
