package org.xiaoneng.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The business clock: every module takes the time from this bean, in Asia/Shanghai, so that tests can move it.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {

	/** Where the agencies are: their working days, deadlines and office hours are in this zone. */
	public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(BUSINESS_ZONE);
	}
}
