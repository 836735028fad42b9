package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a stored version is cited as, and whether it gives money figures. */
class DatasetVersionTest {

	private static final Instant LATE_ON_3_JUNE_2025_UTC = Instant.parse("2025-06-03T23:30:00Z");

	private static final String NATO_2025 = "NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025";

	private static DatasetVersion version(String source, Boolean moneyFigures) {
		return new DatasetVersion(2, "alice", LATE_ON_3_JUNE_2025_UTC, "nato.csv", "ab12", 385, 32, 2014, 2025, source,
				"https://www.nato.int/", "Table 3 only.", LocalDate.of(2025, 6, 3), moneyFigures);
	}

	@Nested
	class Source {

		@Test
		void aStatedSourceIsCitedAsStated() {
			DatasetCitation citation = version(NATO_2025, false).citation();
			assertThat(citation.source()).isEqualTo(NATO_2025);
			assertThat(citation.version()).isEqualTo(2);
			assertThat(citation.sourceUrl()).isEqualTo("https://www.nato.int/");
			assertThat(citation.notes()).isEqualTo("Table 3 only.");
			assertThat(citation.dataAsOf()).isEqualTo(LocalDate.of(2025, 6, 3));
			assertThat(citation.line())
				.isEqualTo("NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025 (dataset version 2)");
		}

		@Test
		void withoutASourceTheVersionIsCitedByWhoUploadedItAndTheUtcDay() {
			assertThat(version(null, null).source()).isEqualTo("Uploaded by alice on 2025-06-03");
			assertThat(version("   ", null).source()).isEqualTo("Uploaded by alice on 2025-06-03");
			assertThat(new DatasetVersion(3, "bob", Instant.parse("2024-12-31T23:59:59Z"), "f.csv", "cd34", 1, 1, 2024,
					2024).citation().line()).isEqualTo("Uploaded by bob on 2024-12-31 (dataset version 3)");
		}

	}

	@Nested
	class MoneyFigures {

		@Test
		void aVersionWithoutMoneyFiguresSaysSo() {
			DatasetVersion sharesOnly = version(NATO_2025, false);
			assertThat(sharesOnly.hasMoneyFigures()).isFalse();
			assertThat(sharesOnly.citation().moneyFigures()).isFalse();
		}

		@Test
		void aVersionWithMoneyFiguresSaysSo() {
			assertThat(version(NATO_2025, true).hasMoneyFigures()).isTrue();
		}

		@Test
		void aVersionStoredBeforeThisWasRecordedHadMoneyFigures() {
			assertThat(version(NATO_2025, null).hasMoneyFigures()).isTrue();
		}

	}

}
