package org.xiaoneng.common;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Delivers, once at start, the events the publication registry still holds for a listener that has since become a
 * {@link ProjectionListener}: a delivery left incomplete by a crash before the node was updated. Spring Modulith
 * looks such a publication up among the listeners that run after the commit, does not find it and leaves it
 * incomplete; here it is delivered to the method under the same id, its work and its completion in one transaction
 * as {@link ListenerTransactions} does, so that no event is lost by the move (decision 0054). The projections are
 * written so that a fact heard twice counts once.
 */
@Component
class ProjectionCatchUp {

	private static final Logger LOG = LoggerFactory.getLogger(ProjectionCatchUp.class);

	private final EventPublicationRegistry registry;

	private final BeanFactory beans;

	private final TransactionTemplate transactions;

	ProjectionCatchUp(EventPublicationRegistry registry, BeanFactory beans, PlatformTransactionManager transactions) {
		this.registry = registry;
		this.beans = beans;
		this.transactions = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		int delivered = deliver(registry.findIncompletePublications());
		if (delivered > 0) {
			LOG.info("Delivered {} events left for listeners that now write in the deciding transaction", delivered);
		}
	}

	/** Delivers those of the publications whose listener is a projection; returns how many it completed. */
	int deliver(Collection<TargetEventPublication> publications) {
		int delivered = 0;
		for (TargetEventPublication publication : publications) {
			PublicationTargetIdentifier listener = publication.getTargetIdentifier();
			Optional<Method> method = projectionMethod(listener);
			if (method.isEmpty()) {
				continue;
			}
			Object bean = beans.getBean(method.get().getDeclaringClass());
			Object event = publication.getEvent();
			try {
				transactions.executeWithoutResult(status -> {
					ReflectionUtils.makeAccessible(method.get());
					ReflectionUtils.invokeMethod(method.get(),
							AopUtils.isAopProxy(bean) ? AopProxyUtils.getSingletonTarget(bean) : bean, event);
					ListenerTransactions.targetOf(registry).markCompleted(event, listener);
				});
				delivered++;
			}
			catch (RuntimeException failed) {
				registry.markFailed(event, listener);
				LOG.error("Event {} for {} could not be delivered; it stays incomplete", event, listener, failed);
			}
		}
		return delivered;
	}

	/** The projection method the registry's listener id names, if it names one. */
	static Optional<Method> projectionMethod(PublicationTargetIdentifier listener) {
		String id = listener.getValue();
		int parameters = id.indexOf('(');
		int name = parameters < 0 ? -1 : id.lastIndexOf('.', parameters);
		if (name < 0 || !ClassUtils.isPresent(id.substring(0, name), ProjectionCatchUp.class.getClassLoader())) {
			return Optional.empty();
		}
		Class<?> type = ClassUtils.resolveClassName(id.substring(0, name), ProjectionCatchUp.class.getClassLoader());
		for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
			if (method.isAnnotationPresent(ProjectionListener.class)
					&& ListenerTransactions.identifierOf(method).equals(listener)) {
				return Optional.of(method);
			}
		}
		return Optional.empty();
	}
}
