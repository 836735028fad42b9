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
			assertThat(summary.medianShareOfGdpPct()).as("Belgium's shown share, 1.30").isEqualTo(1.30);
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

	@Nested
	class AlliesWithoutAFigure {

		@Test
		void aMemberWithoutARowThatYearIsListedWithNoFigurePublished() {
			// Germany published no 2025 figure in NATO's 2025 edition.
			ComplianceModel model = compute(row("Belgium", "BEL", 2024, "13", "1000"),
					row("Germany", "DEU", 2024, "21", "1000"), row("Belgium", "BEL", 2025, "20", "1000"));

			AllyYear germany = find(model, 2025, "DEU", TWO);
			assertThat(germany.country()).isEqualTo("Germany");
			assertThat(germany.member()).isTrue();
			assertThat(germany.shareOfGdpPct()).isNull();
			assertThat(germany.meetsTarget()).isNull();
			assertThat(germany.rank()).isNull();
			assertThat(germany.shareSource()).isNull();
			YearSummary summary = model.summary(2025, TWO, "BEL");
			assertThat(summary.alliesReporting()).isEqualTo(1);
			// Belgium and Germany, and Finland: a member by the register since 2023, though the file has no row for it.
			assertThat(summary.membersThatYear()).isEqualTo(3);
		}

		@Test
		void anAllyIsNotListedForAYearBeforeItJoined() {
			ComplianceModel model = compute(row("Belgium", "BEL", 2022, "13", "1000"),
					row("Finland", "FIN", 2023, "24", "1000"), row("Belgium", "BEL", 2023, "12", "1000"));
			assertThat(model.year(2022, TWO).rows()).extracting(AllyYear::iso3).containsExactly("BEL");
			assertThat(model.summary(2022, TWO, "BEL").membersThatYear()).isEqualTo(1);
		}

		@Test
		void anAllyWithARowIsListedOnce() {
			ComplianceModel model = compute(row("Belgium", "BEL", 2024, "13", "1000"),
					row("France", "FRA", 2024, "21", "1000"));
			assertThat(model.year(2024, TWO).rows()).extracting(AllyYear::iso3).containsExactly("FRA", "BEL");
		}

	}

	@Nested
	class ListingOrder {

		@Test
		void alliesWithoutAShareComeAfterEvenTheLowestShare() {
			// Luxembourg-like 0.50 % and an ally without spending (Iceland).
			ComplianceModel model = compute(row("Iceland", "ISL", 2024, null, "32894"),
					row("Luxembourg", "LUX", 2024, "5", "1000"), row("Belgium", "BEL", 2024, "13", "1000"));
			assertThat(model.year(2024, TWO).rows()).extracting(AllyYear::iso3).containsExactly("BEL", "LUX", "ISL");
			assertThat(find(model, 2024, "LUX", TWO).rank()).isEqualTo(2);
		}

		@Test
		void equalPrintedSharesAreListedByTheUnroundedShareThenByName() {
			// 2.001 and 2.004 are both printed 2.00; C's is higher, so C comes first though B sorts first by name.
			ComplianceModel model = compute(row("B", "BBB", 2024, "2001", "100000"),
					row("C", "CCC", 2024, "2004", "100000"), row("A", "AAA", 2024, "2004", "100000"));
			assertThat(model.year(2024, TWO).rows()).extracting(AllyYear::iso3).containsExactly("AAA", "CCC", "BBB");
		}

		@Test
		void ranksFollowTheShareNotTheFileOrder() {
			ComplianceModel model = compute(row("D", "DDD", 2024, "100", "10000"), row("B", "BBB", 2024, "2001", "100000"),
					row("A", "AAA", 2024, "300", "10000"), row("C", "CCC", 2024, "2004", "100000"));
			assertThat(model.year(2024, TWO).rows()).extracting(AllyYear::iso3, AllyYear::rank)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("AAA", 1), org.assertj.core.groups.Tuple.tuple("CCC", 2),
						org.assertj.core.groups.Tuple.tuple("BBB", 2), org.assertj.core.groups.Tuple.tuple("DDD", 4));
		}

	}

	@Nested
	class ShareSources {

		@Test
		void aShareFromSpendingAndGdpIsComputedAndAPrintedOneIsPublished() {
			DatasetRow printed = new DatasetRow("Belgium", "BEL", 2025, null, null, null, null, null, false,
					new BigDecimal("2.000904949"), new BigDecimal("57.41244136"));
			ComplianceModel model = compute(row("France", "FRA", 2025, "2050", "100000"), printed,
					row("Iceland", "ISL", 2025, null, "32894"));

			AllyYear france = find(model, 2025, "FRA", TWO);
			assertThat(france.shareSource()).isEqualTo(ShareSource.computed);
			assertThat(france.computedShareOfGdpPct()).isEqualTo(2.05);
			assertThat(france.publishedShareOfGdpPct()).isNull();
			AllyYear belgium = find(model, 2025, "BEL", TWO);
			assertThat(belgium.shareSource()).isEqualTo(ShareSource.published);
			assertThat(belgium.shareOfGdpPctRounded()).isEqualTo(2.00);
			assertThat(belgium.meetsTarget()).isTrue();
			assertThat(belgium.gapToTargetMusd()).as("no money in a share-only row").isNull();
			assertThat(belgium.gapToTargetPts()).isZero();
			assertThat(belgium.realChangePct()).isEqualTo(57.41244136);
			assertThat(find(model, 2025, "ISL", TWO).shareSource()).isNull();
		}

		@Test
		void theMedianCountsOnlyMembersWithAShare() {
			// Members' shares 1.00, 2.00 and 4.00 (Iceland has none): the median is 2.00, not 1.50.
			ComplianceModel model = compute(row("A", "AAA", 2024, "10", "1000"), row("B", "BBB", 2024, "20", "1000"),
					row("C", "CCC", 2024, "40", "1000"), row("Iceland", "ISL", 2024, null, "32894"),
					row("Finland", "FIN", 2022, "5", "1000"), row("A", "AAA", 2022, "10", "1000"),
					row("B", "BBB", 2022, "20", "1000"));
			assertThat(model.summary(2024, TWO, "AAA").medianShareOfGdpPct()).isCloseTo(2.0, offset(1e-9));
			// 2022: Finland was not yet a member, so its 0.50 % is left out: the median of 1.00 and 2.00.
			assertThat(model.summary(2022, TWO, "AAA").medianShareOfGdpPct()).isCloseTo(1.5, offset(1e-9));
		}

	}

}
