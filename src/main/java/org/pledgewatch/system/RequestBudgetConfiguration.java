package org.pledgewatch.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Every GET's time limit and client connection ({@link org.pledgewatch.budget.RequestBudget}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimitProperties.class)
class RequestBudgetConfiguration {

	@Bean
	FilterRegistrationBean<RequestBudgetFilter> requestBudgetFilter(RequestLimitProperties limits) {
		FilterRegistrationBean<RequestBudgetFilter> registration = new FilterRegistrationBean<>(
				new RequestBudgetFilter(limits.timeLimit()));
		// First after the character encoding filter, so the time limit counts from the request's arrival.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> clientConnectionValve() {
		return factory -> factory.addEngineValves(new ClientConnectionValve());
	}

}
