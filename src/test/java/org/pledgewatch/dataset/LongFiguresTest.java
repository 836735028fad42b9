package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A figure longer than any real one is refused before it is read: reading it would take time, not give data. */
class LongFiguresTest {

	private static final String HEADER = "country,iso3,year,share_of_gdp_pct,estimate\n";

	private final DatasetCsvParser parser = new DatasetCsvParser();

	@Test
	void aShareOfHalfAMillionDigitsIsOutOfRangeWithinASecond() {
		String share = "1" + "0".repeat(499_999);
		ParsedDataset parsed = assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> parser.parse((HEADER + "Belgium,BEL,2024," + share + ",\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(parsed.errors()).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo("number-out-of-range");
			assertThat(error.column()).isEqualTo("share_of_gdp_pct");
			assertThat(error.value()).hasSizeLessThanOrEqualTo(80);
		});
	}

	@Test
	void aDecimalWithManyDigitsAfterThePointIsOutOfRangeToo() {
		String share = "2." + "1".repeat(400_000);
		ParsedDataset parsed = assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> parser.parse((HEADER + "Belgium,BEL,2024," + share + ",\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(parsed.errors()).extracting(RowError::code).containsExactly("number-out-of-range");
	}

	@Test
	void aFigureOfFortyCharactersIsStillRead() {
		String share = "2." + "0".repeat(18);
		ParsedDataset parsed = parser.parse((HEADER + "Belgium,BEL,2024," + share + ",\n").getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).singleElement().satisfies(row -> assertThat(row.shareOfGdpPct()).isEqualByComparingTo("2"));
	}

}
