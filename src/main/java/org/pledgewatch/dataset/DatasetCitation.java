package org.pledgewatch.dataset;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The dataset version a figure comes from and how to cite it: every JSON answer, page and download carries one.
 *
 * @param version the dataset version number
 * @param source the publication, e.g. "NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025"
 * @param sourceUrl the publication's address, if recorded
 * @param notes what a reader should know about the figures, if recorded
 * @param dataAsOf the publisher's cut-off date, if recorded
 * @param moneyFigures whether this version gives defence expenditure and GDP in money
 */
@Schema(description = "The dataset version the figures come from, with its source")
public record DatasetCitation(
		@Schema(description = "the dataset version number") int version,
		@Schema(description = "the publication the figures come from") String source,
		@Schema(description = "the publication's address", nullable = true) @Nullable String sourceUrl,
		@Schema(description = "what a reader should know about the figures", nullable = true) @Nullable String notes,
		@Schema(description = "the publisher's cut-off date", nullable = true) @Nullable LocalDate dataAsOf,
		@Schema(description = "whether this version gives defence expenditure and GDP in money") boolean moneyFigures) {

	/** A citation for figures that were never stored (tests, examples): names the version only. */
	public static DatasetCitation unrecorded(int version) {
		return new DatasetCitation(version, "Dataset version " + version, null, null, null, true);
	}

	/** "NATO, … 2025 (dataset version 2)": the line that goes under every figure and on every download. */
	public String line() {
		return source + " (dataset version " + version + ")";
	}

}
