package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.DatasetEditor.Publishing;

/**
 * Every path to publishing runs the same checks: a draft a check questions is published only with the editor's
 * confirmation, a rollback needs none. The cases are issue 21's, on the shipped NATO editions (version 1: the 2024
 * edition with money figures; version 2, active: the 2025 edition, shares only).
 */
class PublishGateTest {

	private final InMemoryDatasetStore store = InMemoryDatasetStore.shipped();

	private final List<Object> events = new ArrayList<>();

	private final DatasetEditor editor = new DatasetEditor(store, events::add);

	private static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd,share_of_gdp_pct\n";

	/** Eight allies' 2026 rows alone (figures made up for the test; 2026 had 32 members). */
	private static byte[] eightAllies2026() {
		return (HEADER + "Belgium,BEL,2026,,,2.00\nGermany,DEU,2026,,,3.50\nPoland,POL,2026,,,4.70\n"
				+ "Estonia,EST,2026,,,3.40\nLatvia,LVA,2026,,,3.70\nLithuania,LTU,2026,,,4.00\n"
				+ "Finland,FIN,2026,,,2.50\nDenmark,DNK,2026,,,3.20\n").getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> codes(List<UploadWarning> warnings) {
		return warnings.stream().map(UploadWarning::code).distinct().toList();
	}

	@Test
	void aPartialFileStoredAsADraftIsNotPublishedWithoutConfirmation() {
		int draft = editor.upload("2026.csv", eightAllies2026(), "alice", VersionSource.none(), Publishing.DRAFT)
			.version()
			.version();

		assertThatThrownBy(() -> editor.activate(draft, "alice")).isInstanceOfSatisfying(
				NeedsConfirmationException.class, ex -> {
					assertThat(codes(ex.warnings())).contains("sparse-year", "rows-removed");
					assertThat(ex.getMessage()).startsWith("Version 3 was not published");
				});
		assertThat(store.activeVersion()).isEqualTo(2);
		assertThat(events).noneMatch(DatasetActivated.class::isInstance);

		editor.activate(draft, "alice", true);
		assertThat(store.activeVersion()).isEqualTo(draft);
	}

	@Test
	void rollingBackToAVersionPublishedBeforeNeedsNoConfirmation() {
		// Version 1 (the 2024 edition) was published before: no question, though it lacks the 2025 rows.
		assertThat(editor.questionsBeforePublishing(1)).isEmpty();
		editor.activate(1, "alice");
		assertThat(store.activeVersion()).isEqualTo(1);

		// A draft, once published, is a rollback target like any other.
		int draft = editor.upload("2026.csv", eightAllies2026(), "alice", VersionSource.none(), Publishing.DRAFT)
			.version()
			.version();
		editor.activate(draft, "alice", true);
		editor.activate(2, "alice");
		assertThat(editor.activate(draft, "alice").version()).isEqualTo(draft);
	}

	@Test
	void belgiumsGdpTimesAThousandInThe2024EditionWaitsForConfirmation() {
		String edition = new String(ShippedDataset.bytes(ShippedDataset.EDITIONS + "nato-2024-edition.csv"),
				StandardCharsets.UTF_8);
		String wrong = edition.replace("Belgium,BEL,2024,8519,655744,", "Belgium,BEL,2024,8519,655744000,");
		assertThat(wrong).isNotEqualTo(edition);

		assertThatThrownBy(() -> editor.upload("nato-2024.csv", wrong.getBytes(StandardCharsets.UTF_8), "alice",
				VersionSource.none(), Publishing.PUBLISH))
			.isInstanceOfSatisfying(NeedsConfirmationException.class, ex -> {
				UploadWarning mismatch = ex.warnings()
					.stream()
					.filter(w -> w.code().equals("share-mismatch-large"))
					.findFirst()
					.orElseThrow();
				assertThat(mismatch.cell().row()).isEqualTo("Belgium (BEL) 2024");
				// The active 2025 edition has no money: GDP is compared with the 2024 edition's (version 1).
				assertThat(ex.warnings()).anySatisfy(w -> {
					assertThat(w.code()).isEqualTo("money-jump");
					assertThat(w.cell()).isEqualTo(
							new UploadWarning.Cell("Belgium (BEL) 2024", "gdp_musd", "655744", "655744000"));
					assertThat(w.message()).contains("against version 1");
				});
			});
		assertThat(store.versions()).hasSize(2);
	}

	@Test
	void theSameFileUploadedTwiceSaysWhichVersionItRepeats() {
		byte[] file = eightAllies2026();
		int first = editor.upload("2026.csv", file, "alice", VersionSource.none(), Publishing.DRAFT).version().version();

		UploadReceipt again = editor.upload("2026 (1).csv", file, "alice", VersionSource.none(), Publishing.DRAFT);

		assertThat(again.warnings()).filteredOn(w -> w.code().equals("duplicate-of-version"))
			.singleElement()
			.satisfies(w -> {
				assertThat(w.needsConfirmation()).isFalse();
				assertThat(w.arguments().get(0)).isEqualTo(String.valueOf(first));
			});
		// A plain warning: the second copy is stored all the same.
		assertThat(again.version().version()).isEqualTo(first + 1);
	}

	@Test
	void sharesGivenAsFractionsAreNamedAndHeldBack() {
		int draft = editor.upload("fractions.csv",
				(HEADER + "Belgium,BEL,2025,,,0.0130\nGermany,DEU,2025,,,0.0200\n").getBytes(StandardCharsets.UTF_8),
				"alice", VersionSource.none(), Publishing.DRAFT).version().version();

		assertThat(editor.questionsBeforePublishing(draft))
			.anySatisfy(w -> assertThat(w.message()).contains("shares given as fractions?"));
	}

}
