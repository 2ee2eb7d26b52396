package org.xiaoneng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.xiaoneng.testing.SharedTestDatabase;

/**
 * The application started as a console command, the way an operator runs the break-glass command on a fresh
 * production database: the first start makes the administrators, the command issues a new one-time password, and
 * neither an HTTP port nor a sweep is opened on the way.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsoleCommandTests {

	@Test
	void resetPasswordRunsWithoutAWebServerOrSweepsAndExitsWithSuccess(CapturedOutput output) {
		String database = SharedTestDatabase.newDatabase();
		assertThat(XiaonengApplication.isConsoleCommand("--server.port=9090", "reset-password", "admin")).isTrue();
		assertThat(XiaonengApplication.isConsoleCommand("--server.port=9090")).isFalse();
		SpringApplication application = XiaonengApplication.consoleCommand();

		List<String> arguments = new ArrayList<>(List.of("reset-password", "admin",
				"--xiaoneng.crypto.key=" + HexFormat.of().formatHex(new byte[16]), "--server.port=8080"));
		arguments.addAll(SharedTestDatabase.connectionArguments(database));
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isNegative();
			assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
			assertThat(context.getBean(JdbcClient.class)
				.sql("select actor from audit.entry where action = 'account.break-glass-reset'")
				.query(String.class)
				.single()).startsWith("console:");
			assertThat(SpringApplication.exit(context)).isZero();
		}
		assertThat(output.getOut()).contains("admin").contains("reset-password");
	}
}
