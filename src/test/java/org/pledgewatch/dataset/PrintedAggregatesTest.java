package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The printed aggregates: the editor's file format and the shipped editions' figures. */
class PrintedAggregatesTest {

	private static PrintedAggregates parse(String csv) {
		return PrintedAggregates.parse(csv.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void anEditorsFileGivesBothAggregatesByYearWithTheirDigits() {
		PrintedAggregates printed = parse("""
				year,aggregate,share_of_gdp_pct
				2024,nato-total,2.71
				2024,europe-canada,2.02
				2023,NATO Total,2.53
				""");
		assertThat(printed.natoTotal(2024)).isEqualByComparingTo("2.71");
		assertThat(printed.europeCanada(2024)).isEqualByComparingTo("2.02");
		assertThat(printed.natoTotal(2023)).isEqualByComparingTo("2.53");
		assertThat(printed.europeCanada(2023)).as("not given: missing, never 0").isNull();
		assertThat(parse(new String(printed.csv(), StandardCharsets.UTF_8))).isEqualTo(printed);
	}

	@Test
	void aFileThatCannotBeReadWholeIsRefusedWithTheLine() {
		assertThatThrownBy(() -> parse("year,aggregate,share_of_gdp_pct\n2024,nato,2.71\n"))
			.isInstanceOf(InvalidSourceException.class).hasMessageContaining("line 2").hasMessageContaining("nato-total");
		assertThatThrownBy(() -> parse("year,aggregate,share_of_gdp_pct\n2024,nato-total,2.71\n2024,nato-total,2.72\n"))
			.isInstanceOf(InvalidSourceException.class).hasMessageContaining("line 3").hasMessageContaining("second time");
		assertThatThrownBy(() -> parse("year,aggregate,share_of_gdp_pct\n2024,nato-total,\"2,71\"\n"))
			.isInstanceOf(InvalidSourceException.class).hasMessageContaining("share_of_gdp_pct");
		assertThatThrownBy(() -> parse("year,aggregate,share_of_gdp_pct\n2024,nato-total,0\n"))
			.isInstanceOf(InvalidSourceException.class);
		assertThatThrownBy(() -> parse("year,aggregate,share_of_gdp_pct\nlast year,nato-total,2.71\n"))
			.isInstanceOf(InvalidSourceException.class).hasMessageContaining("year");
		assertThatThrownBy(() -> parse("year,share_of_gdp_pct\n2024,2.71\n"))
			.isInstanceOf(InvalidSourceException.class).hasMessageContaining("aggregate");
		assertThatThrownBy(() -> parse("year,aggregate,share_of_gdp_pct\n"))
			.isInstanceOf(InvalidSourceException.class).hasMessageContaining("no share");
	}

	/** NATO's printed figures (data/editions/nato-aggregates.csv, checked against the PDFs). */
	@Test
	void theShippedEditionsCarryNatosPrintedAggregates() {
		PrintedAggregates june2024 = ShippedDataset.dataset(1).aggregates();
		assertThat(june2024.natoTotal(2024)).isEqualByComparingTo("2.71");
		assertThat(june2024.europeCanada(2024)).isEqualByComparingTo("2.02");
		assertThat(june2024.natoTotal(2025)).isNull();
		PrintedAggregates august2025 = ShippedDataset.dataset(2).aggregates();
		assertThat(august2025.natoTotal(2025)).isEqualByComparingTo(new BigDecimal("2.759921547"));
		assertThat(august2025.europeCanada(2025)).isEqualByComparingTo(new BigDecimal("2.27235828"));
	}

	@Test
	void aStoredCopyOfAShippedEditionFindsItsAggregatesByItsFile() {
		NewVersion edition = ShippedDataset.editions().get(0);
		assertThat(ShippedDataset.printedAggregates(VersionSummary.sha256(edition.content())).natoTotal(2024))
			.isEqualByComparingTo("2.71");
		assertThat(ShippedDataset.printedAggregates(VersionSummary.sha256(new byte[] { 1 })).isEmpty()).isTrue();
	}

}
