package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.Accession;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetRow;

/** A year's aggregates that do not depend on the target: totals, estimates, and whether the year is complete. */
class YearFactsTest {

	private static final Target TWO = Target.valueOf("2");

	private static final AccessionRegister FINLAND_2023 = new AccessionRegister(
			Map.of("FIN", new Accession("FIN", "Finland", LocalDate.of(2023, 4, 4))));

	private static DatasetRow money(String country, String iso3, int year, String spending, String gdp,
			boolean estimate) {
		return new DatasetRow(country, iso3, year, new BigDecimal(spending), new BigDecimal(gdp), null, null, null,
				estimate);
	}

	private static DatasetRow share(String country, String iso3, int year, @Nullable String share) {
		return new DatasetRow(country, iso3, year, null, null, null, null, null, false,
				share == null ? null : new BigDecimal(share), null);
	}

	private static ComplianceModel model(DatasetRow... rows) {
		return new ComplianceCalculator(FINLAND_2023).compute(new Dataset(1, List.of(rows)));
	}

	/** Every ally unknown to the register: each counts as a member from its first year in the file. */
	private static ComplianceModel withoutRegister(DatasetRow... rows) {
		return new ComplianceCalculator(new AccessionRegister(Map.of())).compute(new Dataset(1, List.of(rows)));
	}

	@Nested
	class Totals {

		@Test
		void totalsNeedEveryCountedAllysMoneyFigures() {
			// Belgium gives money, Germany only its published share: a total of Belgium alone is not the alliance's.
			YearSummary summary = model(money("Belgium", "BEL", 2024, "8519", "655744", false),
					share("Germany", "DEU", 2024, "2.12")).summary(2024, TWO, "BEL");

			assertThat(summary.alliesReporting()).isEqualTo(2);
			assertThat(summary.totalDefenceExpenditureMusd()).isNull();
			assertThat(summary.totalGdpMusd()).isNull();
			assertThat(summary.allianceShareOfGdpPct()).isNull();
			assertThat(summary.usDefenceExpenditureMusd()).isNull();
			assertThat(summary.europeCanadaDefenceExpenditureMusd()).isNull();
		}

		@Test
		void aYearOfSharesOnlyHasNoTotals() {
			YearSummary summary = model(share("Germany", "DEU", 2025, "2.40")).summary(2025, TWO, "DEU");
			assertThat(summary.totalDefenceExpenditureMusd()).isNull();
			assertThat(summary.allianceShareOfGdpPct()).isNull();
			assertThat(summary.alliesMeetingTarget()).isEqualTo(1);
		}

	}

	@Nested
	class Estimates {

		@Test
		void aYearIsAnEstimateWhenAnyOfItsFiguresIs() {
			ComplianceModel model = model(money("Belgium", "BEL", 2023, "7622", "630704", false),
					money("France", "FRA", 2023, "2000", "100000", false),
					money("Belgium", "BEL", 2024, "8519", "655744", true),
					money("France", "FRA", 2024, "2000", "100000", false));

			assertThat(model.summary(2023, TWO, "BEL").estimate()).isFalse();
			assertThat(model.summary(2024, TWO, "BEL").estimate()).isTrue();
		}

	}

	@Nested
	class Completeness {

		@Test
		void halfOfTheMembersReportingMakesAYearComplete() {
			ComplianceModel model = withoutRegister(share("Belgium", "BEL", 2025, "2.00"), share("France", "FRA", 2025, "2.05"),
					share("Germany", "DEU", 2025, null), share("Italy", "ITA", 2025, null));

			YearSummary summary = model.summary(2025, TWO, "BEL");
			assertThat(summary.membersThatYear()).isEqualTo(4);
			assertThat(summary.alliesReporting()).isEqualTo(2);
			assertThat(summary.complete()).isTrue();
		}

		@Test
		void fewerThanHalfIsAPartialYear() {
			ComplianceModel model = withoutRegister(share("Belgium", "BEL", 2025, "2.00"), share("France", "FRA", 2025, null),
					share("Germany", "DEU", 2025, null));

			YearSummary summary = model.summary(2025, TWO, "BEL");
			assertThat(summary.membersThatYear()).isEqualTo(3);
			assertThat(summary.alliesReporting()).isEqualTo(1);
			assertThat(summary.complete()).isFalse();
		}

		@Test
		void aYearWithoutMembersIsNeverComplete() {
			// Finland joined in 2023: its 2022 row is shown, but 2022 has no member to report.
			ComplianceModel model = model(share("Finland", "FIN", 2022, "1.39"), share("Finland", "FIN", 2023, "2.45"));

			YearSummary before = model.summary(2022, TWO, "FIN");
			assertThat(before.membersThatYear()).isZero();
			assertThat(before.complete()).isFalse();
			assertThat(model.summary(2023, TWO, "FIN").complete()).isTrue();
			assertThat(model.defaultYear()).isEqualTo(2023);
		}

	}

}
