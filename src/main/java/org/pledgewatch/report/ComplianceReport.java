package org.pledgewatch.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.compliance.YearSummary;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * Everything a downloadable report shows, as plain records: the writers never see the model or the request. Every part
 * comes from one dataset version, whose citation every format prints.
 *
 * @param generatedOn the day the report was produced (UTC)
 * @param compliance the chosen year against the chosen target, highest share first
 * @param summary the alliance aggregates of that year
 * @param highlight the highlighted ally over every year, or null when the dataset has no such ally
 * @param series every year of the dataset against the same target, oldest first, computed as it is read
 * @param moneyFigures whether the version gives defence expenditure or GDP in money for any ally in any year; a
 *     shares-only edition does not, and its reports give gaps in percentage points only
 * @param population whether any row gives a population (the World Bank's, cited in the sources)
 * @param revisions what this version revised since the previous published edition of the same publisher
 */
public record ComplianceReport(LocalDate generatedOn, YearCompliance compliance, YearSummary summary,
		@Nullable CountryHistory highlight, ReportSeries series, boolean moneyFigures, boolean population,
		RevisionsSince revisions) {

	/** A report of a version with no previous edition. */
	public ComplianceReport(LocalDate generatedOn, YearCompliance compliance, YearSummary summary,
			@Nullable CountryHistory highlight, ReportSeries series, boolean moneyFigures, boolean population) {
		this(generatedOn, compliance, summary, highlight, series, moneyFigures, population, RevisionsSince.NONE);
	}

	public ComplianceReport {
		DatasetCitation dataset = compliance.dataset();
		boolean oneVersion = summary.dataset().equals(dataset)
				&& (highlight == null || highlight.dataset().equals(dataset))
				&& series.dataset().equals(dataset);
		if (!oneVersion) {
			throw new IllegalArgumentException("A report mixes dataset versions; it must show version "
					+ dataset.version() + " only");
		}
	}

	/** The dataset version the figures come from, with its source. */
	public DatasetCitation dataset() {
		return compliance.dataset();
	}

	public int datasetVersion() {
		return dataset().version();
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
