package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The editions shipped with the application, as data/editions/editions.json and SOURCES-editions.md name them. */
class ShippedDatasetTest {

	@Test
	void theTwoEditionsShipOldestFirstEachWithItsSource() {
		assertThat(ShippedDataset.editions()).extracting(NewVersion::filename)
			.containsExactly("nato-2024-edition.csv", "nato-2025-edition.csv");
		assertThat(ShippedDataset.editions()).extracting(e -> e.source().source())
			.containsExactly("NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024",
					"NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025");
		assertThat(ShippedDataset.editions()).extracting(e -> e.source().dataAsOf())
			.containsExactly(LocalDate.of(2024, 6, 12), LocalDate.of(2025, 6, 3));
		assertThat(ShippedDataset.editions()).extracting(NewVersion::uploadedBy).containsOnly("pledgewatch");
	}

	@Test
	void onlyThe2024EditionGivesMoneyFigures() {
		assertThat(ShippedDataset.dataset(1).citation().moneyFigures()).isTrue();
		assertThat(ShippedDataset.latest().version()).isEqualTo(2);
		assertThat(ShippedDataset.latest().citation().moneyFigures()).isFalse();
	}

	@Test
	void aMissingResourceIsNamed() {
		assertThatThrownBy(() -> ShippedDataset.bytes("data/editions/nato-2026-edition.csv"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Missing classpath resource data/editions/nato-2026-edition.csv");
	}

}
