package org.pledgewatch.system;

import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.language.CurrencyLabels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.messageresolver.SpringMessageResolver;

/**
 * The pages' messages name the shown version's currency: a version in euros reads "Spending (m EUR)", never "m USD".
 * A message resolver ahead of Spring's rewrites the dollar wordings ({@link CurrencyLabels}) for the version the
 * request reads; NATO's editions, in US dollars, read as written.
 */
@Configuration(proxyBeanMethods = false)
public class CurrencyMessages {

	@Bean
	static BeanPostProcessor currencyMessageResolver(ObjectProvider<MessageSource> messages,
			ObjectProvider<ComplianceService> compliance) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.addMessageResolver(new Resolver(messages.getObject(), compliance));
				}
				return bean;
			}
		};
	}

	private static final class Resolver implements IMessageResolver {

		private final SpringMessageResolver spring = new SpringMessageResolver();

		private final ObjectProvider<ComplianceService> compliance;

		Resolver(MessageSource messages, ObjectProvider<ComplianceService> compliance) {
			this.spring.setMessageSource(messages);
			this.compliance = compliance;
		}

		@Override
		public String getName() {
			return "currency";
		}

		@Override
		public Integer getOrder() {
			// Ahead of Spring's own resolver, which it asks first.
			return Integer.MIN_VALUE;
		}

		@Override
		public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
			String message = spring.resolveMessage(context, origin, key, messageParameters);
			ComplianceService service = compliance.getIfAvailable();
			if (message == null || service == null) {
				return message;
			}
			return CurrencyLabels.inCurrency(message, service.model().citation().currency());
		}

		@Override
		public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
				Object[] messageParameters) {
			return spring.createAbsentMessageRepresentation(context, origin, key, messageParameters);
		}

	}

}
