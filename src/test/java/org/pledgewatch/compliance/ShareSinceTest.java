package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.ShippedDataset;

/**
 * The "since 2014" sentence's figures, which the country page and the PDF briefing both take from {@link ShareSince}:
 * expected values are NATO's printed shares ({@code data/editions/reference-share-of-gdp.csv}).
 */
class ShareSinceTest {

	private static final Target TWO = Target.valueOf("2");

	@Test
	void belgiumSince2014InTheJune2024EditionIsNatosPrintedShares() throws Exception {
		Map<String, BigDecimal> printed = NatoReferenceSharesTest.printed("2024");
		ComplianceModel model = new ComplianceCalculator(ShippedDataset.accessions()).compute(ShippedDataset.dataset(1));
		CountryHistory belgium = model.country("BEL", TWO);

		ShareSince since = ShareSince.of(belgium, belgium.rows().get(belgium.rows().size() - 1));

		assertThat(since).isNotNull();
		assertThat(since.fromYear()).isEqualTo(2014);
		assertThat(since.toYear()).isEqualTo(2024);
		assertThat(BigDecimal.valueOf(since.fromPct())).isEqualByComparingTo(printed.get("BEL 2014"));
		assertThat(BigDecimal.valueOf(since.toPct())).isEqualByComparingTo(printed.get("BEL 2024"));
		// 1.30 − 0.97, both as printed.
		assertThat(since.changePts()).isEqualTo(0.33);
	}

	@Test
	void belgiumSince2014InThe2025EditionIsNatosPrintedSharesWithoutMoney() throws Exception {
		Map<String, BigDecimal> printed = NatoReferenceSharesTest.printed("2025");
		ComplianceModel model = new ComplianceCalculator(ShippedDataset.accessions()).compute(ShippedDataset.dataset(2));
		CountryHistory belgium = model.country("BEL", TWO);

		ShareSince since = ShareSince.of(belgium, belgium.rows().get(belgium.rows().size() - 1));

		assertThat(since).isNotNull();
		assertThat(BigDecimal.valueOf(since.fromPct())).isEqualByComparingTo(printed.get("BEL 2014"));
		assertThat(BigDecimal.valueOf(since.toPct())).isEqualByComparingTo(printed.get("BEL 2025"));
		assertThat(since.spendingChangePct()).isNull();
	}

	/** The page once started at the first row and so said nothing here; the PDF started at the first figure. */
	@Test
	void startsAtTheFirstYearWithAFigureNotTheFirstRow() {
		CountryHistory history = history(row(2014, null, null), row(2015, 1.23456, 100.0), row(2016, 1.5, 150.0));

		ShareSince since = ShareSince.of(history, history.rows().get(2));

		assertThat(since).isNotNull();
		assertThat(since.fromYear()).isEqualTo(2015);
		assertThat(since.fromPct()).isEqualTo(1.23);
		assertThat(since.changePts()).isEqualTo(0.27);
		assertThat(since.spendingChangePct()).isEqualTo(50.0);
	}

	@Test
	void saysNothingWithoutAnEarlierFigureOrAFigureNow() {
		CountryHistory history = history(row(2014, null, null), row(2015, 1.2, null), row(2016, null, null));

		assertThat(ShareSince.of(history, history.rows().get(1))).isNull();
		assertThat(ShareSince.of(history, history.rows().get(2))).isNull();
		assertThat(ShareSince.of(history, null)).isNull();
	}

	@Test
	void noSpendingChangeFromZeroSpending() {
		CountryHistory history = history(row(2014, 1.0, 0.0), row(2015, 1.0, 10.0));

		ShareSince since = ShareSince.of(history, history.rows().get(1));

		assertThat(since).isNotNull();
		assertThat(since.unchanged()).isTrue();
		assertThat(since.spendingChangePct()).isNull();
	}

	private static CountryHistory history(AllyYear... rows) {
		return new CountryHistory("XYZ", "Xyzland", 2.0, List.of(rows), List.of(),
				new DatasetCitation(7, "hand-written", "https://example.org", "", LocalDate.of(2026, 1, 1), true));
	}

	private static AllyYear row(int year, @Nullable Double share, @Nullable Double musd) {
		Double rounded = share == null ? null
				: BigDecimal.valueOf(share).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
		Boolean meets = rounded == null ? null : rounded >= 2.0;
		return new AllyYear("Xyzland", "XYZ", year, true, false, musd, null, share, rounded, meets, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
