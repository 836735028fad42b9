package org.pledgewatch.report;

import com.lowagie.text.Document;

/** The last section: sources, version, definitions and how missing values are treated. */
final class PdfSourcesSection {

	private final PdfFonts fonts;

	private final ReportText text;

	PdfSourcesSection(PdfFonts fonts, ReportText text) {
		this.fonts = fonts;
		this.text = text;
	}

	void write(Document document, ComplianceReport report) {
		document.add(CompliancePdfWriter.heading(fonts, text.get("report.sources.heading")));
		document.add(CompliancePdfWriter.body(fonts, text.get("report.sources.body", ReportSources.PUBLICATION,
				ReportSources.URL, text.get("report.dataset", report.datasetVersion()),
				text.get("report.sources.population"))));
		for (ReportSources.Definition definition : ReportSources.definitions(text)) {
			document.add(CompliancePdfWriter.note(fonts, "• " + definition.label() + ": " + definition.text()));
		}
	}

}
