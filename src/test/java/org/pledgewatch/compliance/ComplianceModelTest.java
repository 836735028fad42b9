package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.budget.ClientConnection;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.budget.WorkStoppedException;
import org.pledgewatch.dataset.Accession;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetRow;
import org.pledgewatch.dataset.ShippedDataset;

/** What the pages and the API ask of a computed version: years, allies, summaries, the trend, the status callout. */
class ComplianceModelTest {

	private static final Target TWO = Target.valueOf("2");

	private static final AccessionRegister FOUNDERS = new AccessionRegister(Map.of());

	/** Spending out of a GDP of 1,000, so that the share is spending / 10: "20" is 2.00 %. */
	private static DatasetRow row(String country, String iso3, int year, @Nullable String spending) {
		return new DatasetRow(country, iso3, year, spending == null ? null : new BigDecimal(spending),
				new BigDecimal("1000"), null, null, null, false);
	}

	private static ComplianceModel model(DatasetRow... rows) {
		return new ComplianceCalculator(FOUNDERS).compute(new Dataset(5, List.of(rows)));
	}

	/** Belgium climbs to 2 % in 2024; France drops below it; Germany crosses it. */
	private static final ComplianceModel THREE_YEARS = model(row("Belgium", "BEL", 2022, "10"),
			row("Belgium", "BEL", 2023, "15"), row("Belgium", "BEL", 2024, "20"), row("France", "FRA", 2022, "25"),
			row("France", "FRA", 2023, "21"), row("France", "FRA", 2024, "19"), row("Germany", "DEU", 2023, "18"),
			row("Germany", "DEU", 2024, "22"));

	/** Whether reports speak of money and population: from the rows, once per version. */
	@Nested
	class WhatTheVersionGives {

		private static DatasetRow sharesOnly(String iso3, int year, @Nullable String population) {
			return new DatasetRow(iso3, iso3, year, null, null, population == null ? null : new BigDecimal(population),
					null, null, false, new BigDecimal("1.5"), null);
		}

		@Test
		void theShippedEditionsAsNatoPrintedThem() {
			ComplianceModel june2024 = new ComplianceCalculator(ShippedDataset.accessions())
				.compute(ShippedDataset.dataset(1));
			ComplianceModel august2025 = new ComplianceCalculator(ShippedDataset.accessions())
				.compute(ShippedDataset.dataset(2));
			assertThat(june2024.moneyFigures()).isTrue();
			assertThat(june2024.population()).isTrue();
			assertThat(august2025.moneyFigures()).as("the 2025 edition prints shares, no money").isFalse();
			assertThat(august2025.population()).isFalse();
		}

		@Test
		void oneRowWithMoneyOrPopulationInAnyYearIsEnough() {
			assertThat(model(sharesOnly("BEL", 2023, null), sharesOnly("FRA", 2024, null)).moneyFigures()).isFalse();
			assertThat(model(sharesOnly("BEL", 2023, null), row("France", "FRA", 2024, "20")).moneyFigures()).isTrue();
			assertThat(model(sharesOnly("BEL", 2023, null), new DatasetRow("France", "FRA", 2024, null,
					new BigDecimal("1000"), null, null, null, false)).moneyFigures()).as("GDP alone").isTrue();
			assertThat(model(sharesOnly("BEL", 2023, null), sharesOnly("FRA", 2024, null)).population()).isFalse();
			assertThat(model(sharesOnly("BEL", 2023, null), sharesOnly("FRA", 2024, "68000")).population()).isTrue();
		}

		@Test
		void aVersionRecordedWithoutMoneyHasNoneWhateverItsRows() {
			DatasetCitation noMoney = new DatasetCitation(5,
					"Test figures", null, null, null, false);
			ComplianceModel model = new ComplianceCalculator(FOUNDERS)
				.compute(new Dataset(5, List.of(row("France", "FRA", 2024, "20")), noMoney));
			assertThat(model.moneyFigures()).isFalse();
		}

	}

