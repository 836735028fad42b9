package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A new year's share is compared with the same ally's latest published year. */
class NewYearSharesTest {

	private final PlausibilityChecks checks = new PlausibilityChecks(ShippedDataset.accessions(), null);

	private static DatasetRow share(String iso3, int year, String share) {
		return new DatasetRow("Belgium", iso3, year, null, null, null, null, null, false, new BigDecimal(share), null);
	}

	private List<UploadWarning> warnings(List<DatasetRow> rows, List<DatasetRow> published) {
		return checks.check(rows, new Dataset(1, published))
			.stream()
			.filter(w -> !w.code().equals("sparse-year"))
			.toList();
	}

	@Test
	void belgiumAtFourteenPointNineInANewYearNeedsConfirmation() {
		// NATO printed 1.30% for Belgium in 2024 (2024 edition); 14.9% in 2025 is under the 15% ceiling.
		List<DatasetRow> published = List.of(share("BEL", 2023, "1.21"), share("BEL", 2024, "1.30"));
		List<UploadWarning> found = warnings(List.of(share("BEL", 2023, "1.21"), share("BEL", 2024, "1.30"),
				share("BEL", 2025, "14.9")), published);
		assertThat(found).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo("share-jump");
			assertThat(w.needsConfirmation()).isTrue();
			assertThat(w.message()).contains("Belgium (BEL) 2025", "14.9", "+13.60", "1.30", "2024");
		});
	}

	@Test
	void aNewYearWithinOnePointOfTheLatestPublishedYearIsSilent() {
		List<DatasetRow> published = List.of(share("BEL", 2023, "5.00"), share("BEL", 2024, "1.30"));
		assertThat(warnings(List.of(share("BEL", 2025, "2.30")), published)).isEmpty();
		assertThat(warnings(List.of(share("BEL", 2025, "2.31")), published)).extracting(UploadWarning::code)
			.containsExactly("share-jump");
	}

	@Test
	void anAllyNeverPublishedBeforeHasNothingToJumpFrom() {
		assertThat(warnings(List.of(share("BEL", 2025, "14.9")), List.of(share("NLD", 2024, "2.0")))).isEmpty();
	}

	@Test
	void aYearAlreadyPublishedIsLeftToTheSameYearCheck() {
		List<DatasetRow> published = List.of(share("BEL", 2024, "1.30"), share("BEL", 2025, "2.00"));
		// 2025 moves 0.5 against its own published figure: no jump, however far 2024 is.
		assertThat(warnings(List.of(share("BEL", 2025, "2.50")), published)).isEmpty();
	}

}
