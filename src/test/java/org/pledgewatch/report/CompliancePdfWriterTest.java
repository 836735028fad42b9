package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CompliancePdfWriterTest {

	@Test
	void briefingNamesBelgiumTheYearTheVersionAndTheSource() throws IOException {
		byte[] pdf = write(ReportFixtures.shipped(2024));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
			assertThat(text).contains("Belgium", "2024", "Dataset version 1",
					"Defence Expenditure of NATO Countries (2014-2024), 17 June 2024", "Türkiye",
					"23 of 31", "28th of 31", "Page 1 of " + document.getNumberOfPages());
			assertThat(text).contains("Iceland").contains("no defence expenditure reported");
			assertThat(text).contains("Since 2014, its share of GDP rose from 0.97% to 1.30%");
		}
	}

	@Test
	void hostileNamesPrintLiterally() throws IOException {
		byte[] pdf = write(ReportFixtures.hostile());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("<script>alert(1)</script>", "Dataset version 7", "-Newcomer †")
				.doesNotContain("&lt;script");
		}
	}

	static byte[] write(ComplianceReport report) {
		return write(report, ReportFixtures.english());
	}

	static byte[] write(ComplianceReport report, ReportText text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new CompliancePdfWriter(text).write(report, out);
		byte[] pdf = out.toByteArray();
		String keep = System.getProperty("pledgewatch.pdf.out");
		if (keep != null) {
			try {
				java.nio.file.Files.write(java.nio.file.Path.of(keep, report.datasetVersion() + "-" + report.year() + "-" + text.locale() + ".pdf"), pdf);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return pdf;
	}

}
