package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL store on a real PostgreSQL: the contract, then what several instances on one database need. */
class PostgresDatasetStoreTest extends DatasetStoreContractTest {

	private static TestPostgres postgres;

	private DataSource database;

	@BeforeAll
	static void startPostgres() {
		postgres = TestPostgres.start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void freshDatabase() {
		database = postgres.dataSource(postgres.newDatabase());
	}

	@Override
	PostgresDatasetStore open(List<NewVersion> editions) {
		return PostgresDatasetStore.open(database, editions, null, Duration.ofMillis(100));
	}

	@Override
	PostgresDatasetStore open() {
		return open(List.of(SEED));
	}

	@Override
	void alterFile(int version) throws SQLException {
		try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
			// As a superuser bypassing the trigger that keeps version rows immutable.
			s.execute("set session_replication_role = replica");
			try (PreparedStatement update = c.prepareStatement("update dataset_version set content = ? where version = ?")) {
				update.setBytes(1, (DamagedStoreTest.version("Belgium,BEL,2024,999,10000\n").content()));
				update.setInt(2, version);
				assertThat(update.executeUpdate()).isEqualTo(1);
			}
		}
	}

	@Override
	List<AuditEntry> audit() throws SQLException {
		try (Connection c = database.getConnection()) {
			return DatasetTables.audit(c);
		}
	}

	private void execute(String sql) throws SQLException {
		try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	@Test
	void theAuditLogIsAppendOnlyAndVersionsAreImmutable() {
		open().add(spending(200));
		assertThatThrownBy(() -> execute("delete from audit_log")).isInstanceOf(SQLException.class)
			.hasMessageContaining("never changed or removed");
		assertThatThrownBy(() -> execute("update audit_log set version = 9")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> execute("update dataset_version set content = '' where version = 2"))
			.isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> execute("delete from dataset_version where version = 2"))
			.isInstanceOf(SQLException.class);
	}

	@Test
	void theMetadataIsTheFileStoresVersionJson() throws SQLException {
		DatasetVersion added = open().add(spending(200));
		try (Connection c = database.getConnection(); Statement s = c.createStatement();
				var rs = s.executeQuery("select metadata::text from dataset_version where version = 2")) {
			rs.next();
			assertThat(StoreDocuments.metadata(rs.getString(1).getBytes(StandardCharsets.UTF_8))).isEqualTo(added);
		}
	}

	@Nested
	class SeveralInstances {

		@Test
		void parallelAddsThroughTwoStoresGetConsecutiveNumbers() throws Exception {
			PostgresDatasetStore a = open();
			PostgresDatasetStore b = open();
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				List<Future<DatasetVersion>> added = IntStream.range(0, 20)
					.mapToObj(i -> pool.submit(() -> (i % 2 == 0 ? a : b).add(spending(i + 1))))
					.toList();
				for (Future<DatasetVersion> future : added) {
					future.get();
				}
			}
			finally {
				pool.shutdown();
			}
			assertThat(open().versions()).extracting(DatasetVersion::version)
				.containsExactlyElementsOf(IntStream.rangeClosed(1, 21).boxed().toList());
		}

		@Test
		void anActivationElsewhereIsFoundByRefresh() {
			PostgresDatasetStore a = open();
			PostgresDatasetStore b = open();
			b.add(spending(200));
			b.activate(2, "bob");

			assertThat(a.refresh()).hasValueSatisfying(dataset -> assertThat(dataset.version()).isEqualTo(2));
			assertThat(a.activeVersion()).isEqualTo(2);
			assertThat(a.versions()).extracting(DatasetVersion::version).containsExactly(1, 2);
			assertThat(a.refresh()).as("nothing new the second time").isEmpty();
		}

