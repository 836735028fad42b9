package org.pledgewatch.system;

import org.pledgewatch.compliance.ComplianceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code ?version=} everywhere, resolved in one place (MVC test slices without the services have nothing to pin). */
@Configuration(proxyBeanMethods = false)
class ShownVersionWebConfig implements WebMvcConfigurer {

	private final ObjectProvider<VersionAccess> access;

	private final ObjectProvider<ComplianceService> compliance;

	ShownVersionWebConfig(ObjectProvider<VersionAccess> access, ObjectProvider<ComplianceService> compliance) {
		this.access = access;
		this.compliance = compliance;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		VersionAccess versions = access.getIfAvailable();
		ComplianceService models = compliance.getIfAvailable();
		if (versions == null || models == null) {
			return;
		}
		registry.addInterceptor(new ShownVersionInterceptor(versions, models))
			// Before the ETag (order 1), which reads the model this pins.
			.order(Ordered.HIGHEST_PRECEDENCE)
			.addPathPatterns("/**")
			.excludePathPatterns("/error", "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg");
	}

}
