package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store: the contract, then what only a directory can suffer (crashes mid-write, torn files). */
class FileSystemDatasetStoreTest extends DatasetStoreContractTest {

	private static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd\n";

	@TempDir
	Path dir;

	private static NewVersion version(String body) {
		byte[] content = (HEADER + body).getBytes(StandardCharsets.UTF_8);
		ParsedDataset parsed = new DatasetCsvParser().parse(content);
		assertThat(parsed.errors()).isEmpty();
		return new NewVersion("v.csv", content, parsed.rows(), "editor");
	}

	@Override
	FileSystemDatasetStore open() {
		return FileSystemDatasetStore.open(dir, List.of(SEED));
	}

	@Override
	DatasetStore open(List<NewVersion> editions) {
		return FileSystemDatasetStore.open(dir, editions);
	}

	@Override
	void alterFile(int version) throws IOException {
		Files.writeString(dir.resolve(String.format("versions/%04d/source.csv", version)),
				HEADER + "Belgium,BEL,2024,999,10000\n");
	}

	@Override
	List<AuditEntry> audit() throws IOException {
		return Files.readAllLines(dir.resolve("audit.jsonl")).stream().map(StoreDocuments::auditEntry).toList();
	}

	@Test
	void versionsAreFilesUnderTheirNumber() {
		open();
		assertThat(dir.resolve("versions/0001/source.csv")).hasBinaryContent(SEED.content());
	}

	@Nested
	class Crashes {

		@Test
		void aFailureWhileWritingAVersionLeavesThePreviousOneActive() {
			open().add(version("Belgium,BEL,2024,200,10000\n"));
			FileSystemDatasetStore store = new FileSystemDatasetStore(dir, new FailingFiles("0003"), List.of(SEED));

			assertThatThrownBy(() -> store.add(version("Belgium,BEL,2024,300,10000\n")))
				.isInstanceOf(DatasetStoreException.class);

			assertThat(store.activeVersion()).isEqualTo(1);
			assertThat(store.versions()).extracting(DatasetVersion::version).containsExactly(1, 2);
			FileSystemDatasetStore reopened = open();
			assertThat(reopened.activeVersion()).isEqualTo(1);
			assertThat(reopened.versions()).extracting(DatasetVersion::version).containsExactly(1, 2);
			assertThat(reopened.add(version("Belgium,BEL,2024,400,10000\n")).version()).isEqualTo(3);
		}

		@Test
		void aFailureWhileSwitchingTheActiveVersionLeavesThePreviousOneActive() {
			open().add(version("Belgium,BEL,2024,200,10000\n"));
			FileSystemDatasetStore store = new FileSystemDatasetStore(dir, new FailingFiles("active"), List.of(SEED));

			assertThatThrownBy(() -> store.activate(2, "editor")).isInstanceOf(DatasetStoreException.class);

			assertThat(store.activeVersion()).isEqualTo(1);
			assertThat(open().activeVersion()).isEqualTo(1);
		}

		@Test
		void aFailedWriteCleansUpAfterItselfAtOnce() throws IOException {
			open().add(version("Belgium,BEL,2024,200,10000\n"));
			FileSystemDatasetStore versionFails = new FileSystemDatasetStore(dir, new FailingFiles("0003"), List.of(SEED));
			assertThatThrownBy(() -> versionFails.add(version("Belgium,BEL,2024,300,10000\n")))
				.isInstanceOf(DatasetStoreException.class);
			// Without a restart (which would remove leftovers): nothing temporary stays behind.
			assertThat(temporaryFiles()).isEmpty();

			FileSystemDatasetStore activeFails = new FileSystemDatasetStore(dir, new FailingFiles("active"), List.of(SEED));
			assertThatThrownBy(() -> activeFails.activate(2, "editor")).isInstanceOf(DatasetStoreException.class);
			assertThat(temporaryFiles()).isEmpty();
		}

		private List<String> temporaryFiles() throws IOException {
			try (var entries = Files.list(dir); var versions = Files.list(dir.resolve("versions"))) {
				return java.util.stream.Stream.concat(entries, versions)
					.map(p -> p.getFileName().toString())
					.filter(name -> name.startsWith(".tmp-"))
					.toList();
			}
		}

