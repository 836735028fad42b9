package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgewatch.PartialYearFixtures;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetRow;
import org.pledgewatch.dataset.ShippedDataset;

/** A year's members come from the accession register (32 in 2026), never from the allies a file happens to hold. */
class RegisterMembersTest {

	private static final Target TWO = Target.valueOf("2");

	private static ComplianceModel model(Dataset dataset) {
		return new ComplianceCalculator(ShippedDataset.accessions()).compute(dataset);
	}

	@Test
	void eightRowsAloneAreEightOfThirtyTwoAndPartial() {
		YearSummary summary = model(PartialYearFixtures.onlyEightOf2026()).summary(2026, TWO, "BEL");

		assertThat(summary.membersThatYear()).isEqualTo(32);
		assertThat(summary.alliesReporting()).isEqualTo(8);
		assertThat(summary.alliesMeetingTarget()).isEqualTo(8);
		assertThat(summary.complete()).isFalse();
		assertThat(summary.highlight().alliesRanked()).isEqualTo(8);
	}

	@Test
	void addedToTheEditionThePartialYearIsNeverTheDefault() {
		ComplianceModel model = model(PartialYearFixtures.edition2025WithEightOf2026());

		assertThat(model.latestYear()).isEqualTo(2026);
		assertThat(model.defaultYear()).isEqualTo(2025);
		assertThat(model.summary(2026, TWO, "BEL").membersThatYear()).isEqualTo(32);
		assertThat(model.summary(2026, TWO, "BEL").complete()).isFalse();
		assertThat(model.summary(2025, TWO, "BEL").complete()).isTrue();
	}

	@Test
	void sixteenOfThirtyTwoIsComplete() {
		List<DatasetRow> rows = new ArrayList<>(PartialYearFixtures.eightOf2026());
		for (String iso3 : List.of("BEL", "FRA", "DEU", "ITA", "NLD", "NOR", "GBR", "CAN")) {
			rows.add(new DatasetRow(iso3, iso3, 2026, null, null, null, null, null, false, new BigDecimal("2.00"), null));
		}
		YearSummary summary = model(new Dataset(4, rows)).summary(2026, TWO, "BEL");

		assertThat(summary.alliesReporting()).isEqualTo(16);
		assertThat(summary.complete()).as("half of 32 have reported").isTrue();
		List<DatasetRow> fifteen = rows.subList(0, 15);
		assertThat(model(new Dataset(5, fifteen)).summary(2026, TWO, "BEL").complete()).isFalse();
	}

	@Test
	void theMembersOfAPastYearAreThatYearsMembers() {
		// Sweden joined in March 2024, Finland in April 2023: 30 members in 2022, 31 in 2023, 32 in 2024.
		ComplianceModel model = model(ShippedDataset.dataset(1));

		assertThat(model.summary(2022, TWO, "BEL").membersThatYear()).isEqualTo(30);
		assertThat(model.summary(2023, TWO, "BEL").membersThatYear()).isEqualTo(31);
		assertThat(model.summary(2024, TWO, "BEL").membersThatYear()).isEqualTo(32);
	}

	@Test
	void anAllyTheRegisterDoesNotKnowCountsFromItsFirstYearInTheFile() {
		List<DatasetRow> rows = new ArrayList<>(PartialYearFixtures.eightOf2026());
		rows.add(new DatasetRow("Newland", "NWL", 2026, null, null, null, null, null, false, new BigDecimal("2.00"), null));
		rows.add(new DatasetRow("Belgium", "BEL", 2025, null, null, null, null, null, false, new BigDecimal("2.00"), null));
		ComplianceModel model = model(new Dataset(6, rows));

		assertThat(model.summary(2026, TWO, "BEL").membersThatYear()).isEqualTo(33);
		assertThat(model.summary(2025, TWO, "BEL").membersThatYear()).isEqualTo(32);
	}

}
