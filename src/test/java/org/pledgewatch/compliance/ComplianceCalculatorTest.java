package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

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

class ComplianceCalculatorTest {

	private static final Target TWO = Target.valueOf("2");

	private static final AccessionRegister FOUNDERS_AND_FINLAND = new AccessionRegister(
			Map.of("FIN", new Accession("FIN", "Finland", LocalDate.of(2023, 4, 4))));

	static DatasetRow row(String country, String iso3, int year, @Nullable String spending, @Nullable String gdp) {
		return new DatasetRow(country, iso3, year, spending == null ? null : new BigDecimal(spending),
				gdp == null ? null : new BigDecimal(gdp), new BigDecimal("1000"), null, null, false);
	}

	static ComplianceModel compute(DatasetRow... rows) {
		return new ComplianceCalculator(FOUNDERS_AND_FINLAND).compute(new Dataset(7, List.of(rows)));
	}

	static AllyYear find(ComplianceModel model, int year, String iso3, Target target) {
		return model.year(year, target).rows().stream().filter(r -> r.iso3().equals(iso3)).findFirst().orElseThrow();
	}

	@Nested
	class RoundingAtTheTarget {

		@Test
		void shareOfExactly1point995RoundsTo2AndMeetsTwoPercent() {
			// 1995 / 100000 × 100 = 1.995 exactly; binary doubles make it 1.99499… and would round down.
			AllyYear ally = find(compute(row("Aland", "ALA", 2024, "1995", "100000")), 2024, "ALA", TWO);
			assertThat(ally.shareOfGdpPctRounded()).isEqualTo(2.00);
			assertThat(ally.meetsTarget()).isTrue();
		}

		@Test
		void shareOf1point994DoesNotMeetTwoPercent() {
			AllyYear ally = find(compute(row("Aland", "ALA", 2024, "1994", "100000")), 2024, "ALA", TWO);
			assertThat(ally.shareOfGdpPctRounded()).isEqualTo(1.99);
			assertThat(ally.meetsTarget()).isFalse();
		}

		@Test
		void gapIsTheMoneyMissingToTheTarget() {
			AllyYear ally = find(compute(row("Aland", "ALA", 2024, "1500", "100000")), 2024, "ALA", TWO);
			assertThat(ally.gapToTargetMusd()).isEqualTo(500.0);
			AllyYear above = find(compute(row("Aland", "ALA", 2024, "2500", "100000")), 2024, "ALA", TWO);
			assertThat(above.gapToTargetMusd()).isZero();
		}

		@Test
		void aHigherTargetTurnsAMeetingAllyIntoAFailingOne() {
			ComplianceModel model = compute(row("Aland", "ALA", 2024, "3000", "100000"));
			assertThat(find(model, 2024, "ALA", TWO).meetsTarget()).isTrue();
			AllyYear at35 = find(model, 2024, "ALA", Target.valueOf("3.5"));
			assertThat(at35.meetsTarget()).isFalse();
			assertThat(at35.gapToTargetMusd()).isEqualTo(500.0);
		}

	}

	@Nested
	class MissingValues {

		@Test
		void allyWithoutSpendingHasNoShareNoVerdictNoRankAndIsNotCounted() {
			ComplianceModel model = compute(row("Iceland", "ISL", 2024, null, "32894"),
					row("Belgium", "BEL", 2024, "8519", "655744"));
			AllyYear iceland = find(model, 2024, "ISL", TWO);
			assertThat(iceland.shareOfGdpPct()).isNull();
			assertThat(iceland.meetsTarget()).isNull();
			assertThat(iceland.rank()).isNull();
			assertThat(iceland.gapToTargetMusd()).isNull();
			YearSummary summary = model.summary(2024, TWO, "BEL");
			assertThat(summary.alliesReporting()).isEqualTo(1);
			assertThat(summary.medianShareOfGdpPct()).isCloseTo(1.2991, offset(0.0001));
			assertThat(summary.totalGdpMusd()).as("Iceland's GDP stays out of the alliance share").isEqualTo(655744.0);
		}

		@Test
		void zeroGdpIsMissingNotCompliant() {
			ComplianceModel model = compute(row("Nowhere", "NWH", 2024, "10", "0"));
			AllyYear ally = find(model, 2024, "NWH", TWO);
			assertThat(ally.shareOfGdpPct()).isNull();
			assertThat(ally.meetsTarget()).isNull();
			assertThat(model.summary(2024, TWO, "NWH").alliesMeetingTarget()).isZero();
		}

		@Test
		void highlightWithoutARowThatYearHasNoFigures() {
			Highlight highlight = compute(row("Aland", "ALA", 2024, "1", "100")).summary(2024, TWO, "BEL").highlight();
			assertThat(highlight.shareOfGdpPct()).isNull();
			assertThat(highlight.rank()).isNull();
		}

	}

	@Nested
	class RanksAndAggregates {

