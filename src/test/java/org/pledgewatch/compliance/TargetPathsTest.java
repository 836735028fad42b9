package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.Accession;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetRow;

/** Required paths worked by hand: short horizons, so every point can be checked on paper. */
class TargetPathsTest {

	private static final AccessionRegister FOUNDERS = new AccessionRegister(
			Map.of("ATL", new Accession("ATL", "Atlantis", LocalDate.of(1949, 8, 24))));

	/** A share-only row, as NATO's 2025 edition gives them. */
	private static DatasetRow share(int year, String sharePct) {
		return new DatasetRow("Atlantis", "ATL", year, null, null, null, null, null, false, new BigDecimal(sharePct),
				null);
	}

	private static TargetPath path(String target, DatasetRow... rows) {
		return new ComplianceCalculator(FOUNDERS).compute(new Dataset(1, List.of(rows)))
			.path("ATL", Target.valueOf(target));
	}

	@Test
	void fromTwoToFourAndAHalfPercentInTwoYearsTheShareGrowsByHalfEachYear() {
		// 2.00 × 1.5 = 3.00 in 2034, × 1.5 = 4.50 in 2035: 50 % a year, 1.25 points a year on average.
		TargetPath path = path("4.5", share(2032, "1.80"), share(2033, "2.00"));

		assertThat(path.fromYear()).isEqualTo(2033);
		assertThat(path.fromSharePct()).isEqualTo(2.0);
		assertThat(path.distancePts()).isCloseTo(2.5, within(1e-9));
		assertThat(path.distanceMusd()).as("a share-only edition gives no money").isNull();
		assertThat(path.requiredGrowthPctPerYear()).isCloseTo(50.0, within(1e-9));
		assertThat(path.requiredIncreasePtsPerYear()).isCloseTo(1.25, within(1e-9));
		assertThat(path.required()).extracting(TargetPath.PathPoint::year).containsExactly(2033, 2034, 2035);
		assertThat(path.required()).extracting(TargetPath.PathPoint::sharePct)
			.satisfiesExactly(s -> assertThat(s).isCloseTo(2.0, within(1e-9)),
					s -> assertThat(s).isCloseTo(3.0, within(1e-9)), s -> assertThat(s).isEqualTo(4.5));
		assertThat(path.actual()).extracting(TargetPath.PathPoint::sharePct).containsExactly(1.8, 2.0);
	}

	@Test
	void theRoundedShareIsTheStartingPoint() {
		// Printed as 2.00, so the path starts at 2.00, as a reader checking "4.5 − 2.00" expects.
		TargetPath path = path("4.5", share(2033, "2.004"));
		assertThat(path.fromSharePct()).isEqualTo(2.0);
		assertThat(path.requiredGrowthPctPerYear()).isCloseTo(50.0, within(1e-9));
	}

	@Test
	void anAllyBelowTheTargetInTheDeadlineYearHasNoYearLeftAndNoPath() {
		TargetPath path = path("3.5", share(2035, "2.00"));

		assertThat(path.fromYear()).isEqualTo(2035);
		assertThat(path.meetsTarget()).isFalse();
		assertThat(path.distancePts()).isCloseTo(1.5, within(1e-9));
		assertThat(path.requiredGrowthPctPerYear()).isNull();
		assertThat(path.requiredIncreasePtsPerYear()).isNull();
		assertThat(path.required()).isEmpty();
	}

	@Test
	void aShareThatRoundsToZeroCannotGrowToTheTarget() {
		TargetPath path = path("2", share(2024, "0.004"));

		assertThat(path.fromSharePct()).isZero();
		assertThat(path.meetsTarget()).isFalse();
		assertThat(path.distancePts()).isEqualTo(2.0);
		assertThat(path.requiredGrowthPctPerYear()).isNull();
		assertThat(path.requiredIncreasePtsPerYear()).isNull();
		assertThat(path.required()).isEmpty();
	}

	@Test
	void theLatestReportedYearCountsNotTheLatestRow() {
		DatasetRow unreported = new DatasetRow("Atlantis", "ATL", 2034, null, null, null, null, null, false);
		TargetPath path = path("4.5", share(2033, "2.00"), unreported);

		assertThat(path.fromYear()).isEqualTo(2033);
		assertThat(path.actual()).extracting(TargetPath.PathPoint::sharePct).containsExactly(2.0, null);
		assertThat(path.required()).hasSize(3);
	}

}
