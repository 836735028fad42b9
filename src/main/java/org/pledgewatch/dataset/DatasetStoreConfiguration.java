package org.pledgewatch.dataset;

import org.pledgewatch.system.StoreProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dataset store (by default a directory under {@code dashboard.store-dir}) as the source of the active dataset,
 * seeded with the shipped NATO editions. With {@code dashboard.store=postgres}, {@link PostgresStoreConfiguration}
 * gives the {@link DatasetStore} instead; nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
class DatasetStoreConfiguration {

	/** Unless the store is PostgreSQL; a value that is neither fails here, binding {@link StoreProperties}. */
	@Bean
	@ConditionalOnExpression("!'${dashboard.store:file}'.equalsIgnoreCase('postgres')")
	DatasetStore datasetStore(StoreProperties properties, ObjectProvider<DurableFiles> files) {
		// A DurableFiles bean exists only in tests that simulate a full disk or a read-only directory.
		return new FileSystemDatasetStore(properties.storeDir(), files.getIfAvailable(DurableFiles::new),
				ShippedDataset.editions());
	}

	@Bean
	AccessionRegister accessionRegister() {
		return ShippedDataset.accessions();
	}

}
