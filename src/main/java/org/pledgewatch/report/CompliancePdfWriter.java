package org.pledgewatch.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.util.List;

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

	private static final Color MUTED = new Color(0x55, 0x55, 0x55);

	private final ReportText text;

	CompliancePdfWriter(ReportText text) {
		this.text = text;
	}

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
		String target = text.target(report.targetPct());
		String dataset = text.get("report.dataset", report.datasetVersion());
		String source = report.dataset().source();
		writer.setPageEvent(new PdfPageFooter(fonts, text.get("report.footer", report.year(), target, dataset, source),
				text));
		document.addTitle(text.get("report.title", target, report.year()));
		document.addSubject(dataset + " · " + source);
		document.setDocumentLanguage(text.locale().toLanguageTag());
		document.addCreator("Pledgewatch");
		document.open();
		new PdfCover(fonts, text).write(document, report);

		document.newPage();
		String highlighted = text.country(report.summary().highlight().iso3(), report.summary().highlight().country());
		document.add(heading(fonts, text.get("report.allies.heading", report.year())));
		document.add(note(fonts, text.get("report.allies.note", target, highlighted)
				+ (report.summary().estimate() ? " " + text.get("report.estimateMark") : "")
				+ (anyNonMember(report) ? " " + text.get("report.allies.nonMemberMark") : "")));
		// At most a hundred bars and Belgium, as the chart images draw them; the table below lists every ally.
		AlliesChartRows bars = AlliesChartRows.of(report.compliance(), report.summary().highlight().iso3());
		document.add(chart(writer, AlliesBarChart.create(report.compliance(), report.summary().highlight(), bars, text),
				document.right() - document.left(), Math.min(640, 70 + bars.rows().size() * 16.5f), fonts));
		for (String line : bars.notes(text, highlighted)) {
			document.add(note(fonts, line));
		}

		document.newPage();
		document.add(heading(fonts, text.message("map.title", report.year())));
		document.add(note(fonts, text.get("map.pdfNote", target)));
		document.add(chart(writer, new AlliesMapChart(report.compliance(), report.summary().highlight().iso3(), text),
				document.right() - document.left(), 400, fonts));

		document.newPage();
		document.add(heading(fonts, text.get("report.table.heading", report.year())));
		document.add(note(fonts, text.get("report.table.note", ReportText.MISSING)
				+ (report.summary().estimate() ? " " + text.get("report.estimateMark") : "")
				+ (anyNonMember(report) ? " " + text.get("report.table.nonMemberMark") : "")
				+ (report.moneyFigures() ? "" : " " + text.get("report.cover.sharesOnly") + " "
						+ text.get("report.definition.realChange.label") + ": "
						+ text.get("report.definition.realChange.text"))));
		new PdfAlliesTable(fonts, text).addTo(document, report);

		CountryHistory history = report.highlight();
		if (history != null) {
			document.newPage();
			String name = text.country(history.iso3(), history.country());
			document.add(heading(fonts, text.get("report.highlight.heading", name)));
			document.add(body(fonts, new BriefingText(text).paragraph(report)));
			document.add(note(fonts, text.get("report.highlight.note", name, target)));
			document.add(chart(writer, HistoryLineChart.create(history, text), document.right() - document.left(), 260,
					fonts));
			document.add(new PdfHistoryTable(fonts, text).table(history, report.moneyFigures()));
		}
		new PdfRevisionsSection(fonts, text).write(document, report);
		document.newPage();
		new PdfSourcesSection(fonts, text).write(document, report);
		document.close();
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
		return chart(writer, chart::draw, width, height, fonts);
	}

	private static Image chart(PdfWriter writer, ChartBody chart, float width, float height, PdfFonts fonts) {
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
