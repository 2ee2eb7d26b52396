package org.xiaoneng.common;

import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers an event to a {@link ModuleListener} in one transaction that holds the listener's work and the event
 * publication registry's record that the delivery is completed.
 * <p>
 * Spring Modulith 2.0's completion advice marks a delivery in progress, runs the listener and marks it completed,
 * each mark through the registry's {@code REQUIRES_NEW} methods: three commits a delivery, and a crash between the
 * work's commit and the last mark delivers the event again. This advice comes first (right after {@code @Async}, which
 * Spring always puts in front, so it runs on the executor's thread), opens the transaction, calls the listener method
 * itself and records the completion through the registry's target, whose repository joins the transaction; the rest of
 * the chain, Modulith's completion advice included, is not run for these methods. A listener that throws rolls back
 * with its completion, and its delivery is then marked failed on its own, as Modulith does; either way it stays
 * incomplete and is delivered again at the next start (decision 0043).
 */
@Configuration(proxyBeanMethods = false)
class ListenerTransactions {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor moduleListenerDelivery(BeanFactory beans) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(ModuleListener.class), new Delivery(beans));
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	/** The id the registry stores a publication for the listener method under, computed as Spring Modulith does. */
	static PublicationTargetIdentifier identifierOf(Method method) {
		return PublicationTargetIdentifier.of(
				new TransactionalApplicationListenerMethodAdapter("listener", method.getDeclaringClass(), method)
					.getListenerId());
	}

	/** The registry itself behind its proxy, so that its repository joins the caller's transaction. */
	static EventPublicationRegistry targetOf(EventPublicationRegistry registry) {
		Object target = AopProxyUtils.getSingletonTarget(registry);
		return target instanceof EventPublicationRegistry raw ? raw : registry;
	}

	/** One delivery: the listener's work and its completion in the registry, committed together. */
	static final class Delivery implements MethodInterceptor {

		private final BeanFactory beans;

		private final Map<Method, PublicationTargetIdentifier> listeners = new ConcurrentHashMap<>();

		private volatile TransactionTemplate transactions;

		private volatile EventPublicationRegistry registry;

		Delivery(BeanFactory beans) {
			this.beans = beans;
		}

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			Method method = invocation.getMethod();
			Object event = invocation.getArguments()[0];
			PublicationTargetIdentifier listener = listeners.computeIfAbsent(method, ListenerTransactions::identifierOf);
			try {
				return transactions().execute(status -> {
					Object result = work(invocation);
					// the registry's target, not its proxy: the proxy's REQUIRES_NEW would commit the mark on its own
					registryTarget().markCompleted(event, listener);
					return result;
				});
			}
			catch (RuntimeException | Error failed) {
				registry().markFailed(event, listener);
				throw failed;
			}
		}

		/** Calls the listener method on its bean; listeners declare no checked exception. */
		private static Object work(MethodInvocation invocation) {
			try {
				return AopUtils.invokeJoinpointUsingReflection(invocation.getThis(), invocation.getMethod(),
						invocation.getArguments());
			}
			catch (RuntimeException | Error unchecked) {
				throw unchecked;
			}
			catch (Throwable checked) {
				throw new UndeclaredThrowableException(checked);
			}
		}

		// looked up at the first delivery, not while the context is still creating the advisors
		private TransactionTemplate transactions() {
			if (transactions == null) {
				TransactionTemplate template = new TransactionTemplate(beans.getBean(PlatformTransactionManager.class));
				template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
				transactions = template;
			}
			return transactions;
		}

		private EventPublicationRegistry registry() {
			if (registry == null) {
				registry = beans.getBean(EventPublicationRegistry.class);
			}
			return registry;
		}

		private EventPublicationRegistry registryTarget() {
			return targetOf(registry());
		}
	}
}
