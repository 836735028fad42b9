package org.pledgewatch.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.DatasetEditor;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.FileSystemDatasetStore;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.system.SecurityConfiguration;
import org.pledgewatch.system.DashboardProperties;
import org.pledgewatch.system.UploadProperties;
import org.pledgewatch.system.VersionAccess;
import org.pledgewatch.upload.VersionComparisons;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

/** For API slices: the real editor and security over a file-system store in a fresh temporary directory. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, DatasetEditor.class, VersionAccess.class, VersionComparisons.class,
		ComplianceService.class })
@EnableConfigurationProperties({ UploadProperties.class, DashboardProperties.class })
class TempDatasetStore {

	@Bean
	AccessionRegister accessionRegister() {
		return ShippedDataset.accessions();
	}

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
