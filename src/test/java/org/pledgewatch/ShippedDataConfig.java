package org.pledgewatch;

import java.math.BigDecimal;

import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.context.ContextData;
import org.pledgewatch.context.EventTexts;
import org.pledgewatch.dashboard.ChartLabels;
import org.pledgewatch.dashboard.CountryContext;
import org.pledgewatch.dashboard.CountryNames;
import org.pledgewatch.dashboard.Figures;
import org.pledgewatch.dashboard.SiteNavigation;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.system.DashboardProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * For {@code @WebMvcTest} slices: the real computation over the shipped dataset (or the one a test supplies as an
 * {@link ActiveDataset} bean), with the beans templates call.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ComplianceService.class, Figures.class, SiteNavigation.class, CountryNames.class, ChartLabels.class,
		CountryContext.class, ContextData.class, EventTexts.class })
public class ShippedDataConfig {

	@Bean
	ActiveDataset activeDataset() {
		Dataset shipped = ShippedDataset.dataset();
		return () -> shipped;
	}

	@Bean
	AccessionRegister accessionRegister() {
		return ShippedDataset.accessions();
	}

	@Bean
	DashboardProperties dashboardProperties() {
		return new DashboardProperties(new BigDecimal("2.0"), "BEL");
	}

}
