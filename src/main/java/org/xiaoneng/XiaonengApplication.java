package org.xiaoneng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Xiaoneng keeps an agency's administrative-efficiency rules (机关效能建设工作制度) in its daily work.
 */
@Modulithic(systemName = "Xiaoneng 效能", sharedModules = "common")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class XiaonengApplication {

	public static void main(String[] args) {
		SpringApplication.run(XiaonengApplication.class, args);
	}
}