		@Test
		void aVersionIsForcedToDiskBeforeItIsRenamedIntoPlace() {
			open();
			RecordingFiles files = new RecordingFiles();
			FileSystemDatasetStore store = new FileSystemDatasetStore(dir, files, List.of(SEED));
			files.operations.clear(); // the start-up check that the directory can be written

			store.add(version("Belgium,BEL,2024,200,10000\n"));

			assertThat(files.operations).hasSize(5);
			assertThat(files.operations.get(0)).startsWith("write .tmp-2-").endsWith("/source.csv");
			assertThat(files.operations.get(1)).startsWith("write .tmp-2-").endsWith("/version.json");
			assertThat(files.operations.get(2)).startsWith("sync .tmp-2-");
			assertThat(files.operations.get(3)).startsWith("move .tmp-2-").endsWith(" to 0002");
			assertThat(files.operations.get(4)).isEqualTo("sync versions");
		}

		@Test
		void leftoversOfAnInterruptedWriteAreIgnoredAndRemoved() throws IOException {
			open();
			Path halfVersion = Files.createDirectories(dir.resolve("versions/.tmp-2-abc"));
			Files.writeString(halfVersion.resolve("source.csv"), "country,iso3,ye");
			Files.writeString(dir.resolve(".tmp-active-abc"), "2");

			FileSystemDatasetStore store = open();

			assertThat(store.activeVersion()).isEqualTo(1);
			assertThat(store.versions()).hasSize(1);
			assertThat(halfVersion).doesNotExist();
			assertThat(dir.resolve(".tmp-active-abc")).doesNotExist();
		}

	}

	@Nested
	class Audit {

		@Test
		void uploadsAndActivationsAreLoggedOneJsonLineEach() throws IOException {
			FileSystemDatasetStore store = open();
			store.add(version("Belgium,BEL,2024,200,10000\n"));
			store.activate(2, "alice");

			List<String> lines = Files.readAllLines(dir.resolve("audit.jsonl"));
			assertThat(lines).hasSize(4);
			assertThat(lines.get(0)).contains("\"action\":\"upload\"", "\"version\":1", "\"by\":\"editor\"");
			assertThat(lines.get(2)).contains("\"action\":\"upload\"", "\"version\":2", "\"filename\":\"v.csv\"",
					"\"sha256\":\"");
			assertThat(lines.get(3)).contains("\"action\":\"activate\"", "\"version\":2", "\"by\":\"alice\"",
					"\"previous\":1");
		}

	}

	/** Records what is written, forced and renamed, relative to the store's versions directory. */
	private final class RecordingFiles extends DurableFiles {

		private final List<String> operations = new java.util.ArrayList<>();

		private String name(Path path) {
			Path versions = dir.resolve("versions");
			if (path.equals(versions)) {
				return "versions";
			}
			return path.startsWith(versions) ? versions.relativize(path).toString().replace('\\', '/') : path.toString();
		}

		@Override
		void write(Path file, byte[] content) throws IOException {
			operations.add("write " + name(file));
			super.write(file, content);
		}

		@Override
		void syncDirectory(Path directory) {
			operations.add("sync " + name(directory));
			super.syncDirectory(directory);
		}

		@Override
		void moveAtomically(Path from, Path to) throws IOException {
			operations.add("move " + name(from) + " to " + name(to));
			super.moveAtomically(from, to);
		}

	}

	/** Fails the atomic rename onto a given name, as a full disk or a crash would. */
	private static final class FailingFiles extends DurableFiles {

		private final String failingTarget;

		FailingFiles(String failingTarget) {
			this.failingTarget = failingTarget;
		}

		@Override
		void moveAtomically(Path from, Path to) throws IOException {
			if (to.getFileName().toString().equals(failingTarget)) {
				throw new IOException("injected failure renaming onto " + to);
			}
			super.moveAtomically(from, to);
		}

	}

	/** An editor's printed aggregates are kept with the version and read back after a restart. */
	@Test
	void printedAggregatesAreStoredWithTheVersionAndReadAgain() {
		NewVersion plain = version("Belgium,BEL,2024,8519,655744\n");
		PrintedAggregates printed = PrintedAggregates.parse(
				"year,aggregate,share_of_gdp_pct\n2024,nato-total,2.71\n2024,europe-canada,2.02\n"
					.getBytes(StandardCharsets.UTF_8));
		int number = open().add(new NewVersion(plain.filename(), plain.content(), plain.rows(), "editor",
				VersionSource.none(), false, printed)).version();
		assertThat(Files.exists(dir.resolve("versions").resolve(String.format("%04d", number)).resolve("aggregates.csv")))
			.isTrue();
		Dataset reread = open().dataset(number);
		assertThat(reread.aggregates().natoTotal(2024)).isEqualByComparingTo("2.71");
		assertThat(reread.aggregates().europeCanada(2024)).isEqualByComparingTo("2.02");
	}

}
