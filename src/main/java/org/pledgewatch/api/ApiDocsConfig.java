package org.pledgewatch.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetCitation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs} and shown at {@code /swagger-ui.html}. It cites the dataset
 * version being served, so springdoc's cache is off ({@code springdoc.cache.disabled}): a cached document would keep
 * citing the version active when it was first asked for. {@link KeptApiDescriptions} keeps it per version instead.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	private static final String DESCRIPTION = "NATO allies' defence expenditure against a share-of-GDP target (2% "
			+ "unless ?target= says otherwise). The share used is the publisher's printed share where the dataset "
			+ "gives one, else defence expenditure / GDP. Money is in million US dollars at current prices and "
			+ "exchange rates, and null where the edition gives no money figures; shares are % of GDP, unrounded "
			+ "unless the field says rounded; missing values are null, never 0. Every answer names its dataset "
			+ "version and source in \"dataset\". Answers carry a weak ETag derived from the dataset version and the "
			+ "parameters; send it back in If-None-Match to get 304 Not Modified.";

	/**
	 * HTTP Basic, declared so that Swagger UI's "Authorize" sends the editor's credentials up front: the API's 401
	 * carries no challenge, so a browser never prompts for them by itself.
	 */
	static final String EDITOR_LOGIN = "editorLogin";

	/** After Spring Security's chain (order -100), so the kept description carries the same headers as a fresh one. */
	@Bean
	FilterRegistrationBean<KeptApiDescriptions> keptApiDescriptions(ComplianceService compliance) {
		FilterRegistrationBean<KeptApiDescriptions> registration = new FilterRegistrationBean<>(
				new KeptApiDescriptions(compliance));
		registration.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*", "/v3/api-docs.yaml");
		registration.setOrder(1);
		return registration;
	}

	@Bean
	OpenAPI pledgewatchOpenApi() {
		return new OpenAPI().info(new Info().title("Pledgewatch API")
			.version("1")
			.description(DESCRIPTION)
			.license(new License().name("Open source")))
			.components(new Components().addSecuritySchemes(EDITOR_LOGIN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

	/** {@code ?version=} is read for every request in one place (not by the controllers), so it is declared here. */
	@Bean
	OpenApiCustomizer versionParameter() {
		return api -> api.getPaths().forEach((path, item) -> {
			if (item.getGet() != null && !path.startsWith("/api/datasets")) {
				item.getGet()
					.addParametersItem(new io.swagger.v3.oas.models.parameters.Parameter().in("query")
						.name("version")
						.required(false)
						.description("a dataset version to read instead of the active one: published versions for "
								+ "anyone, drafts for the editor only (404 to others); 400 if not a number")
						.schema(new io.swagger.v3.oas.models.media.IntegerSchema()));
			}
		});
	}

	@Bean
	OpenApiCustomizer citeTheServedVersion(ComplianceService compliance) {
		return api -> {
			DatasetCitation citation = compliance.model().citation();
			api.getInfo()
				.description(DESCRIPTION + "\n\nNow serving: " + citation.line()
						+ (citation.sourceUrl() == null ? "" : ", " + citation.sourceUrl()) + ".");
		};
	}

}
