package org.pledgewatch.report;

import org.pledgewatch.compliance.ComplianceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Conditional GET for every answer computed from the dataset: the JSON API and the downloads. MVC test slices load
 * this configurer without the services; there is nothing to tag then.
 */
@Configuration(proxyBeanMethods = false)
class ReportWebConfig implements WebMvcConfigurer {

	private final ObjectProvider<ComplianceService> compliance;

	ReportWebConfig(ObjectProvider<ComplianceService> compliance) {
		this.compliance = compliance;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		compliance.ifAvailable(service -> registry.addInterceptor(new DatasetEtagInterceptor(new DatasetEtag(service)))
			// After the language switch (order 0), so a ?lang= answer is tagged with the language it is written in.
			.order(1)
			.addPathPatterns("/api/**", "/reports/**")
			// The version list changes without the active version changing (a rollback), so it is never tagged.
			.excludePathPatterns("/api/datasets", "/api/datasets/**"));
	}

}
