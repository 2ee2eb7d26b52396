package org.xiaoneng.platform.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the chainer with a fixed delay from {@link AuditSettings#chainInterval()}. It calls the chainer bean, not the
 * class, so that the ShedLock lock around {@link AuditChainer#chainInBackground()} applies.
 */
@Configuration(proxyBeanMethods = false)
class AuditChainSchedule implements SchedulingConfigurer {

	private final AuditChainer chainer;

	private final AuditSettings settings;

	AuditChainSchedule(AuditChainer chainer, AuditSettings settings) {
		this.chainer = chainer;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(chainer::chainInBackground, settings.chainInterval());
	}
}
