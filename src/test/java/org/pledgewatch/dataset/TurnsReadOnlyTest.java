package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.dataset.FaultyFiles.Fault;

/**
 * A store directory that turns read-only while the server runs: writes answer 503 and the store says so
 * ({@code storeWritable: false}, health READ_ONLY) at once, not only after a restart; fixed, it says so again.
 */
class TurnsReadOnlyTest {

	@TempDir
	Path dir;

	private final FaultyFiles files = new FaultyFiles();

	@Test
	void aFailedWriteIsReportedAtOnceAndAFixedDirectoryIsSeenAgain() throws InterruptedException {
		FileSystemDatasetStore store = new FileSystemDatasetStore(dir, files,
				List.of(DatasetStoreContractTest.SEED));
		assertThat(store.notWritable()).isEmpty();

		files.fail(Fault.READ_ONLY, "");
		assertThatThrownBy(() -> store.add(DatasetStoreContractTest.spending(200)))
			.isInstanceOf(StoreNotWritableException.class);
		assertThat(store.notWritable()).as("right after the failed write").hasValue("permission denied");

		files.heal();
		Thread.sleep(FileSystemDatasetStore.REPROBE_NANOS / 1_000_000 + 50);
		assertThat(store.notWritable()).as("probed again").isEmpty();
		assertThat(store.add(DatasetStoreContractTest.spending(200)).version()).isEqualTo(2);
	}

	@Test
	void aHealthCheckFindsADirectoryThatTurnedReadOnlyWithoutAnyWrite() throws InterruptedException {
		FileSystemDatasetStore store = new FileSystemDatasetStore(dir, files,
				List.of(DatasetStoreContractTest.SEED));
		files.fail(Fault.READ_ONLY, "");
		Thread.sleep(FileSystemDatasetStore.REPROBE_NANOS / 1_000_000 + 50);
		assertThat(store.notWritable()).hasValue("permission denied");
	}

}
