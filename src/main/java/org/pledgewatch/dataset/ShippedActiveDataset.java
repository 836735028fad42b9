package org.pledgewatch.dataset;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves the shipped dataset when no versioned store is configured. */
@Configuration(proxyBeanMethods = false)
class ShippedActiveDataset {

	@Bean
	@ConditionalOnMissingBean(ActiveDataset.class)
	ActiveDataset shippedDataset() {
		Dataset shipped = ShippedDataset.dataset();
		return () -> shipped;
	}

	@Bean
	AccessionRegister accessionRegister() {
		return ShippedDataset.accessions();
	}

}
