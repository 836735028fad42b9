package org.pledgewatch;

import java.math.BigDecimal;

import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.context.ContextData;
import org.pledgewatch.context.EventTexts;
import org.pledgewatch.dashboard.ChartLabels;
import org.pledgewatch.dashboard.CountryContext;
import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.Figures;
import org.pledgewatch.dashboard.SiteNavigation;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.DatasetEditor;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.InMemoryDatasetStore;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.system.DashboardProperties;
import org.pledgewatch.system.SecurityConfiguration;
import org.pledgewatch.system.UploadProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * For {@code @WebMvcTest} slices: the real computation over the shipped dataset (or the one a test supplies as an
 * {@link ActiveDataset} bean), with the beans templates call and the site's security rules.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ComplianceService.class, org.pledgewatch.compliance.PreviousEditions.class, Figures.class, org.pledgewatch.language.PartialYearCounts.class, org.pledgewatch.system.CurrencyMessages.class, SiteNavigation.class, SecurityConfiguration.class,
		DatasetEditor.class, CountryNames.class, ChartLabels.class, CountryContext.class, ContextData.class,
		EventTexts.class, org.pledgewatch.language.EditionNames.class, org.pledgewatch.dashboard.EmbedLinks.class, org.pledgewatch.map.AlliesMap.class,
		org.pledgewatch.report.ChartFiles.class, org.pledgewatch.system.VersionAccess.class,
		org.pledgewatch.system.ShownVersion.class })
@EnableConfigurationProperties(UploadProperties.class)
public class ShippedDataConfig {

	/** Also the {@link ActiveDataset}; a test may supply its own as a {@code @Primary} bean. */
	@Bean
	DatasetStore datasetStore() {
		return InMemoryDatasetStore.shipped();
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
