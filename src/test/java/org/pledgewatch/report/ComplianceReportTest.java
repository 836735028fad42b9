package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComplianceReportTest {

	@Test
	void aReportNeverMixesTwoVersions() {
		ComplianceReport june2024 = ReportFixtures.shipped(1, 2024);
		ComplianceReport edition2025 = ReportFixtures.shipped(2, 2024);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ComplianceReport(june2024.generatedOn(), june2024.compliance(), edition2025.summary(),
					june2024.highlight(), june2024.series(), true, true))
			.withMessageContaining("version 1");
	}

	@Test
	void aSeriesFromAnotherVersionIsRefused() {
		ComplianceReport june2024 = ReportFixtures.shipped(1, 2024);
		ComplianceReport edition2025 = ReportFixtures.shipped(2, 2024);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ComplianceReport(june2024.generatedOn(), june2024.compliance(), june2024.summary(),
					june2024.highlight(), edition2025.series(), true, true))
			.withMessageContaining("version 1");
	}

	@Test
	void aSeriesYearFromAnotherVersionIsRefusedWhenItIsRead() {
		ComplianceReport june2024 = ReportFixtures.shipped(1, 2024);
		ComplianceReport edition2025 = ReportFixtures.shipped(2, 2024);
		ReportSeries mixed = new ReportSeries(june2024.dataset(), List.of(2024),
				y -> edition2025.series().year(y));
		assertThatIllegalStateException().isThrownBy(() -> mixed.year(2024)).withMessageContaining("version 1");
		assertThat(june2024.series().year(2024).rows()).isNotEmpty();
	}

	@Test
	void moneyFiguresFollowTheEdition() {
		assertThat(ReportFixtures.shipped(1, 2024).moneyFigures()).isTrue();
		assertThat(ReportFixtures.shipped(1, 2024).population()).as("the 2024 edition gives population").isTrue();
		assertThat(ReportFixtures.shipped(2, 2024).population()).as("the 2025 edition gives none").isFalse();
		assertThat(ReportFixtures.shipped(2, 2024).moneyFigures()).as("the 2025 edition gives shares only").isFalse();
		assertThat(ReportFixtures.shipped(1, 2024).dataset().version()).isEqualTo(1);
		assertThat(ReportFixtures.shipped(2, 2025).dataset().version()).isEqualTo(2);
	}

}