	/**
	 * The status callout loops over years and then over allies: a request whose time is up stops in either loop.
	 * The budget here has room for exactly {@code checks} readings of its clock.
	 */
	@Nested
	class StoppedRequests {

		private static RequestBudget budgetFor(int checks) {
			AtomicLong clock = new AtomicLong();
			return new RequestBudget(Duration.ofNanos(checks + 1), ClientConnection.UNKNOWN, clock::getAndIncrement);
		}

		@Test
		void theLoopOverYearsStops() {
			try (RequestBudget.Scope scope = RequestBudget.bind(budgetFor(0))) {
				// 2022, the first year: there is no year before it to compare allies with.
				assertThatThrownBy(() -> THREE_YEARS.status("FRA", 2022, TWO)).isInstanceOf(WorkStoppedException.class);
			}
		}

		@Test
		void theLoopOverAlliesStops() {
			try (RequestBudget.Scope scope = RequestBudget.bind(budgetFor(1))) {
				// France meets 2% in 2022, the first year looked at: one reading, then the allies of 2024.
				assertThatThrownBy(() -> THREE_YEARS.status("FRA", 2024, TWO)).isInstanceOf(WorkStoppedException.class);
			}
			try (RequestBudget.Scope scope = RequestBudget.bind(budgetFor(10))) {
				assertThat(THREE_YEARS.status("FRA", 2024, TWO)).isNotNull();
			}
		}

	}

	@Nested
	class YearsAndAllies {

		@Test
		void theYearsAndAlliesOfTheVersion() {
			assertThat(THREE_YEARS.version()).isEqualTo(5);
			assertThat(THREE_YEARS.years()).containsExactly(2022, 2023, 2024);
			assertThat(THREE_YEARS.firstYear()).isEqualTo(2022);
			assertThat(THREE_YEARS.latestYear()).isEqualTo(2024);
			assertThat(THREE_YEARS.yearSpan()).isEqualTo("2022–2024");
			assertThat(THREE_YEARS.allies()).extracting(Ally::country).containsExactly("Belgium", "France", "Germany");
			assertThat(THREE_YEARS.ally("DEU")).hasValue(new Ally("DEU", "Germany"));
			assertThat(THREE_YEARS.ally("ISL")).isEmpty();
		}

		@Test
		void alliesAreListedByNameWhateverTheFileOrder() {
			ComplianceModel model = model(row("United States", "USA", 2024, "34"), row("Poland", "POL", 2024, "41"),
					row("Belgium", "BEL", 2024, "13"));
			assertThat(model.allies()).extracting(Ally::iso3).containsExactly("BEL", "POL", "USA");
		}

		@Test
		void noYearAskedForMeansTheDefaultYear() {
			assertThat(THREE_YEARS.defaultYear()).isEqualTo(2024);
			assertThat(THREE_YEARS.yearOrDefault(null)).isEqualTo(2024);
			assertThat(THREE_YEARS.yearOrDefault(2022)).isEqualTo(2022);
		}

		@Test
		void aLaterPartialYearIsNotTheDefault() {
			// 2025: one of three allies has reported.
			ComplianceModel model = model(row("Belgium", "BEL", 2024, "13"), row("France", "FRA", 2024, "21"),
					row("Germany", "DEU", 2024, "21"), row("Belgium", "BEL", 2025, "20"));
			assertThat(model.defaultYear()).isEqualTo(2024);
			assertThat(model.latestYear()).isEqualTo(2025);
		}

		@Test
		void aYearOutsideTheDataNamesTheYearsCovered() {
			assertThatThrownBy(() -> THREE_YEARS.summary(2030, TWO, "BEL"))
				.isInstanceOfSatisfying(UnknownYearException.class, ex -> {
					assertThat(ex.getDefaultMessage()).isEqualTo("No figures for 2030: the dataset covers 2022–2024.");
					assertThat(ex.getCodes()).containsExactly("error.unknownYear");
					assertThat(ex.getArguments()).containsExactly(2030, 2022, 2024);
				});
		}

