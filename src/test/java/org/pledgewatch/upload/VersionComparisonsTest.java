package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetCsvParser;
import org.pledgewatch.dataset.DatasetEditor;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.DatasetStored;
import org.pledgewatch.dataset.FileSystemDatasetStore;
import org.pledgewatch.dataset.NewVersion;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.system.DashboardProperties;

/** What a version changed is computed once, kept with it, and read back without computing any model. */
class VersionComparisonsTest {

	private static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd\n";

	@TempDir
	Path dir;

	private static NewVersion version(String body) {
		byte[] content = (HEADER + body).getBytes(StandardCharsets.UTF_8);
		return new NewVersion("v.csv", content, new DatasetCsvParser().parse(content).rows(), "editor");
	}

	private FileSystemDatasetStore store() {
		return FileSystemDatasetStore.open(dir, List.of(version("Belgium,BEL,2024,150,10000\n")));
	}

	private static VersionComparisons comparisons(FileSystemDatasetStore store) {
		ComplianceService compliance = new ComplianceService(store, ShippedDataset.accessions(),
				new DashboardProperties(new BigDecimal("2.0"), "BEL"));
		return new VersionComparisons(store, compliance);
	}

	@Test
	void anUploadKeepsWhatItChangedNextToIt() throws IOException {
		FileSystemDatasetStore store = store();
		VersionComparisons comparisons = comparisons(store);
		DatasetEditor editor = new DatasetEditor(store, event -> {
			if (event instanceof DatasetStored stored) {
				comparisons.onDatasetStored(stored);
			}
		});

		editor.upload("v.csv", (HEADER + "Belgium,BEL,2024,250,10000\n").getBytes(StandardCharsets.UTF_8), "editor");

		// 1.50% → 2.50%: one changed row, Belgium 2024 now meets 2%.
		assertThat(Files.readString(dir.resolve("versions/0002/changes.json"))).contains("\"from\":1", "\"to\":2",
				"\"changed\":1", "\"examples\":[\"BEL 2024\"]", "\"nowMeets\":true", "\"before\":1.5",
				"\"after\":2.5");

		VersionComparisons afterRestart = comparisons(FileSystemDatasetStore.open(dir, List.of()));
		VersionChanges changes = afterRestart.againstPrevious(2).orElseThrow();
		assertThat(afterRestart.modelsComputed()).as("read back, not computed").isZero();
		assertThat(changes.changed()).isEqualTo(1);
		assertThat(changes.flips()).singleElement().satisfies(f -> assertThat(f.nowMeets()).isTrue());
		assertThat(changes.revisions()).singleElement().satisfies(r -> assertThat(r.after()).isEqualTo(2.5));
	}

	@Test
	void listingManyVersionsKeepsAtMostTwoModels() {
		FileSystemDatasetStore store = store();
		for (int i = 2; i <= 8; i++) {
			store.add(version("Belgium,BEL,2024," + (100 * i) + ",10000\n"));
		}
		VersionComparisons comparisons = comparisons(store);

		List<VersionChanges> all = new ArrayList<>();
		for (int v = 8; v >= 2; v--) {
			all.add(comparisons.againstPrevious(v).orElseThrow());
			assertThat(comparisons.modelsCached()).isLessThanOrEqualTo(VersionComparisons.CACHED_MODELS);
		}
		int computed = comparisons.modelsComputed();
		for (int v = 8; v >= 2; v--) {
			comparisons.againstPrevious(v);
		}

		assertThat(all).allSatisfy(c -> assertThat(c.changed()).isEqualTo(1));
		assertThat(comparisons.modelsComputed()).as("kept summaries, no model computed again").isEqualTo(computed);
		assertThat(store.cachedDatasets()).isLessThanOrEqualTo(2);
	}

	@Test
	void aVersionAfterADamagedOneIsComparedWithTheNearestReadableOne() throws IOException {
		FileSystemDatasetStore first = store();
		first.add(version("Belgium,BEL,2024,200,10000\n"));
		first.add(version("Belgium,BEL,2024,300,10000\n"));
		Files.delete(dir.resolve("versions/0002/source.csv"));
		FileSystemDatasetStore store = FileSystemDatasetStore.open(dir, List.of());

		VersionChanges changes = comparisons(store).againstPrevious(3).orElseThrow();

		assertThat(changes.from()).isEqualTo(1);
		assertThat(changes.revisions()).singleElement().satisfies(r -> {
			assertThat(r.before()).isEqualTo(1.5);
			assertThat(r.after()).isEqualTo(3.0);
		});
	}

	@Test
	void anUploadedVersionsModelIsComputedOnceForWhatItChangedAndForItsActivation() {
		FileSystemDatasetStore store = store();
		ComplianceService compliance = new ComplianceService(store, ShippedDataset.accessions(),
				new DashboardProperties(new BigDecimal("2.0"), "BEL"));
		compliance.afterSingletonsInstantiated();
		VersionComparisons comparisons = new VersionComparisons(store, compliance);
		DatasetEditor editor = new DatasetEditor(store, event -> {
			if (event instanceof DatasetStored stored) {
				comparisons.onDatasetStored(stored);
			}
			else if (event instanceof DatasetActivated activated) {
				compliance.onDatasetActivated(activated);
			}
		});
		int before = compliance.modelsComputed();

		editor.upload("v.csv", (HEADER + "Belgium,BEL,2024,250,10000\n").getBytes(StandardCharsets.UTF_8), "editor");

		assertThat(compliance.modelsComputed() - before).as("version 2's model, once").isEqualTo(1);
		assertThat(compliance.model().version()).isEqualTo(2);
		assertThat(compliance.model(2, () -> {
			throw new AssertionError("computed again");
		})).isSameAs(compliance.model());
	}

}
