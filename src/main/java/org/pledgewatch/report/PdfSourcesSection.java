package org.pledgewatch.report;

import com.lowagie.text.Document;
import org.pledgewatch.dataset.DatasetCitation;

/** The last section: the version's source as recorded with it, definitions and how missing values are treated. */
final class PdfSourcesSection {

	private final PdfFonts fonts;

	private final ReportText text;

	PdfSourcesSection(PdfFonts fonts, ReportText text) {
		this.fonts = fonts;
		this.text = text;
	}

	void write(Document document, ComplianceReport report) {
		document.add(CompliancePdfWriter.heading(fonts, text.get("report.sources.heading")));
		DatasetCitation dataset = report.dataset();
		document.add(CompliancePdfWriter.body(fonts, text.get("report.sources.body", ReportSources.cited(dataset),
				text.get("report.dataset", dataset.version()))));
		if (report.population()) {
			document.add(CompliancePdfWriter.body(fonts, text.get("report.sources.population") + "."));
		}
		if (dataset.dataAsOf() != null) {
			document.add(CompliancePdfWriter.body(fonts, text.get("report.sources.dataAsOf", text.date(dataset.dataAsOf()))));
		}
		if (dataset.notes() != null && !dataset.notes().isBlank()) {
			document.add(CompliancePdfWriter.body(fonts, text.get("report.sources.notes", dataset.notes())));
		}
		if (!report.moneyFigures()) {
			document.add(CompliancePdfWriter.body(fonts, text.get("report.cover.sharesOnly")));
		}
		for (ReportSources.Definition definition : ReportSources.definitions(text)) {
			document.add(CompliancePdfWriter.note(fonts, "• " + definition.label() + ": " + definition.text()));
		}
	}

}
