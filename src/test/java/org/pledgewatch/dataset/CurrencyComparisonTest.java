package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Money of versions in different currencies is never compared: no money jump, no money diff; the check says so. */
class CurrencyComparisonTest {

	private static DatasetRow belgium(String spending, String gdp) {
		return new DatasetRow("Belgium", "BEL", 2024, new BigDecimal(spending), new BigDecimal(gdp), null, null, null,
				false);
	}

	/** Belgium 2024 in US dollars as NATO printed it: 8,519 of 655,744. */
	private static final Dataset PUBLISHED_USD = new Dataset(1, List.of(belgium("8519", "655744")));

	@Test
	void aEuroUploadAgainstADollarVersionSaysSoInsteadOfAMoneyJump() {
		// In dollars, 1,000 after 8,519 would be an 88 % drop; in euros it is no comparison at all.
		List<UploadWarning> warnings = new PlausibilityChecks(ShippedDataset.accessions(), null)
			.check(List.of(belgium("1000", "76000")), "EUR", PUBLISHED_USD);

		assertThat(warnings).extracting(UploadWarning::code).contains("money-jump");
		assertThat(warnings).filteredOn(w -> w.code().equals("money-jump"))
			.singleElement()
			.satisfies(w -> assertThat(w.message()).contains("EUR", "USD", "not compared"));
	}

	@Test
	void inTheSameCurrencyTheMoneyJumpIsQuestionedAsBefore() {
		List<UploadWarning> warnings = new PlausibilityChecks(ShippedDataset.accessions(), null)
			.check(List.of(belgium("1000", "76000")), "USD", PUBLISHED_USD);

		assertThat(warnings).filteredOn(w -> w.code().equals("money-jump")).hasSize(2)
			.allSatisfy(w -> assertThat(w.message()).doesNotContain("not compared"));
	}

	@Test
	void theDiffOfVersionsInDifferentCurrenciesLeavesMoneyOut() {
		Dataset euros = new Dataset(2, List.of(belgium("7880", "606500")),
				new DatasetCitation(2, "In euros", null, null, null, true, "EUR"));

		DatasetDiff diff = DatasetDiff.between(PUBLISHED_USD, euros);

		assertThat(diff.moneyCompared()).isFalse();
		assertThat(diff.changed()).isEmpty();
		assertThat(DatasetDiff.between(PUBLISHED_USD, new Dataset(3, euros.rows())).changed()).hasSize(1);
	}

	@Test
	void theCurrencyIsAnIso4217Code() {
		assertThat(VersionSource.of(null, null, null, null, "EUR").currency()).isEqualTo("EUR");
		assertThat(VersionSource.of(null, null, null, null, " ").currency()).isEqualTo("USD");
		assertThat(VersionSource.none().currency()).isEqualTo("USD");
		for (String wrong : new String[] { "eur", "EURO", "E", "QQQ", "€" }) {
			assertThatThrownBy(() -> VersionSource.of(null, null, null, null, wrong))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessageContaining("currency must be an ISO 4217 code");
		}
	}

	@Test
	void versionsStoredBeforeTheCurrencyWasRecordedAreInDollars() {
		DatasetVersion old = StoreDocuments.metadata("""
				{"version":1,"uploadedBy":"pledgewatch","uploadedAt":"2025-01-01T00:00:00Z","filename":"a.csv",
				"sha256":"00","rows":1,"countries":1,"firstYear":2024,"lastYear":2024,"source":"NATO"}
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(old.currency()).isEqualTo("USD");
		assertThat(old.citation().currency()).isEqualTo("USD");
	}

}
