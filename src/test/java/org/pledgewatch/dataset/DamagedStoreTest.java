package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of damage to a stored version: listed with a reason, never served, never blocking uploads. */
class DamagedStoreTest {

	private static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd\n";

	@TempDir
	Path dir;

	static NewVersion version(String body) {
		byte[] content = (HEADER + body).getBytes(StandardCharsets.UTF_8);
		ParsedDataset parsed = new DatasetCsvParser().parse(content);
		assertThat(parsed.errors()).isEmpty();
		return new NewVersion("v.csv", content, parsed.rows(), "editor");
	}

	private static final NewVersion SEED = version("Belgium,BEL,2024,100,10000\n");

	private FileSystemDatasetStore open() {
		return FileSystemDatasetStore.open(dir, List.of(SEED));
	}

	/** Versions 1 (seed, active), 2 and 3 stored; version 3 then damaged by {@code damage}. */
	private FileSystemDatasetStore damagedThird(String file, String content) throws IOException {
		FileSystemDatasetStore store = open();
		store.add(version("Belgium,BEL,2024,200,10000\n"));
		store.add(version("Belgium,BEL,2024,300,10000\n"));
		Path target = dir.resolve("versions/0003/" + file);
		if (content == null) {
			Files.delete(target);
		}
		else {
			Files.writeString(target, content);
		}
		return open();
	}

	@Nested
	class EachKindOfDamage {

		@Test
		void anUnparsableVersionJsonIsListedAsDamaged() throws IOException {
			FileSystemDatasetStore store = damagedThird("version.json", "{\"version\":3,\"uploa");
			assertThat(store.damaged()).containsExactly(new DamagedVersion(3, "version.json cannot be read"));
			assertThat(store.versions()).extracting(DatasetVersion::version).containsExactly(1, 2);
		}

		@Test
		void aMissingVersionJsonIsListedAsDamaged() throws IOException {
			FileSystemDatasetStore store = damagedThird("version.json", null);
			assertThat(store.damaged()).containsExactly(new DamagedVersion(3, "version.json is missing"));
		}

		@Test
		void aMissingSourceIsListedAsDamaged() throws IOException {
			FileSystemDatasetStore store = damagedThird("source.csv", null);
			assertThat(store.damaged()).containsExactly(new DamagedVersion(3, "source.csv is missing"));
		}

		@Test
		void aTruncatedSourceIsListedAsDamaged() throws IOException {
			FileSystemDatasetStore store = damagedThird("source.csv", HEADER + "Belgium,BEL,20");
			assertThat(store.damaged()).singleElement().satisfies(d -> {
				assertThat(d.version()).isEqualTo(3);
				assertThat(d.reason()).startsWith("source.csv does not match its recorded SHA-256");
			});
		}

		@Test
		void anAlteredSourceIsListedAsDamaged() throws IOException {
			FileSystemDatasetStore store = damagedThird("source.csv", HEADER + "Belgium,BEL,2024,999,10000\n");
			assertThat(store.damaged()).extracting(DamagedVersion::version).containsExactly(3);
		}

		@Test
		void aSourceDamagedWhileRunningIsFoundWhenRead() throws IOException {
			FileSystemDatasetStore store = open();
			store.add(version("Belgium,BEL,2024,200,10000\n"));
			FileSystemDatasetStore running = open();
			Files.writeString(dir.resolve("versions/0002/source.csv"), "garbage");

			assertThatThrownBy(() -> running.dataset(2)).isInstanceOf(DamagedVersionException.class)
				.hasMessageContaining("version 2 is damaged");
			assertThat(running.damaged()).extracting(DamagedVersion::version).containsExactly(2);
			assertThat(running.versions()).extracting(DatasetVersion::version).containsExactly(1);
		}

	}

	@Test
	void aDamagedVersionIsNeitherServedNorActivated() throws IOException {
		FileSystemDatasetStore store = damagedThird("source.csv", null);

		assertThatThrownBy(() -> store.dataset(3)).isInstanceOf(DamagedVersionException.class)
			.hasMessage("Dataset version 3 is damaged: source.csv is missing");
		assertThatThrownBy(() -> store.activate(3, "editor")).isInstanceOf(DamagedVersionException.class);
		assertThat(store.activeVersion()).isEqualTo(1);
		assertThat(store.find(3)).isEmpty();
	}

	@Test
	void aDamagedNewestVersionDoesNotBlockUploads() throws IOException {
		FileSystemDatasetStore store = damagedThird("version.json", "not json");

		DatasetVersion added = store.add(version("Belgium,BEL,2024,400,10000\n"));

		assertThat(added.version()).isEqualTo(4);
		assertThat(dir.resolve("versions/0003/version.json")).hasContent("not json");
		assertThat(open().versions()).extracting(DatasetVersion::version).containsExactly(1, 2, 4);
	}

	@Test
	void anEmptyVersionDirectoryIsDamagedAndNumberedPast() throws IOException {
		open();
		Files.createDirectories(dir.resolve("versions/0007"));
		FileSystemDatasetStore store = open();

		assertThat(store.damaged()).containsExactly(new DamagedVersion(7, "version.json is missing"));
		assertThat(store.add(version("Belgium,BEL,2024,400,10000\n")).version()).isEqualTo(8);
	}

	@Test
	void aStoreWithNothingReadableStartsWithTheShippedEditionsAsNewVersions() throws IOException {
		FileSystemDatasetStore first = open();
		first.add(version("Belgium,BEL,2024,200,10000\n"));
		first.activate(2, "editor");
		Files.delete(dir.resolve("versions/0001/source.csv"));
		Files.writeString(dir.resolve("versions/0002/version.json"), "{");

		FileSystemDatasetStore store = open();

		assertThat(store.damaged()).extracting(DamagedVersion::version).containsExactly(1, 2);
		assertThat(store.versions()).extracting(DatasetVersion::version).containsExactly(3);
		assertThat(store.activeVersion()).isEqualTo(3);
		assertThat(store.active().rows().get(0).defenceExpenditureMusd()).isEqualByComparingTo("100");
		assertThat(dir.resolve("active")).hasContent("3\n");
	}

}
