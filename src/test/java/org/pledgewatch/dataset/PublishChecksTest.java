package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checks for the realistic mistakes of a whole file, at and just past each edge issue 21 names. */
class PublishChecksTest {

	private final PublishChecks checks = new PublishChecks();

	private static DatasetRow printed(String iso3, int year, String spending, String gdp, String share) {
		return new DatasetRow(iso3, iso3, year, new BigDecimal(spending), new BigDecimal(gdp), null, null, null, false,
				new BigDecimal(share), null);
	}

	private static DatasetRow money(String iso3, int year, String spending, String gdp) {
		return new DatasetRow(iso3, iso3, year, new BigDecimal(spending), new BigDecimal(gdp), null, null, null, false);
	}

	private static DatasetRow share(String iso3, int year, String share) {
		return new DatasetRow(iso3, iso3, year, null, null, null, null, null, false, new BigDecimal(share), null);
	}

	private List<String> codes(List<DatasetRow> rows) {
		return checks.check(rows, new Dataset(1, List.of()), null).stream().map(UploadWarning::code).toList();
	}

	@Nested
	class ShareMismatchLarge {

		@Test
		void printedShareAndSpendingOverGdpMayDifferByHalfAPoint() {
			// 250 / 10000 = 2.50% against a printed 2.00: 0.5 points apart and 1.25 times, neither more.
			assertThat(codes(List.of(printed("BEL", 2024, "250", "10000", "2.00")))).isEmpty();
			// 251 / 10000 = 2.51%: 0.51 points apart.
			assertThat(codes(List.of(printed("BEL", 2024, "251", "10000", "2.00"))))
				.containsExactly("share-mismatch-large");
		}

		@Test
		void oneMayBeOneAndAHalfTimesTheOtherButNotMore() {
			// 0.30 printed, 45 / 10000 = 0.45%: exactly 1.5 times, 0.15 points apart.
			assertThat(codes(List.of(printed("BEL", 2024, "45", "10000", "0.30")))).isEmpty();
			// 45.1 / 10000 = 0.451%: more than 1.5 times (decided on the unrounded ratio, which shows as 0.45).
			assertThat(codes(List.of(printed("BEL", 2024, "45.1", "10000", "0.30"))))
				.containsExactly("share-mismatch-large");
			// And the other way round: printed 0.46 against 0.30 computed.
			assertThat(codes(List.of(printed("BEL", 2024, "30", "10000", "0.46"))))
				.containsExactly("share-mismatch-large");
		}

		@Test
		void belgiumsGdpTimesAThousandIsQuestionedWithTheCellItIsAbout() {
			// NATO 2024 edition, Belgium 2024: spending 8,519 and GDP 655,744 (US$ m), printed share 1.30.
			// GDP × 1,000 gives spending / GDP 0.00%.
			DatasetRow belgium = new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519"),
					new BigDecimal("655744000"), null, null, null, false, new BigDecimal("1.30"), null);
			DatasetRow published = new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519"),
					new BigDecimal("655744"), null, null, null, false, new BigDecimal("1.30"), null);

			List<UploadWarning> warnings = checks.check(List.of(belgium), new Dataset(4, List.of(published)), null);

