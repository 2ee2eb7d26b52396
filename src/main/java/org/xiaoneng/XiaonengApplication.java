package org.xiaoneng;

import java.util.Arrays;
import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

/**
 * Xiaoneng keeps an agency's administrative-efficiency rules (机关效能建设工作制度) in its daily work.
 */
@Modulithic(systemName = "Xiaoneng 效能", sharedModules = "common")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class XiaonengApplication {

	static final String SCHEDULING_ENABLED = "xiaoneng.scheduling.enabled";

	public static void main(String[] args) {
		if (isConsoleCommand(args)) {
			System.exit(SpringApplication.exit(consoleCommand().run(args)));
		}
		SpringApplication.run(XiaonengApplication.class, args);
	}

	/** A word that is not an option names a console command, e.g. {@code reset-password admin}. */
	static boolean isConsoleCommand(String... args) {
		return Arrays.stream(args).anyMatch(argument -> !argument.startsWith("--"));
	}

	/**
	 * The application for a console command, run by an operator on the server itself: it opens no HTTP port (not
	 * even one set in the environment, hence the first property source) and runs no scheduled work — a sweep or a
	 * notification round cut short when the command exits could leave half its work, or send a message twice.
	 */
	static SpringApplication consoleCommand() {
		SpringApplication application = new SpringApplication(XiaonengApplication.class);
		application.addInitializers(context -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("consoleCommand", Map.of("server.port", "-1", "management.server.port", "-1",
					SCHEDULING_ENABLED, "false"))));
		return application;
	}

	/**
	 * With {@code xiaoneng.scheduling.enabled=false} the process runs no scheduled work at all — sweeps, notification
	 * rounds, the audit chainer, session clean-up: a console command, a node that only serves requests while the
	 * others do that work, or a test harness that must tell a request's writes from a sweep's. Spring Session enables
	 * scheduling too, so leaving out {@code @EnableScheduling} would not do: the processor goes.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = SCHEDULING_ENABLED, havingValue = false)
	static BeanFactoryPostProcessor withoutScheduledWork() {
		return beanFactory -> ((BeanDefinitionRegistry) beanFactory)
			.removeBeanDefinition(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME);
	}
}