		@Test
		void equalPublishedSharesShareARankAndTheNextRankSkips() {
			ComplianceModel model = compute(row("A", "AAA", 2024, "300", "10000"), row("B", "BBB", 2024, "2001", "100000"),
					row("C", "CCC", 2024, "2004", "100000"), row("D", "DDD", 2024, "100", "10000"));
			assertThat(find(model, 2024, "AAA", TWO).rank()).isEqualTo(1);
			assertThat(find(model, 2024, "BBB", TWO).rank()).isEqualTo(2);
			assertThat(find(model, 2024, "CCC", TWO).rank()).isEqualTo(2);
			assertThat(find(model, 2024, "DDD", TWO).rank()).isEqualTo(4);
		}

		@Test
		void aYearWithASingleAllyRanksItFirstWithItselfAsMedian() {
			ComplianceModel model = compute(row("Belgium", "BEL", 2024, "8519", "655744"));
			YearSummary summary = model.summary(2024, TWO, "BEL");
			assertThat(summary.highlight().rank()).isEqualTo(1);
			assertThat(summary.highlight().alliesRanked()).isEqualTo(1);
			assertThat(summary.medianShareOfGdpPct()).isEqualTo(summary.allianceShareOfGdpPct());
		}

		@Test
		void nonMembersAreShownButNotRankedOrCounted() {
			ComplianceModel model = compute(row("Finland", "FIN", 2022, "5000", "100000"),
					row("Finland", "FIN", 2023, "5000", "100000"), row("Belgium", "BEL", 2022, "1000", "100000"),
					row("Belgium", "BEL", 2023, "1000", "100000"));
			AllyYear finland2022 = find(model, 2022, "FIN", TWO);
			assertThat(finland2022.member()).isFalse();
			assertThat(finland2022.rank()).isNull();
			assertThat(finland2022.meetsTarget()).as("still computed").isTrue();
			assertThat(model.summary(2022, TWO, "BEL").alliesReporting()).isEqualTo(1);
			assertThat(model.summary(2022, TWO, "BEL").alliesMeetingTarget()).isZero();
			assertThat(find(model, 2023, "FIN", TWO).rank()).isEqualTo(1);
			assertThat(model.summary(2023, TWO, "BEL").alliesMeetingTarget()).isEqualTo(1);
		}

		@Test
		void allianceShareIsTotalSpendingOverTotalGdpAndTheUsIsSplitOut() {
			ComplianceModel model = compute(row("United States", "USA", 2024, "900", "30000"),
					row("Belgium", "BEL", 2024, "100", "10000"));
			YearSummary summary = model.summary(2024, TWO, "BEL");
			assertThat(summary.totalDefenceExpenditureMusd()).isEqualTo(1000.0);
			assertThat(summary.allianceShareOfGdpPct()).isCloseTo(2.5, offset(1e-9));
			assertThat(summary.medianShareOfGdpPct()).isCloseTo(2.0, offset(1e-9));
			assertThat(summary.usDefenceExpenditureMusd()).isEqualTo(900.0);
			assertThat(summary.europeCanadaDefenceExpenditureMusd()).isEqualTo(100.0);
			assertThat(summary.meetingTarget()).containsExactly("USA");
		}

		@Test
		void spendingChangeComparesWithTheSameAllysPreviousYearOnly() {
			ComplianceModel model = compute(row("Belgium", "BEL", 2022, "100", "10000"),
					row("Belgium", "BEL", 2023, "110", "10000"), row("Albania", "ALB", 2023, "50", "1000"),
					row("Albania", "ALB", 2025, "60", "1000"));
			assertThat(find(model, 2023, "BEL", TWO).spendingChangePct()).isCloseTo(10.0, offset(1e-9));
			assertThat(find(model, 2022, "BEL", TWO).spendingChangePct()).isNull();
			assertThat(find(model, 2023, "ALB", TWO).spendingChangePct()).isNull();
			assertThat(find(model, 2025, "ALB", TWO).spendingChangePct()).as("2024 is missing, so no change").isNull();
		}

		@Test
		void perCapitaSpendingIsInDollarsPerPerson() {
			// 100 million USD over 1,000 thousand people = 100 USD a head.
			assertThat(find(compute(row("Belgium", "BEL", 2024, "100", "10000")), 2024, "BEL", TWO).perCapitaUsd())
				.isCloseTo(100.0, offset(1e-9));
		}

	}

	@Nested
	class Requests {

		@Test
		void aYearNotInTheDataIsUnknown() {
			ComplianceModel model = compute(row("Belgium", "BEL", 2024, "100", "10000"));
			assertThatThrownBy(() -> model.year(1999, TWO)).isInstanceOf(UnknownYearException.class)
				.hasMessageContaining("1999");
		}

		@Test
		void targetsMustBeAboveZeroAndAtMostOneHundred() {
			assertThatThrownBy(() -> Target.valueOf("0")).isInstanceOf(InvalidTargetException.class);
			assertThatThrownBy(() -> Target.valueOf("100.5")).isInstanceOf(InvalidTargetException.class);
			assertThatThrownBy(() -> Target.valueOf("NaN")).isInstanceOf(InvalidTargetException.class);
			assertThatThrownBy(() -> Target.valueOf("two")).isInstanceOf(InvalidTargetException.class);
			assertThat(Target.valueOf("100").pctValue()).isEqualTo(100.0);
			assertThat(Target.valueOf(" 3.50 ").pct().toPlainString()).isEqualTo("3.5");
		}

	}

}