			assertThat(warnings).extracting(UploadWarning::code)
				.containsExactly("share-mismatch-large", "share-implausible");
			UploadWarning mismatch = warnings.get(0);
			assertThat(mismatch.needsConfirmation()).isTrue();
			assertThat(mismatch.cell()).isEqualTo(new UploadWarning.Cell("Belgium (BEL) 2024",
					"defence_expenditure_musd / gdp_musd", "1.30", "0.00"));
			assertThat(mismatch.message()).contains("1.30%").contains("0.00%").contains("unit or separator");
		}

		@Test
		void aRowWithoutMoneyOrWithoutAPrintedShareHasNothingToDisagreeWith() {
			assertThat(codes(List.of(share("BEL", 2024, "2.00"), money("DEU", 2024, "90", "4500")))).isEmpty();
		}

	}

	@Nested
	class RowsRemoved {

		private static List<DatasetRow> rows(int count) {
			List<DatasetRow> rows = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				rows.add(share("BEL", 1900 + i, "1.5"));
			}
			return rows;
		}

		@Test
		void aFileMayLeaveOutTenPercentOfThePublishedRowsButNotMore() {
			Dataset published = new Dataset(3, rows(20));
			// 18 of 20 kept: 2 removed is exactly 10%.
			assertThat(PublishChecks.rowsRemoved(rows(20).subList(0, 18), published)).isEmpty();
			// 17 kept: 3 removed is 15%.
			assertThat(PublishChecks.rowsRemoved(rows(20).subList(0, 17), published)).map(UploadWarning::code)
				.contains("rows-removed");
		}

		@Test
		void aOneRowFileSaysItReplacesTheWholePublishedDataset() {
			Dataset published = new Dataset(2, rows(385));
			UploadWarning warning = PublishChecks.rowsRemoved(rows(1), published).orElseThrow();

			assertThat(warning.needsConfirmation()).isTrue();
			assertThat(warning.message()).startsWith("This replaces the whole published dataset: 384 of its 385 rows");
			assertThat(warning.cell().before()).isEqualTo("385");
			assertThat(warning.cell().after()).isEqualTo("1");
		}

		@Test
		void theFirstVersionRemovesNothing() {
			assertThat(PublishChecks.rowsRemoved(rows(1), new Dataset(1, List.of()))).isEmpty();
		}

	}

	@Nested
	class SharesAsFractions {

		@Test
		void aFileWhoseSharesAreAllBelowATenthIsNamedAsFractions() {
			List<UploadWarning> warnings = checks.check(
					List.of(share("BEL", 2024, "0.0130"), share("DEU", 2024, "0.0200"), share("POL", 2024, "0.0412")),
					new Dataset(1, List.of()), null);

			assertThat(warnings).hasSize(1);
			assertThat(warnings.get(0).code()).isEqualTo("share-implausible");
			assertThat(warnings.get(0).message()).contains("shares given as fractions?").contains("0.0412");
		}

		@Test
		void oneShareOfATenthOrMoreIsNotAFileOfFractions() {
			assertThat(codes(List.of(share("BEL", 2024, "0.05"), share("DEU", 2024, "0.1")))).isEmpty();
		}

	}

	@Nested
	class ComputedShares {

		@Test
		void spendingOverGdpIsQuestionedLikeAPrintedShareEvenWhenAShareIsPrinted() {
			// A comma file read "8.519" as 8.519 million: 8.519 / 655744 = 0.0013%, while 1.30 is printed.
			List<String> codes = codes(List.of(printed("BEL", 2024, "8.519", "655744", "1.30")));
			assertThat(codes).contains("share-implausible", "share-mismatch-large");
		}

	}

	@Nested
	class MoneyAgainstAnEarlierVersion {

		@Test
		void moneyIsComparedWithTheNewestPublishedVersionWithMoneyWhenTheActiveHasNone() {
			Dataset sharesOnly = new Dataset(3, List.of(share("BEL", 2024, "1.30")));
			Dataset withMoney = new Dataset(2, List.of(money("BEL", 2024, "8519", "655744")));

			List<UploadWarning> warnings = checks.check(List.of(money("BEL", 2024, "8519", "655744000")), sharesOnly,
					withMoney);

			assertThat(warnings).extracting(UploadWarning::code).contains("money-jump");
			UploadWarning jump = warnings.stream().filter(w -> w.code().equals("money-jump")).findFirst().orElseThrow();
			assertThat(jump.cell().column()).isEqualTo("gdp_musd");
			assertThat(jump.cell().before()).isEqualTo("655744");
			assertThat(jump.message()).contains("against version 2");
		}

		@Test
		void halfAgainIsNotAJump() {
			Dataset withMoney = new Dataset(2, List.of(money("BEL", 2024, "100", "10000")));
			assertThat(checks.check(List.of(money("BEL", 2024, "150", "15000")), new Dataset(3, List.of()), withMoney))
				.isEmpty();
		}

	}

	@Test
	void theSameFileAsAStoredVersionIsAPlainWarningNamingIt() {
		byte[] content = "country,iso3,year\n".getBytes(StandardCharsets.UTF_8);
		DatasetVersion stored = new DatasetVersion(7, "editor", Instant.EPOCH, "nato.csv",
				VersionSummary.sha256(content), 1, 1, 2024, 2024);
		DatasetVersion other = new DatasetVersion(8, "editor", Instant.EPOCH, "other.csv",
				VersionSummary.sha256("x".getBytes(StandardCharsets.UTF_8)), 1, 1, 2024, 2024);

		List<UploadWarning> warnings = PublishChecks.duplicates(content, List.of(stored, other));

		assertThat(warnings).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo("duplicate-of-version");
			assertThat(w.needsConfirmation()).isFalse();
			assertThat(w.message()).startsWith("This file is identical to stored version 7 (nato.csv");
		});
	}

}
