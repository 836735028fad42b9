package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.budget.ClientConnection;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.budget.WorkStoppedException;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetRow;

/** The road to The Hague's targets by 2035, and the 20% equipment guideline. */
class TargetPathTest {

	private static final AccessionRegister MEMBERS = AccessionRegister.read(new ByteArrayInputStream(
			"country,iso3,joined_on\nAtlantis,ATL,1949-08-24\nThule,THU,1949-08-24\nNowhere,NOW,1949-08-24\n"
				.getBytes(StandardCharsets.UTF_8)));

	private static DatasetRow row(String iso3, int year, @Nullable String spending, String gdp,
			@Nullable String equipment) {
		return new DatasetRow(iso3 + "-land", iso3, year, spending == null ? null : new BigDecimal(spending),
				new BigDecimal(gdp), null, null, equipment == null ? null : new BigDecimal(equipment), false);
	}

	private static ComplianceModel model(DatasetRow... rows) {
		return new ComplianceCalculator(MEMBERS).compute(new Dataset(1, List.of(rows)));
	}

	@Nested
	class PathTo2035 {

		// 1% of GDP in 2024: 3.5% in 2035 needs a factor of 3.5 over 11 years.
		private final ComplianceModel model = model(row("ATL", 2023, "9", "1000", null), row("ATL", 2024, "10", "1000", null),
				row("THU", 2024, "40", "1000", null), row("NOW", 2024, null, "1000", null));

		@Test
		void growthCompoundsFromTheLatestReportedYearToTheTargetIn2035() {
			TargetPath path = model.path("ATL", Target.valueOf("3.5"));

			assertThat(path.fromYear()).isEqualTo(2024);
			assertThat(path.fromSharePct()).isCloseTo(1.0, within(1e-9));
			assertThat(path.deadline()).isEqualTo(2035);
			assertThat(path.distancePts()).isCloseTo(2.5, within(1e-9));
			assertThat(path.distanceMusd()).isCloseTo(25.0, within(1e-9));
			assertThat(path.requiredGrowthPctPerYear()).isCloseTo((Math.pow(3.5, 1.0 / 11) - 1) * 100, within(1e-9));
			assertThat(path.requiredGrowthPctPerYear()).isCloseTo(12.07, within(0.01));
			assertThat(path.requiredIncreasePtsPerYear()).isCloseTo(2.5 / 11, within(1e-9));
			assertThat(path.required()).hasSize(12);
			assertThat(path.required().get(0).sharePct()).isCloseTo(1.0, within(1e-9));
			assertThat(path.required().get(11).year()).isEqualTo(2035);
			assertThat(path.required().get(11).sharePct()).isEqualTo(3.5);
			assertThat(path.actual()).extracting(TargetPath.PathPoint::year).containsExactly(2023, 2024);
		}

		@Test
		void fivePercentNeedsFasterGrowthThanThreeAndAHalf() {
			assertThat(model.path("ATL", Target.valueOf("5")).requiredGrowthPctPerYear())
				.isGreaterThan(model.path("ATL", Target.valueOf("3.5")).requiredGrowthPctPerYear());
		}

		@Test
		void anAllyAlreadyAtTheTargetNeedsNoGrowthAndHasNoRequiredPath() {
			TargetPath path = model.path("THU", Target.valueOf("3.5"));

			assertThat(path.meetsTarget()).isTrue();
			assertThat(path.distancePts()).isZero();
			assertThat(path.distanceMusd()).isZero();
			assertThat(path.requiredGrowthPctPerYear()).isZero();
			assertThat(path.required()).isEmpty();
		}

		@Test
		void anAllyThatNeverReportedHasNoPathNotAZeroOne() {
			TargetPath path = model.path("NOW", Target.valueOf("5"));

			assertThat(path.fromYear()).isNull();
			assertThat(path.requiredGrowthPctPerYear()).isNull();
			assertThat(path.distancePts()).isNull();
			assertThat(path.meetsTarget()).isNull();
		}

		@Test
		void everyAllyGetsAPath() {
			assertThat(model.paths(Target.valueOf("5"))).extracting(TargetPath::iso3)
				.containsExactlyInAnyOrder("ATL", "THU", "NOW");
		}

		@Test
		void aRequestStoppedWhileComputingPathsLeavesNothingHalfDoneForTheNext() {
			AtomicLong clock = new AtomicLong();
			RequestBudget spent = new RequestBudget(Duration.ofNanos(1), ClientConnection.UNKNOWN, clock::get);
			clock.set(1);
			try (RequestBudget.Scope scope = RequestBudget.bind(spent)) {
				assertThatThrownBy(() -> model.paths(Target.valueOf("4"))).isInstanceOf(WorkStoppedException.class);
				assertThatThrownBy(() -> model.year(2024, Target.valueOf("4"))).isInstanceOf(WorkStoppedException.class);
				assertThatThrownBy(() -> model.trend(Target.valueOf("4"))).isInstanceOf(WorkStoppedException.class);
				assertThatThrownBy(() -> model.status("ATL", 2024, Target.valueOf("4")))
					.isInstanceOf(WorkStoppedException.class);
			}
			assertThat(model.paths(Target.valueOf("4"))).extracting(TargetPath::iso3)
				.containsExactlyInAnyOrder("ATL", "THU", "NOW");
		}

		@Test
		void theTrendIsComputedOncePerTargetLikeThePaths() {
			Trend atFive = model.trend(Target.valueOf("5"));
			assertThat(model.trend(Target.valueOf("5.0"))).isSameAs(atFive);
			assertThat(model.trend(Target.valueOf("1")).targetPct()).isEqualTo(1.0);
		}

		@Test
		void pathsAreComputedOncePerTargetAndEachTargetGetsItsOwn() {
			List<TargetPath> atFive = model.paths(Target.valueOf("5"));

			assertThat(model.paths(Target.valueOf("5,0"))).isSameAs(atFive);
			assertThat(model.paths(Target.valueOf("3.5")).get(0).targetPct()).isEqualTo(3.5);
			assertThat(atFive.get(0).targetPct()).isEqualTo(5.0);
		}

		@Test
		void onlyTheLastFewTargetsAreKept() {
			List<TargetPath> atFive = model.paths(Target.valueOf("5"));
			for (int t = 10; t < 18; t++) {
				model.paths(Target.valueOf(String.valueOf(t)));
			}

			assertThat(model.paths(Target.valueOf("5"))).isNotSameAs(atFive).isEqualTo(atFive);
		}

	}

	@Nested
	class EquipmentGuideline {

		private final ComplianceModel model = model(row("ATL", 2024, "10", "1000", "20.00"),
				row("THU", 2024, "10", "1000", "19.99"), row("NOW", 2024, "10", "1000", null));

		private @Nullable Boolean meets(String iso3) {
			return model.year(2024, Target.valueOf("2"))
				.rows()
				.stream()
				.filter(r -> r.iso3().equals(iso3))
				.findFirst()
				.orElseThrow()
				.meetsEquipmentGuideline();
		}

		@Test
		void twentyPercentExactlyMeetsTheGuideline() {
			assertThat(meets("ATL")).isTrue();
		}

		@Test
		void justBelowTwentyPercentDoesNot() {
			assertThat(meets("THU")).isFalse();
		}

		@Test
		void aMissingEquipmentShareHasNoVerdict() {
			assertThat(meets("NOW")).isNull();
		}

	}

}
