package org.pledgewatch.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs} and shown at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	@Bean
	OpenAPI pledgewatchOpenApi() {
		return new OpenAPI().info(new Info().title("Pledgewatch API")
			.version("1")
			.description("NATO allies' defence expenditure against a share-of-GDP target (2% unless ?target= says "
					+ "otherwise). Money is in million US dollars at current prices and exchange rates; shares are "
					+ "% of GDP, unrounded unless the field says rounded; missing values are null, never 0. "
					+ "Source: NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024. "
					+ "Answers carry a weak ETag derived from the dataset version and the parameters; send it back in "
					+ "If-None-Match to get 304 Not Modified.")
			.license(new License().name("Open source")));
	}

}
