package org.pledgewatch.report;

import java.util.List;

import org.pledgewatch.compliance.YearSummary;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.language.CurrencyLabels;

/**
 * Where a report's figures come from: the citation of the dataset version it is built from (never a publication named
 * in code, so an uploaded edition is cited as its uploader recorded it), and the definitions a reader needs. The
 * source is cited as recorded; the definitions are messages {@code report.definition.<name>.label} and {@code .text}.
 */
final class ReportSources {

	/** The definitions' message names, in the order a reader needs them. */
	static final List<String> DEFINITIONS = List.of("spending", "gdp", "share", "gap", "realChange", "rank",
			"estimates", "members", "missing");

	private ReportSources() {
	}

	/** A definition as a label and its sentence. */
	record Definition(String label, String text) {
	}

	static List<Definition> definitions(ReportText text) {
		return DEFINITIONS.stream()
			.map(d -> new Definition(text.get("report.definition." + d + ".label"),
					text.get("report.definition." + d + ".text")))
			.toList();
	}

	/** The source with its address when one is recorded: "NATO, … 2025" or "NATO, … 2024 (https://…)". */
	static String cited(DatasetCitation citation) {
		return citation.sourceUrl() == null || citation.sourceUrl().isBlank() ? citation.source()
				: citation.source() + " (" + citation.sourceUrl() + ")";
	}

	/**
	 * The first line of a CSV download, in English like the CSV's column names: {@code # Source: <source> (<url>);
	 * Pledgewatch dataset version N}, followed by a note when the version gives shares of GDP only.
	 */
	static String csvLine(DatasetCitation citation, boolean moneyFigures) {
		String line = "# Source: " + cited(citation) + "; Pledgewatch dataset version " + citation.version()
				+ (moneyFigures ? "" : "; shares of GDP only: money figures are not available in this edition")
				+ (!moneyFigures || CurrencyLabels.USD.equals(citation.currency()) ? ""
						: "; money figures (the _musd columns) in million " + citation.currency());
		return line.replaceAll("[\\r\\n]+", " ");
	}

	/**
	 * The first line of a year's CSV: as {@link #csvLine}, then, for a partial year, how many of the year's members
	 * have reported ("partial year: 8 of 32 allies have reported; all 8 meet 2%"), so no script reads 8 rows as all.
	 */
	static String csvLine(DatasetCitation citation, boolean moneyFigures, YearSummary summary, ReportText english) {
		String line = csvLine(citation, moneyFigures);
		return summary.complete() ? line
				: line + "; " + english.partialNote(summary).replaceAll("[\\r\\n]+", " ");
	}

}
