package org.pledgewatch.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Conditional GET for every answer computed from the dataset: the JSON API and the downloads. */
@Configuration(proxyBeanMethods = false)
class ReportWebConfig implements WebMvcConfigurer {

	private final DatasetEtag etags;

	ReportWebConfig(DatasetEtag etags) {
		this.etags = etags;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new DatasetEtagInterceptor(etags)).addPathPatterns("/api/**", "/reports/**");
	}

}
