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
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.Highlight;
import org.pledgewatch.compliance.YearSummary;

/** The first page: what the report is, where its numbers come from, and the headline figures. */
final class PdfCover {

	private static final Color ACCENT = new Color(0x0b, 0x25, 0x45);

	/** Allies named on the cover as meeting the target (NATO has 32); the table of all allies lists every one. */
	static final int MAX_NAMED = 50;

	private final PdfFonts fonts;

	private final ReportText text;

	PdfCover(PdfFonts fonts, ReportText text) {
		this.fonts = fonts;
		this.text = text;
	}

	void write(Document document, ComplianceReport report) {
		String target = text.target(report.targetPct());
		YearSummary summary = report.summary();
		Paragraph title = new Paragraph(text.get("report.title", target, report.year()), fonts.bold(18, ACCENT));
		title.setLeading(23);
		document.add(title);
		document.add(CompliancePdfWriter.body(fonts, text.get("report.cover.generated",
				text.date(report.generatedOn()), text.get("report.dataset", report.datasetVersion()), target)));
		document.add(CompliancePdfWriter.note(fonts, text.get("report.cover.source", ReportSources.cited(report.dataset()))
				+ " " + text.get(report.moneyFigures() ? "report.cover.money" : "report.cover.sharesOnly")));
		if (summary.estimate()) {
			document.add(CompliancePdfWriter.note(fonts, text.get("report.cover.estimates", report.year())));
		}
		if (!summary.complete()) {
			document.add(CompliancePdfWriter.note(fonts, text.partialNote(summary)));
		}

		document.add(CompliancePdfWriter.heading(fonts, text.get("report.cover.headline")));
		Highlight h = summary.highlight();
		String name = text.country(h.iso3(), h.country());
		PdfPTable grid = new PdfPTable(3);
		grid.setWidthPercentage(100);
		grid.setSpacingAfter(10);
		// A partial year: the count of allies meeting the target, then how many of the year's members reported.
		grid.addCell(summary.complete()
				? figure(text.get("report.ofTotal", summary.alliesMeetingTarget(), summary.alliesReporting()),
						text.get("report.cover.meeting", target))
				: figure(String.valueOf(summary.alliesMeetingTarget()), text.partialCounts(summary)));
		grid.addCell(figure(money(report, summary.totalDefenceExpenditureMusd()), text.get("report.cover.total")));
		grid.addCell(allianceShare(report, summary));
		grid.addCell(figure(text.pct(summary.medianShareOfGdpPct()), text.get("report.cover.median")));
		grid.addCell(figure(text.pct(h.shareOfGdpPct()) + (h.rank() == null ? ""
				: " · " + (summary.complete() ? text.get("report.ofTotal", text.rank(h.rank(), h.alliesSharingRank()), h.alliesRanked())
						: text.partialRank(h.rank(), summary))),
				text.get(h.estimate() ? "report.cover.highlightShareEstimate" : "report.cover.highlightShare", name)));
		if (h.shareOfGdpPct() != null && h.gapToTargetMusd() == null && h.gapToTargetPts() != null) {
			grid.addCell(figure(text.get("report.pp", text.share(h.gapToTargetPts())),
					text.get("report.cover.highlightGapPts", name, target)));
		}
		else {
			grid.addCell(figure(h.shareOfGdpPct() == null ? ReportText.MISSING : money(report, h.gapToTargetMusd()),
					text.get("report.cover.highlightGap", name, target)));
		}
		document.add(grid);

		Map<String, String> names = report.compliance().rows().stream()
			.collect(Collectors.toMap(AllyYear::iso3, text::country, (a, b) -> a));
		List<String> meeting = summary.meetingTarget().stream()
			.limit(MAX_NAMED)
			.map(iso3 -> names.getOrDefault(iso3, iso3))
			.toList();
		String named = String.join(", ", meeting);
		int more = summary.meetingTarget().size() - meeting.size();
		document.add(CompliancePdfWriter.body(fonts, text.get("report.cover.meetingList", target, report.year(),
				meeting.isEmpty() ? text.get("report.cover.none")
						: more > 0 ? text.message("chart.image.namesAndMore", named, more) : named)));
		if (summary.usDefenceExpenditureMusd() != null && summary.europeCanadaDefenceExpenditureMusd() != null) {
			document.add(CompliancePdfWriter.body(fonts, text.get("report.cover.split",
					text.musd(summary.usDefenceExpenditureMusd()),
					text.musd(summary.europeCanadaDefenceExpenditureMusd()))));
		}
		if (report.highlight() != null) {
			document.add(CompliancePdfWriter.heading(fonts, text.get("report.cover.glance", name)));
			document.add(CompliancePdfWriter.body(fonts, new BriefingText(text).paragraph(report)));
		}
		document.add(CompliancePdfWriter.note(fonts, report.highlight() == null ? text.get("report.cover.inside")
				: text.get("report.cover.insideHighlight", name)));
	}

	/** Million US dollars; "not available in this edition" where the version gives no money, never 0. */
	private String money(ComplianceReport report, @Nullable Double musd) {
		if (musd == null) {
			return report.moneyFigures() ? ReportText.MISSING : text.get("report.notAvailable");
		}
		return text.get("report.musd", text.musd(musd));
	}

	private PdfPCell figure(String value, String caption) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.LEFT);
		cell.setBorderWidthLeft(2.5f);
		cell.setBorderColorLeft(ACCENT);
		cell.setPaddingLeft(8);
		cell.setPaddingBottom(10);
		// "not available in this edition" is a statement, not a figure: smaller, so it does not read as a headline.
		boolean absent = value.equals(text.get("report.notAvailable"));
		Paragraph big = new Paragraph(value, absent ? fonts.bold(10, Color.DARK_GRAY) : fonts.bold(14, ACCENT));
		big.setAlignment(Element.ALIGN_LEFT);
		cell.addElement(big);
		cell.addElement(new Phrase(caption, fonts.regular(8, Color.DARK_GRAY)));
		return cell;
	}


	/**
	 * NATO's printed "NATO Total" share where the version gives it; else the share computed from current-price totals,
	 * labelled as not NATO's figure.
	 */
	private PdfPCell allianceShare(ComplianceReport report, YearSummary summary) {
		if (summary.publishedAllianceShareOfGdpPct() != null) {
			return figure(text.pct(summary.publishedAllianceShareOfGdpPct()),
					text.get("report.cover.allianceSharePrinted"));
		}
		if (report.moneyFigures() && summary.allianceShareOfGdpPct() != null) {
			return figure(text.pct(summary.allianceShareOfGdpPct()), text.get("report.cover.allianceShareComputed"));
		}
		return figure(text.get("report.notAvailable"), text.get("report.cover.allianceShare"));
	}

}
