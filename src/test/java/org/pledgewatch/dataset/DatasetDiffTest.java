package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the version pages list as added, removed and changed between two versions. */
class DatasetDiffTest {

	/** NATO 2024 edition, Belgium 2024: 8,519 of 655,744 million USD, printed 1.30 %, real change 8.89 %. */
	private static final DatasetRow BELGIUM_2024 = row("Belgium", "BEL", 2024, "8519", "655744", "1.30", "8.89");

	private static final DatasetRow BELGIUM_2023 = row("Belgium", "BEL", 2023, "7622", "630704", "1.21", "3.70");

	private static DatasetRow row(String country, String iso3, int year, @Nullable String spending,
			@Nullable String gdp, @Nullable String share, @Nullable String realChange) {
		return new DatasetRow(country, iso3, year, decimal(spending), decimal(gdp), new BigDecimal("11858.6"),
				new BigDecimal("21.3"), new BigDecimal("15.16"), true, decimal(share), decimal(realChange));
	}

	private static @Nullable BigDecimal decimal(@Nullable String text) {
		return text == null ? null : new BigDecimal(text);
	}

	private static DatasetDiff diff(List<DatasetRow> before, List<DatasetRow> after) {
		return DatasetDiff.between(new Dataset(1, before), new Dataset(2, after));
	}

	@Nested
	class Unchanged {

		@Test
		void theSameRowsAreNoChange() {
			DatasetDiff diff = diff(List.of(BELGIUM_2023, BELGIUM_2024), List.of(BELGIUM_2023, BELGIUM_2024));
			assertThat(diff.isEmpty()).isTrue();
			assertThat(diff.added()).isEmpty();
			assertThat(diff.removed()).isEmpty();
			assertThat(diff.changed()).isEmpty();
		}

		@Test
		void trailingZerosAndRowOrderAreNoChange() {
			DatasetRow written = new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519.0"),
					new BigDecimal("655744.00"), new BigDecimal("11858.60"), new BigDecimal("21.30"),
					new BigDecimal("15.160"), true, new BigDecimal("1.3"), new BigDecimal("8.890"));
			assertThat(diff(List.of(BELGIUM_2023, BELGIUM_2024), List.of(written, BELGIUM_2023)).isEmpty()).isTrue();
		}

	}

	@Nested
	class AddedAndRemoved {

		@Test
		void aNewYearIsAddedAndAYearNoLongerGivenIsRemoved() {
			DatasetRow belgium2025 = row("Belgium", "BEL", 2025, null, null, "2.00", "57.41");
			DatasetDiff diff = diff(List.of(BELGIUM_2023, BELGIUM_2024), List.of(BELGIUM_2024, belgium2025));
			assertThat(diff.added()).containsExactly(belgium2025);
			assertThat(diff.removed()).containsExactly(BELGIUM_2023);
			assertThat(diff.changed()).isEmpty();
			assertThat(diff.isEmpty()).isFalse();
		}

		@Test
		void aRowIsKeyedByAllyAndYear() {
			DatasetRow netherlands2024 = row("Netherlands", "NLD", 2024, "21460", "1162883", "2.05", "24.25");
			DatasetDiff diff = diff(List.of(BELGIUM_2024), List.of(netherlands2024));
			assertThat(diff.added()).containsExactly(netherlands2024);
			assertThat(diff.removed()).containsExactly(BELGIUM_2024);
		}

		@Test
		void onlyAnAddedRowIsAChange() {
			assertThat(diff(List.of(), List.of(BELGIUM_2024)).isEmpty()).isFalse();
		}

		@Test
		void onlyARemovedRowIsAChange() {
			assertThat(diff(List.of(BELGIUM_2024), List.of()).isEmpty()).isFalse();
		}

	}

	@Nested
	class Changed {

		private void assertChanged(DatasetRow after) {
			DatasetDiff diff = diff(List.of(BELGIUM_2023, BELGIUM_2024), List.of(BELGIUM_2023, after));
			assertThat(diff.changed()).as(after.toString())
				.singleElement()
				.isEqualTo(new DatasetDiff.Change(BELGIUM_2024, after));
			assertThat(diff.added()).isEmpty();
			assertThat(diff.removed()).isEmpty();
			assertThat(diff.isEmpty()).isFalse();
		}

		@Test
		void aRevisedPublishedShareIsAChange() {
			// NATO's 2025 edition revised Belgium 2024 from 1.30 to 1.29 % (1.286805534).
			assertChanged(row("Belgium", "BEL", 2024, "8519", "655744", "1.29", "8.89"));
		}

		@Test
		void aRevisedRealChangeIsAChange() {
			assertChanged(row("Belgium", "BEL", 2024, "8519", "655744", "1.30", "9.88"));
		}

		@Test
		void aPublishedShareGivenOrWithdrawnIsAChange() {
			assertChanged(row("Belgium", "BEL", 2024, "8519", "655744", null, "8.89"));
		}

		@Test
		void eachRevisedFigureIsAChange() {
			assertChanged(row("Belgium", "BEL", 2024, "8520", "655744", "1.30", "8.89"));
			assertChanged(row("Belgium", "BEL", 2024, "8519", "655745", "1.30", "8.89"));
			assertChanged(row("Belgium", "BEL", 2024, null, null, "1.30", "8.89"));
			assertChanged(new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519"), new BigDecimal("655744"),
					new BigDecimal("11858.7"), new BigDecimal("21.3"), new BigDecimal("15.16"), true,
					new BigDecimal("1.30"), new BigDecimal("8.89")));
			assertChanged(new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519"), new BigDecimal("655744"),
					new BigDecimal("11858.6"), new BigDecimal("21.4"), new BigDecimal("15.16"), true,
					new BigDecimal("1.30"), new BigDecimal("8.89")));
			assertChanged(new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519"), new BigDecimal("655744"),
					new BigDecimal("11858.6"), new BigDecimal("21.3"), new BigDecimal("15.15"), true,
					new BigDecimal("1.30"), new BigDecimal("8.89")));
		}

		@Test
		void anEstimateConfirmedIsAChange() {
			assertChanged(new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519"), new BigDecimal("655744"),
					new BigDecimal("11858.6"), new BigDecimal("21.3"), new BigDecimal("15.16"), false,
					new BigDecimal("1.30"), new BigDecimal("8.89")));
		}

		@Test
		void aRenamedAllyIsAChange() {
			assertChanged(row("Belgique", "BEL", 2024, "8519", "655744", "1.30", "8.89"));
		}

	}

}
