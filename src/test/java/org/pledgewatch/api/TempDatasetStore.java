package org.pledgewatch.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pledgewatch.dataset.DatasetEditor;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.FileSystemDatasetStore;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.system.SecurityConfiguration;
import org.pledgewatch.system.UploadProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

/** For API slices: the real editor and security over a file-system store in a fresh temporary directory. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, DatasetEditor.class })
@EnableConfigurationProperties(UploadProperties.class)
class TempDatasetStore {

	@Bean
	StoreDir storeDir() throws IOException {
		return new StoreDir(Files.createTempDirectory("pledgewatch-store-"));
	}

	@Bean
	DatasetStore datasetStore(StoreDir storeDir) {
		return FileSystemDatasetStore.open(storeDir.path(), ShippedDataset.editions());
	}

	/** Deleted with the context. */
	record StoreDir(Path path) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			FileSystemUtils.deleteRecursively(path);
		}

	}

}
