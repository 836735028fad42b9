package org.pledgewatch.report;

import com.lowagie.text.Document;

/** The last section: sources, version, definitions and how missing values are treated. */
final class PdfSourcesSection {

	private final PdfFonts fonts;

	PdfSourcesSection(PdfFonts fonts) {
		this.fonts = fonts;
	}

	void write(Document document, ComplianceReport report) {
		document.add(CompliancePdfWriter.heading(fonts, "Sources and definitions"));
		document.add(CompliancePdfWriter.body(fonts, ReportSources.PUBLICATION + ", " + ReportSources.URL + ". "
				+ ReportSources.datasetLine(report.datasetVersion()) + " of the Pledgewatch dataset; "
				+ ReportSources.POPULATION + "."));
		for (String definition : ReportSources.DEFINITIONS) {
			document.add(CompliancePdfWriter.note(fonts, "• " + definition));
		}
	}

}
