package org.pledgewatch.report;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.Highlight;
import org.pledgewatch.compliance.YearSummary;

/** The first page: what the report is, where its numbers come from, and the headline figures. */
final class PdfCover {

	private static final Color ACCENT = new Color(0x0b, 0x25, 0x45);

	private final PdfFonts fonts;

	PdfCover(PdfFonts fonts) {
		this.fonts = fonts;
	}

	void write(Document document, ComplianceReport report) {
		String target = Figures.target(report.targetPct());
		YearSummary summary = report.summary();
		Paragraph title = new Paragraph("NATO allies' defence expenditure against the " + target + " target, "
				+ report.year(), fonts.bold(18, ACCENT));
		title.setLeading(23);
		document.add(title);
		document.add(CompliancePdfWriter.body(fonts, "Generated " + CompliancePdfWriter.generated(report) + " by "
				+ "Pledgewatch · " + ReportSources.datasetLine(report.datasetVersion()) + " · Target " + target
				+ " of GDP"));
		document.add(CompliancePdfWriter.note(fonts, "Source: " + ReportSources.PUBLICATION + " (" + ReportSources.URL
				+ "). Defence expenditure and GDP in million US dollars at current prices and exchange rates."));
		if (summary.estimate()) {
			document.add(CompliancePdfWriter.note(fonts, "The " + report.year() + " figures are NATO estimates (e), "
					+ "based on planned spending and GDP forecasts; later editions revise them."));
		}

		document.add(CompliancePdfWriter.heading(fonts, "Headline figures"));
		Highlight h = summary.highlight();
		PdfPTable grid = new PdfPTable(3);
		grid.setWidthPercentage(100);
		grid.setSpacingAfter(10);
		grid.addCell(figure(summary.alliesMeetingTarget() + " of " + summary.alliesReporting(),
				"allies meeting the " + target + " target (members reporting figures)"));
		grid.addCell(figure("USD " + Figures.musd(summary.totalDefenceExpenditureMusd()) + " M",
				"alliance total defence expenditure"));
		grid.addCell(figure(Figures.pct(summary.allianceShareOfGdpPct()),
				"alliance share of GDP (total spending / total GDP)"));
		grid.addCell(figure(Figures.pct(summary.medianShareOfGdpPct()), "median ally's share of GDP"));
		grid.addCell(figure(Figures.pct(h.shareOfGdpPct()) + (h.rank() == null ? ""
				: " · " + Figures.ordinal(h.rank()) + " of " + h.alliesRanked()),
				h.country() + "'s share of GDP and rank" + (h.estimate() ? " (estimate)" : "")));
		grid.addCell(figure(h.shareOfGdpPct() == null ? Figures.MISSING
				: "USD " + Figures.musd(h.gapToTargetMusd()) + " M", h.country() + "'s gap to the " + target
						+ " target"));
		document.add(grid);

		Map<String, String> names = report.compliance().rows().stream()
			.collect(Collectors.toMap(AllyYear::iso3, AllyYear::country, (a, b) -> a));
		List<String> meeting = summary.meetingTarget().stream().map(iso3 -> names.getOrDefault(iso3, iso3)).toList();
		document.add(CompliancePdfWriter.body(fonts, "At or above " + target + " in " + report.year() + ", highest "
				+ "first: " + (meeting.isEmpty() ? "none" : String.join(", ", meeting)) + "."));
		if (summary.usDefenceExpenditureMusd() != null) {
			document.add(CompliancePdfWriter.body(fonts, "The United States spent USD "
					+ Figures.musd(summary.usDefenceExpenditureMusd()) + " million; European allies and Canada "
					+ "together USD " + Figures.musd(summary.europeCanadaDefenceExpenditureMusd()) + " million."));
		}
		if (report.highlight() != null) {
			document.add(CompliancePdfWriter.heading(fonts, h.country() + " at a glance"));
			document.add(CompliancePdfWriter.body(fonts, BriefingText.paragraph(report)));
		}
		document.add(CompliancePdfWriter.note(fonts, "Inside: the chart of all allies, the table of all allies, "
				+ (report.highlight() == null ? "" : h.country() + " year by year, ") + "sources and definitions."));
	}

	private PdfPCell figure(String value, String caption) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.LEFT);
		cell.setBorderWidthLeft(2.5f);
		cell.setBorderColorLeft(ACCENT);
		cell.setPaddingLeft(8);
		cell.setPaddingBottom(10);
		Paragraph big = new Paragraph(value, fonts.bold(14, ACCENT));
		big.setAlignment(Element.ALIGN_LEFT);
		cell.addElement(big);
		cell.addElement(new Phrase(caption, fonts.regular(8, Color.DARK_GRAY)));
		return cell;
	}


}