		@Test
		void aVersionStoredElsewhereCanBeActivatedAtOnce() {
			PostgresDatasetStore a = open();
			open().add(spending(200));

			assertThat(a.activate(2, "alice").version()).isEqualTo(2);
			assertThat(a.active().rows().get(0).defenceExpenditureMusd()).isEqualByComparingTo("200");
		}

	}

	@Nested
	class Watching {

		private final AtomicInteger catchUps = new AtomicInteger();

		private DatabaseWatcher watch(PostgresDatasetStore store, Duration checkInterval) {
			DatabaseWatcher watcher = new DatabaseWatcher(store, database, catchUps::incrementAndGet, checkInterval,
					Duration.ofMillis(100));
			watcher.start();
			return watcher;
		}

		private void awaitCatchUps(int count) throws InterruptedException {
			long deadline = System.nanoTime() + 1_000_000_000L;
			while (catchUps.get() < count) {
				assertThat(System.nanoTime()).as("caught up " + count + " times within a second").isLessThan(deadline);
				Thread.sleep(10);
			}
		}

		@Test
		void aChangeElsewhereIsNotifiedAtOnce() throws Exception {
			DatabaseWatcher watcher = watch(open(), Duration.ofMinutes(1));
			try {
				awaitCatchUps(1);
				open().add(spending(200));
				awaitCatchUps(2);
			}
			finally {
				watcher.stop();
			}
		}

		@Test
		void withoutNotificationsTheActiveVersionIsStillCheckedPeriodically() throws Exception {
			DatabaseWatcher watcher = watch(open(), Duration.ofMillis(200));
			try {
				awaitCatchUps(3);
			}
			finally {
				watcher.stop();
			}
			assertThat(watcher.isRunning()).isFalse();
		}

	}

	@Nested
	class ImportOfAFileStore {

		@TempDir
		Path dir;

		private FileSystemDatasetStore fileStore() {
			FileSystemDatasetStore files = FileSystemDatasetStore.open(dir, List.of(SEED));
			files.add(spending(200));
			files.add(spending(300));
			files.activate(3, "alice");
			files.activate(2, "alice");
			return files;
		}

		private PostgresDatasetStore importing() {
			return PostgresDatasetStore.open(database, List.of(SEED), dir, Duration.ofMillis(100));
		}

		@Test
		void everyVersionTheActivePointerAndTheAuditLogAreImported() throws Exception {
			FileSystemDatasetStore files = fileStore();

			PostgresDatasetStore store = importing();

			assertThat(store.versions()).isEqualTo(files.versions());
			assertThat(store.activeVersion()).isEqualTo(2);
			assertThat(store.dataset(3).rows()).isEqualTo(files.dataset(3).rows());
			List<AuditEntry> fileAudit = Files.readAllLines(dir.resolve("audit.jsonl"))
				.stream()
				.map(StoreDocuments::auditEntry)
				.toList();
			List<AuditEntry> imported = audit();
			assertThat(imported.subList(0, fileAudit.size())).isEqualTo(fileAudit);
			assertThat(imported.get(fileAudit.size())).satisfies(e -> {
				assertThat(e.action()).isEqualTo("activate");
				assertThat(e.version()).isEqualTo(2);
				assertThat(e.by()).isEqualTo(FileStoreImport.IMPORTED_BY);
			});
		}

		@Test
		void importingAgainChangesNothing() throws Exception {
			fileStore();
			importing();
			List<AuditEntry> audit = audit();
			PostgresDatasetStore first = importing();
			first.activate(3, "bob");

			PostgresDatasetStore again = importing();

			assertThat(again.versions()).extracting(DatasetVersion::version).containsExactly(1, 2, 3);
			assertThat(again.activeVersion()).as("a later activation is kept").isEqualTo(3);
			assertThat(audit()).hasSize(audit.size() + 1);
		}

		@Test
		void aNumberHeldByAnotherFileStopsTheImportAndNothingIsImported() throws Exception {
			fileStore();
			PostgresDatasetStore other = open();
			other.add(spending(999));

			assertThatThrownBy(this::importing).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("version 2 is a different file")
				.hasMessageContaining("nothing was imported");
			assertThat(open().versions()).extracting(DatasetVersion::version).containsExactly(1, 2);
			assertThat(audit()).hasSize(3);
		}

	}

}
