package org.pledgewatch.report;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.compliance.YearSummary;

/**
 * Everything a downloadable report shows, as plain records: the writers never see the model or the request.
 *
 * @param datasetVersion the dataset version the figures were computed from
 * @param generatedOn the day the report was produced (UTC)
 * @param compliance the chosen year against the chosen target, highest share first
 * @param summary the alliance aggregates of that year
 * @param highlight the highlighted ally over every year, or null when the dataset has no such ally
 * @param series every year of the dataset against the same target, oldest first
 */
public record ComplianceReport(int datasetVersion, LocalDate generatedOn, YearCompliance compliance,
		YearSummary summary, @Nullable CountryHistory highlight, List<YearCompliance> series) {

	public ComplianceReport {
		series = List.copyOf(series);
	}

	public int year() {
		return compliance.year();
	}

	public double targetPct() {
		return compliance.targetPct();
	}

	/** The highlighted ally's row in the chosen year, if it has one. */
	public @Nullable AllyYear highlightRow() {
		String iso3 = summary.highlight().iso3();
		return compliance.rows().stream().filter(r -> r.iso3().equals(iso3)).findFirst().orElse(null);
	}

	public boolean highlighted(AllyYear row) {
		return row.iso3().equals(summary.highlight().iso3());
	}

}
