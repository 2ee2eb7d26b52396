package org.xiaoneng.platform.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the chainer with a fixed delay from {@link AuditSettings#chainInterval()} and the external anchoring every
 * {@link AuditSettings#externalAnchorInterval()}. It calls the beans, not the classes, so that the ShedLock locks
 * around {@link AuditChainer#chainInBackground()} and {@link ExternalAnchoring#anchorInBackground()} apply.
 */
@Configuration(proxyBeanMethods = false)
class AuditChainSchedule implements SchedulingConfigurer {

	private final AuditChainer chainer;

	private final ExternalAnchoring anchoring;

	private final AuditSettings settings;

	AuditChainSchedule(AuditChainer chainer, ExternalAnchoring anchoring, AuditSettings settings) {
		this.chainer = chainer;
		this.anchoring = anchoring;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(chainer::chainInBackground, settings.chainInterval());
		registrar.addFixedDelayTask(anchoring::anchorInBackground, settings.externalAnchorInterval());
	}
}
