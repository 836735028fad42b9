package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Uploading and activating versions, as an editor does it: no Spring, an in-memory store. */
class DatasetEditorTest {

	private static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd,share_of_gdp_pct\n";

	private static final NewVersion FIRST = new NewVersion("first.csv",
			(HEADER + "Belgium,BEL,2024,8519,655744,1.30\n").getBytes(StandardCharsets.UTF_8),
			List.of(new DatasetRow("Belgium", "BEL", 2024, null, null, null, null, null, false)), "pledgewatch");

	private static final String NATO_2025 = "NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025";

	private final InMemoryDatasetStore store = new InMemoryDatasetStore(List.of(FIRST));

	private final List<Object> published = new ArrayList<>();

	private final DatasetEditor editor = new DatasetEditor(store, published::add);

	private static byte[] csv(String body) {
		return (HEADER + body).getBytes(StandardCharsets.UTF_8);
	}

	@Nested
	class Upload {

		@Test
		void anAcceptedFileBecomesTheActiveVersionAndIsAnnounced() {
			UploadReceipt receipt = editor.upload("belgium.csv", csv("Belgium,BEL,2025,,,2.00\n"), "alice",
					VersionSource.of(NATO_2025, null, null, "2025-06-03"));

			assertThat(receipt.version().version()).isEqualTo(2);
			assertThat(receipt.version().uploadedBy()).isEqualTo("alice");
			assertThat(receipt.version().source()).isEqualTo(NATO_2025);
			// A file of one row: the plausibility check on a year with too few allies speaks, and the file leaves
			// out the published version's only row.
			assertThat(receipt.warnings()).extracting(UploadWarning::code).containsExactly("sparse-year", "rows-removed");
			assertThat(store.activeVersion()).isEqualTo(2);
			assertThat(published).first().isInstanceOfSatisfying(DatasetStored.class,
					event -> assertThat(event.version().version()).isEqualTo(2));
			assertThat(published).hasSize(2).last().isInstanceOfSatisfying(DatasetActivated.class, event -> {
				assertThat(event.dataset().version()).isEqualTo(2);
				assertThat(event.dataset().rows()).singleElement()
					.satisfies(row -> assertThat(row.shareOfGdpPct()).isEqualByComparingTo("2.00"));
			});
		}

		@Test
		void anUploadWithoutASourceIsAcceptedWithAWarningGivingTheCitationUsed() {
			UploadReceipt receipt = editor.upload("belgium.csv", csv("Belgium,BEL,2025,,,2.00\n"), "alice");

			assertThat(receipt.version().source()).startsWith("Uploaded by alice on ");
			assertThat(receipt.warnings()).filteredOn(w -> !w.needsConfirmation()).singleElement()
				.satisfies(w -> assertThat(w.message()).startsWith("No source was given: the version is cited as \"Uploaded by alice on ")
					.contains("Name the publication"));
		}

		@Test
		void theParsersWarningsComeWithTheReceipt() {
			// 1,000 / 100,000 = 1.00 %, published 1.10: a tenth of a point apart.
			UploadReceipt receipt = editor.upload("belgium.csv", csv("Belgium,BEL,2025,1000,100000,1.10\n"), "alice",
					VersionSource.of(NATO_2025, null, null, null));

			assertThat(receipt.warnings()).filteredOn(w -> !w.needsConfirmation()).singleElement()
				.satisfies(w -> assertThat(w.message()).startsWith("Line 2 (BEL 2025)").contains("1.10", "1.00"));
		}

		@Test
		void aRefusedFileChangesNothingAndAnnouncesNothing() {
			byte[] content = csv("Belgium,BEL,2025,,,0\n");

			assertThatThrownBy(() -> editor.upload("belgium.csv", content, "alice"))
				.isInstanceOfSatisfying(DatasetRejectedException.class, ex -> {
					assertThat(ex).hasMessage("The file has 1 error(s).");
					assertThat(ex.parsed().errors()).singleElement().satisfies(e -> {
						assertThat(e.row()).isEqualTo(2);
						assertThat(e.column()).isEqualTo("share_of_gdp_pct");
					});
				});
			assertThat(store.versions()).hasSize(1);
			assertThat(store.activeVersion()).isEqualTo(1);
			assertThat(published).isEmpty();
		}

	}

	@Nested
	class Activate {

		@Test
		void rollingBackMakesTheOlderVersionActiveAndAnnouncesIt() {
			editor.upload("belgium.csv", csv("Belgium,BEL,2025,,,2.00\n"), "alice");
			published.clear();

			DatasetVersion activated = editor.activate(1, "bob");

			assertThat(activated.version()).isEqualTo(1);
			assertThat(store.activeVersion()).isEqualTo(1);
			assertThat(published).singleElement()
				.isInstanceOfSatisfying(DatasetActivated.class, e -> assertThat(e.dataset().version()).isEqualTo(1));
		}

		@Test
		void anUnknownVersionIsRefusedAndNothingIsAnnounced() {
			assertThatThrownBy(() -> editor.activate(9, "bob")).isInstanceOf(UnknownVersionException.class);
			assertThat(store.activeVersion()).isEqualTo(1);
			assertThat(published).isEmpty();
		}

		@Test
		void oneEditorsChangesNeverLockOutAnother() throws Exception {
			editor.upload("belgium.csv", csv("Belgium,BEL,2025,,,2.00\n"), "alice");
			editor.activate(1, "alice");
			assertThatThrownBy(() -> editor.activate(9, "alice")).isInstanceOf(UnknownVersionException.class);

			// Another editor, on another request thread, still gets through.
			CompletableFuture<DatasetVersion> other = new CompletableFuture<>();
			Thread thread = new Thread(() -> other.complete(editor.activate(2, "bob")));
			thread.setDaemon(true);
			thread.start();

			assertThat(other.get(10, TimeUnit.SECONDS).version()).isEqualTo(2);
			assertThat(store.activeVersion()).isEqualTo(2);
		}

	}

}
