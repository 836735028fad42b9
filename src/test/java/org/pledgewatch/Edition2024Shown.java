package org.pledgewatch;

import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.ShippedDataset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * With {@link ShippedDataConfig}: pages and the API show version 1, NATO's June 2024 edition, the shipped edition
 * with money figures (gaps in dollars, totals, spending per head), as after an editor rolls back to it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Edition2024Shown {

	@Bean
	@Primary
	ActiveDataset edition2024() {
		Dataset dataset = ShippedDataset.dataset(1);
		return () -> dataset;
	}

}
