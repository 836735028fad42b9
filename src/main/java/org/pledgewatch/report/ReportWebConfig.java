package org.pledgewatch.report;

import java.util.List;

import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.system.RenderProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Conditional GET for every answer computed from the dataset (the pages, the JSON API and the downloads), and the
 * rendered answers kept for anonymous readers. MVC test slices load this configurer without the services; there is
 * nothing to tag or keep then.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RenderProperties.class)
class ReportWebConfig implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ReportWebConfig.class);

	/** Pages and JSON answers that depend only on the dataset version, the address and the language. */
	static final List<String> DATASET_ANSWERS = List.of("/", "/countries/{iso3}", "/compare", "/map",
			"/embed/{chart}", "/api/compliance", "/api/summary", "/api/trend", "/api/countries/**", "/api/paths",
			"/api/compare", "/api/events", "/charts/**");

	/**
	 * Answers drawn under a bounded concurrency when not already kept: the pages, the chart files and the downloads.
	 * (The JSON API's answers are figures, not drawings; the time limit bounds them.)
	 */
	static final List<String> DRAWN_ANSWERS = List.of("/", "/countries/{iso3}", "/compare", "/map", "/embed/{chart}",
			"/charts/**", "/reports/**");

	private final ObjectProvider<ComplianceService> compliance;

	private final ObjectProvider<DatasetStore> store;

	ReportWebConfig(ObjectProvider<ComplianceService> compliance, ObjectProvider<DatasetStore> store) {
		this.compliance = compliance;
		this.store = store;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		compliance.ifAvailable(service -> registry.addInterceptor(new DatasetEtagInterceptor(new DatasetEtag(service, store.getIfAvailable())))
			// After the language switch (order 0), so a ?lang= answer is tagged with the language it is written in.
			.order(1)
			.addPathPatterns(DATASET_ANSWERS)
			.addPathPatterns("/reports/**"));
	}

	/** Rendered answers kept, by total size: 16 MB holds about 300 pages of 50 KB; 0 keeps none. */
	@Bean
	RenderedAnswers renderedAnswers(@Value("${dashboard.rendered-answers.max-size:16MB}") DataSize maxSize) {
		return new RenderedAnswers(maxSize.toBytes());
	}

	@Bean
	FilterRegistrationBean<RenderedAnswerFilter> renderedAnswerFilter(RenderedAnswers answers,
			LocaleResolver localeResolver, @Value("${dashboard.rendered-answers.max-size:16MB}") DataSize maxSize) {
		ComplianceService service = compliance.getIfAvailable();
		FilterRegistrationBean<RenderedAnswerFilter> registration = new FilterRegistrationBean<>(
				new RenderedAnswerFilter(DATASET_ANSWERS, answers, service == null ? null : new DatasetEtag(service, store.getIfAvailable()),
						localeResolver));
		registration.setEnabled(service != null && maxSize.toBytes() > 0);
		// Inside Spring Security's chain (order -100): it knows who is signed in and writes the security headers.
		registration.setOrder(0);
		return registration;
	}

	/** After the kept answers (a kept answer needs no turn), inside Spring Security's chain as they are. */
	@Bean
	FilterRegistrationBean<RenderGateFilter> renderGateFilter(RenderProperties render, MessageSource messages,
			LocaleResolver localeResolver) {
		int turns = render.permits(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
		log.info("Drawing at most {} charts, files or pages at once (dashboard.render.max-concurrent); others wait "
				+ "up to {}, then answer 503", turns, render.queueWait());
		FilterRegistrationBean<RenderGateFilter> registration = new FilterRegistrationBean<>(
				new RenderGateFilter(DRAWN_ANSWERS, turns, render.queueWait(), messages, localeResolver));
		registration.setOrder(1);
		return registration;
	}

}
