package org.pledgewatch.dataset;

import org.pledgewatch.system.StoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dataset store (a directory under {@code dashboard.store-dir}) as the source of the active dataset, seeded with
 * the shipped dataset as version 1. A database-backed store replaces the {@link DatasetStore} bean here; nothing
 * else changes.
 */
@Configuration(proxyBeanMethods = false)
class DatasetStoreConfiguration {

	static final String SHIPPED_BY = "pledgewatch";

	@Bean
	DatasetStore datasetStore(StoreProperties properties) {
		byte[] shipped = ShippedDataset.bytes(ShippedDataset.DATASET);
		NewVersion seed = new NewVersion("nato-defence-expenditure.csv", shipped, ShippedDataset.dataset().rows(),
				SHIPPED_BY);
		return FileSystemDatasetStore.open(properties.storeDir(), seed);
	}

	@Bean
	AccessionRegister accessionRegister() {
		return ShippedDataset.accessions();
	}

}
