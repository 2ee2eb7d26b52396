package org.xiaoneng.platform.database;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Lets exactly one node of a cluster run each sweep: a sweep annotated with {@code @SchedulerLock} takes a row in
 * the shared {@code shedlock} table first, and names this node in it.
 * <p>
 * Every sweep that fires on a cron trigger also holds its lock for a good part of its interval
 * ({@code lockAtLeastFor}): the nodes' triggers fire at the same minute but never at the same instant (clocks drift,
 * schedulers start late), and a sweep that finishes in milliseconds would otherwise free its lock before the next
 * node asks for it and let that node run the same trigger again.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingLocks {

	@Bean
	LockProvider lockProvider(DataSource dataSource, NodeIdentity node) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.withLockedByValue(node.id())
			.build());
	}
}