		@Test
		void anUnknownAllyIsNamed() {
			assertThatThrownBy(() -> THREE_YEARS.country("ISL", TWO)).isInstanceOf(UnknownCountryException.class)
				.hasMessage("No ally with the code \"ISL\" in the dataset.");
		}

	}

	@Nested
	class Summary {

		@Test
		void theUnitedStatesIsSplitOutEvenWhenAnotherAllyRanksAboveIt() {
			ComplianceModel model = model(row("Poland", "POL", 2024, "41"), row("United States", "USA", 2024, "34"),
					row("Belgium", "BEL", 2024, "13"));
			YearSummary summary = model.summary(2024, TWO, "BEL");
			assertThat(summary.meetingTarget()).containsExactly("POL", "USA");
			assertThat(summary.usDefenceExpenditureMusd()).isEqualTo(34.0);
			assertThat(summary.europeCanadaDefenceExpenditureMusd()).isEqualTo(54.0);
		}

		@Test
		void withoutTheUnitedStatesEuropeAndCanadaIsTheWholeTotal() {
			YearSummary summary = THREE_YEARS.summary(2024, TWO, "BEL");
			assertThat(summary.usDefenceExpenditureMusd()).isNull();
			assertThat(summary.europeCanadaDefenceExpenditureMusd()).isEqualTo(61.0);
		}

	}

	@Nested
	class TrendOverYears {

		@Test
		void theTrendCountsAlliesMeetingTheTargetEachYear() {
			assertThat(THREE_YEARS.trend(TWO).years())
				.extracting(org.pledgewatch.compliance.Trend.TrendYear::year,
						org.pledgewatch.compliance.Trend.TrendYear::alliesReporting,
						org.pledgewatch.compliance.Trend.TrendYear::alliesMeetingTarget)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2022, 2, 1),
						org.assertj.core.groups.Tuple.tuple(2023, 3, 1), org.assertj.core.groups.Tuple.tuple(2024, 3, 2));
			assertThat(THREE_YEARS.trend(TWO).dataset().version()).isEqualTo(5);
		}

	}

	@Nested
	class Status {

		@Test
		void belgiumReachesTheTargetIn2024From150In2023() {
			TargetStatus status = THREE_YEARS.status("BEL", 2024, TWO);
			assertThat(status.firstYearMeeting()).isEqualTo(2024);
			assertThat(status.shareThen()).isEqualTo(2.0);
			assertThat(status.previousYear()).isEqualTo(2023);
			assertThat(status.previousShare()).isEqualTo(1.5);
			assertThat(status.firstYearOfData()).isFalse();
		}

		@Test
		void alliesNewlyMeetingAndNewlyMissingAreNamed() {
			TargetStatus status = THREE_YEARS.status("BEL", 2024, TWO);
			assertThat(status.newlyMeeting()).extracting(Ally::iso3).containsExactly("DEU", "BEL");
			assertThat(status.newlyMissing()).extracting(Ally::iso3).containsExactly("FRA");
		}

		@Test
		void anAllyMeetingTheTargetInTheFirstYearOfTheDataMayHaveMetItBefore() {
			TargetStatus status = THREE_YEARS.status("FRA", 2024, TWO);
			assertThat(status.firstYearMeeting()).isEqualTo(2022);
			assertThat(status.firstYearOfData()).isTrue();
			assertThat(status.previousYear()).isNull();
		}

		@Test
		void anAllyThatNeverMetTheTargetHasNoFirstYear() {
			ComplianceModel model = model(row("Belgium", "BEL", 2023, "12"), row("Belgium", "BEL", 2024, "13"));
			TargetStatus status = model.status("BEL", 2024, TWO);
			assertThat(status.firstYearMeeting()).isNull();
			assertThat(status.shareThen()).isNull();
			assertThat(status.firstYearOfData()).isFalse();
			assertThat(status.newlyMeeting()).isEmpty();
			assertThat(status.newlyMissing()).isEmpty();
		}

	}

}
