package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.dataset.DatasetCsvParser;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.FileSystemDatasetStore;
import org.pledgewatch.dataset.NewVersion;
import org.pledgewatch.dataset.ParsedDataset;
import org.pledgewatch.dataset.ShippedDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ten stored versions of 20,000 rows each (200 allies over 100 years; at 60,000 rows one model takes this machine
 * over ten seconds), stored before this app version kept what each changed: anonymous readers of /datasets,
 * /api/datasets and / never make the server hold more than a few models, and what a version changed is worked out
 * once and kept.
 */
class BoundedMemoryIT extends ServerOnTempStore {

	private static final int LARGE_VERSIONS = 10;

	private static final int ALLIES = 200;

	private static final int YEARS = 100;

	@DynamicPropertySource
	static void largeStore(DynamicPropertyRegistry registry) {
		FileSystemDatasetStore store = FileSystemDatasetStore.open(storeDir, ShippedDataset.editions());
		for (int v = 0; v < LARGE_VERSIONS; v++) {
			byte[] csv = largeCsv(v);
			ParsedDataset parsed = new DatasetCsvParser().parse(csv);
			assertThat(parsed.errors()).isEmpty();
			int number = store.add(new NewVersion("large-" + v + ".csv", csv, parsed.rows(), "editor")).version();
			store.activate(number, "editor");
		}
		// ServerOnTempStore points the server at storeDir.
	}

	/** 20,000 rows; version {@code v} revises the spending of the first {@code v} allies in every year. */
	static byte[] largeCsv(int v) {
		StringBuilder csv = new StringBuilder(3_000_000).append("country,iso3,year,defence_expenditure_musd,gdp_musd\n");
		for (int ally = 0; ally < ALLIES; ally++) {
			String iso3 = "" + (char) ('A' + ally / 26 % 26) + (char) ('A' + ally % 26) + "X";
			for (int year = 1950; year < 1950 + YEARS; year++) {
				int spending = 100 + (ally * 7 + year) % 300 + (ally < v ? 50 : 0);
				csv.append("Ally ").append(iso3).append(',').append(iso3).append(',').append(year).append(',')
					.append(spending).append(",10000\n");
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Autowired
	VersionComparisons comparisons;

	@Autowired
	DatasetStore store;

	@Test
	void readersNeverMakeTheServerHoldAModelPerVersion() {
		StoreHttp http = StoreHttp.on(port);

		assertThat(http.get("/api/datasets").getStatusCode().value()).isEqualTo(200);
		assertThat(comparisons.modelsComputed()).as("listing versions computes no model").isZero();
		assertThat(http.get("/").getStatusCode().value()).isEqualTo(200);

		String page = http.get("/datasets").getBody();
		assertThat(page).contains("data-version=\"12\"", "data-version=\"3\"");
		assertThat(comparisons.modelsCached()).isLessThanOrEqualTo(VersionComparisons.CACHED_MODELS);
		assertThat(((FileSystemDatasetStore) store).cachedDatasets()).isLessThanOrEqualTo(2);
		for (int v = 2; v <= 2 + LARGE_VERSIONS; v++) {
			assertThat(storeDir.resolve("versions/%04d/changes.json".formatted(v))).as("version %d", v).exists();
		}
		int computed = comparisons.modelsComputed();
		// Each version's model at most once, in order: far from one model per version per request.
		assertThat(computed).isLessThanOrEqualTo(LARGE_VERSIONS + 2);

		for (int i = 0; i < 3; i++) {
			assertThat(http.get("/datasets").getStatusCode().value()).isEqualTo(200);
			assertThat(http.get("/api/datasets").getStatusCode().value()).isEqualTo(200);
			assertThat(http.get("/").getStatusCode().value()).isEqualTo(200);
		}
		assertThat(comparisons.modelsComputed()).as("what changed is kept, not computed again").isEqualTo(computed);
		// Version 12 revises the spending of 9 allies more than version 11, in each of 100 years.
		assertThat(page).contains("data-version=\"12\"");
		assertThat(changesOf(12)).contains("\"from\":11", "\"changed\":100");
	}

	private String changesOf(int version) {
		try {
			return Files.readString(storeDir.resolve("versions/%04d/changes.json".formatted(version)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
