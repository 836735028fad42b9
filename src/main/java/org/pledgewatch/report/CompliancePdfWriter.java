package org.pledgewatch.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;
import org.springframework.http.MediaType;

/**
 * The briefing PDF: A4, cover with headline figures, the chart of all allies, the table, the highlighted ally's section
 * and the sources. Charts are drawn by JFreeChart straight into PDF vector graphics, so they print sharp at any size.
 * Text is placed as text, never markup: a name such as {@code <script>} prints literally.
 */
final class CompliancePdfWriter implements ReportWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final Color MUTED = new Color(0x55, 0x55, 0x55);

	@Override
	public MediaType mediaType() {
		return MediaType.APPLICATION_PDF;
	}

	@Override
	public String fileSuffix() {
		return ".pdf";
	}

	@Override
	public void write(ComplianceReport report, OutputStream out) {
		PdfFonts fonts = new PdfFonts();
		Document document = new Document(PageSize.A4, 42, 42, 48, 54);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		String target = Figures.target(report.targetPct());
		writer.setPageEvent(new PdfPageFooter(fonts, "Pledgewatch · " + report.year() + " against " + target + " · "
				+ ReportSources.datasetLine(report.datasetVersion()) + " · " + ReportSources.PUBLICATION));
		document.addTitle("NATO allies' defence expenditure against the " + target + " target, " + report.year());
		document.addSubject("Dataset version " + report.datasetVersion());
		document.addCreator("Pledgewatch");
		document.open();
		new PdfCover(fonts).write(document, report);

		document.newPage();
		document.add(heading(fonts, "All allies, " + report.year() + ": defence expenditure as % of GDP"));
		document.add(note(fonts, "Bars show each ally's share rounded to two decimals as NATO publishes it; the dashed "
				+ "line is the " + target + " target. " + report.summary().highlight().country()
				+ " is highlighted (vermillion, outlined, ►)." + (report.summary().estimate() ? " (e) = NATO estimate." : "")
				+ (anyNonMember(report) ? " † = not yet a NATO member that year: shown, not ranked or counted." : "")));
		int bars = (int) report.compliance().rows().stream().filter(AllyYear::reported).count();
		document.add(chart(writer, AlliesBarChart.create(report), document.right() - document.left(),
				Math.min(640, 70 + bars * 16.5f), fonts));
		List<String> silent = report.compliance().rows().stream().filter(r -> !r.reported()).map(AllyYear::country).toList();
		if (!silent.isEmpty()) {
			document.add(note(fonts, "Not shown (" + PdfAlliesTable.NO_EXPENDITURE + "): " + String.join(", ", silent)
					+ ". No bar is drawn rather than a bar of 0%."));
		}

		document.newPage();
		document.add(heading(fonts, "Table of all allies, " + report.year()));
		document.add(note(fonts, "Highest share first. Missing values are shown as " + Figures.MISSING
				+ " and never counted as 0." + (report.summary().estimate() ? " (e) = NATO estimate." : "")
				+ (anyNonMember(report) ? " † = not yet a member: not ranked or counted." : "")));
		document.add(new PdfAlliesTable(fonts).table(report));

		CountryHistory history = report.highlight();
		if (history != null) {
			document.newPage();
			document.add(heading(fonts, history.country() + " (highlighted ally)"));
			document.add(body(fonts, BriefingText.paragraph(report)));
			document.add(note(fonts, history.country() + "'s share of GDP by year (rounded as NATO publishes it) "
					+ "against the median of members and the " + target + " target; hollow points marked (e) are "
					+ "NATO estimates."));
			document.add(chart(writer, HistoryLineChart.create(history), document.right() - document.left(), 260,
					fonts));
			document.add(new PdfHistoryTable(fonts).table(history));
		}
		document.newPage();
		new PdfSourcesSection(fonts).write(document, report);
		document.close();
	}

	static String generated(ComplianceReport report) {
		return report.generatedOn().format(DATE);
	}

	private static boolean anyNonMember(ComplianceReport report) {
		return report.compliance().rows().stream().anyMatch(r -> !r.member());
	}

	static Paragraph heading(PdfFonts fonts, String text) {
		Paragraph p = new Paragraph(text, fonts.bold(13));
		p.setSpacingBefore(4);
		p.setSpacingAfter(4);
		return p;
	}

	static Paragraph body(PdfFonts fonts, String text) {
		Paragraph p = new Paragraph(text, fonts.regular(9.5f));
		p.setLeading(13);
		p.setSpacingAfter(6);
		return p;
	}

	static Paragraph note(PdfFonts fonts, String text) {
		Paragraph p = new Paragraph(text, fonts.regular(7.5f, MUTED));
		p.setLeading(10);
		p.setSpacingAfter(6);
		return p;
	}

	/** Draws the chart as vectors into a template and places it in the flow like an image. */
	private static Image chart(PdfWriter writer, JFreeChart chart, float width, float height, PdfFonts fonts) {
		PdfContentByte cb = writer.getDirectContent();
		PdfTemplate template = cb.createTemplate(width, height);
		java.awt.Graphics2D g2 = template.createGraphics(width, height, fonts);
		try {
			chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			g2.dispose();
		}
		Image image = Image.getInstance(template);
		image.setAlignment(Element.ALIGN_CENTER);
		return image;
	}


}
