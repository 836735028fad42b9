package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The briefing PDF's text, checked against NATO's printed tables: each shipped version cites its own edition, and the
 * figures are the ones that edition prints.
 */
class CompliancePdfWriterTest {

	static final String EDITION_2024 = "NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024";

	static final String EDITION_2024_URL = "https://www.nato.int/nato_static_fl2014/assets/pdf/2024/6/pdf/240617-def-exp-2024-en.pdf";

	static final String EDITION_2025 = "NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025";

	@Nested
	class June2024Edition {

		@Test
		void briefingNamesBelgiumTheYearTheVersionAndTheSource() throws IOException {
			byte[] pdf = write(ReportFixtures.shipped(1, 2024));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = text(document);
				assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
				assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f,
						org.assertj.core.data.Offset.offset(1f));
				assertThat(text).contains("Belgium", "2024", "Dataset version 1", EDITION_2024, EDITION_2024_URL,
						"Türkiye", "23 of 31", "28th of 31", "Page 1 of " + document.getNumberOfPages());
				assertThat(text).contains("Iceland").contains("no figure published");
				assertThat(text).contains("Since 2014, its share of GDP rose from 0.97% to 1.30%");
				assertThat(text).doesNotContain("(2014-2025)", "28 August 2025", "not available in this edition");
			}
		}

		@Test
		void everyPageFooterCitesTheEdition() throws IOException {
			try (PDDocument document = Loader.loadPDF(write(ReportFixtures.shipped(1, 2024)))) {
				for (int page = 1; page <= document.getNumberOfPages(); page++) {
					PDFTextStripper stripper = new PDFTextStripper();
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					assertThat(stripper.getText(document).replaceAll("\\s+", " ")).as("page " + page)
						.contains("Dataset version 1 · " + EDITION_2024);
				}
			}
		}

		/** NATO prints Belgium 2024 at 1.30% of a GDP of USD 655,744 million: 0.70 points short is 4,590 million. */
		@Test
		void belgiumsGapIsNatosPrintedPointsTimesNatosPrintedGdp() throws IOException {
			String text = text(write(ReportFixtures.shipped(1, 2024)));
			assertThat(text).contains("USD 4,590 M", "a further USD 4,590 million that year, on top of the USD 8,519 million");
			assertThat(text).contains("Gap to 2% (pp of GDP)", "0.70");
		}

	}

	@Nested
	class Edition2025SharesOnly {

		/**
		 * The same "since 2014" figures as Belgium's page ("Since 2014 its share has gone from 0.97% to 2.00%."):
		 * NATO's printed 0.97 (2014) and 2.00 (2025), 1.03 points apart.
		 */
		@Test
		void briefingSaysWhatTheCountryPageSaysSince2014() throws IOException {
			String text = text(write(ReportFixtures.shipped(2, 2025)));
			assertThat(text).contains("Since 2014, its share of GDP rose from 0.97% to 2.00% (+1.03 percentage points).");
		}

		@Test
		void citesThe2025EditionAndSaysItGivesSharesOnly() throws IOException {
			String text = text(write(ReportFixtures.shipped(2, 2025)));
			assertThat(text).contains("Dataset version 2", EDITION_2025,
					"This edition gives shares of GDP only: defence expenditure, GDP and the gap in money are not "
							+ "available in this edition");
			assertThat(text).doesNotContain("(2014-2024)", "17 June 2024", "nato.int/nato_static_fl2014/assets/pdf/2024",
					"World Bank SP.POP.TOTL");
		}

		@Test
		void belgiumIsAtTwoPerCentAndMeetsTheTarget() throws IOException {
			String text = text(write(ReportFixtures.shipped(2, 2025)));
			assertThat(text).contains("In 2025, Belgium spent 2.00% of its GDP on defence (NATO estimate)",
					"That meets the 2% target.");
			assertThat(text).contains("Germany").contains("no figure published");
		}

		@Test
		void moneyIsNotAvailableRatherThanZero() throws IOException {
			String text = text(write(ReportFixtures.shipped(2, 2025)));
			assertThat(text).contains("not available in this edition", "Gap to 2% (pp of GDP)",
					"Real change on previous year");
			assertThat(text).doesNotContain("USD 0 M", "USD 0 million", "Defence expenditure (million USD)");
		}

		/** NATO's 2025 edition publishes no 2025 figure for Germany: the briefing says so, never 0%. */
		@Test
		void anAllyWithoutAPublishedFigureIsSaidToHaveNone() throws IOException {
			String text = text(write(ReportFixtures.shipped(2, 2025, "DEU")));
			assertThat(text).contains("This edition publishes no figure for Germany in 2025, so it has no share of GDP, "
					+ "no rank and no verdict against the 2% target.");
			assertThat(text).doesNotContain("Germany spent", "reported no defence expenditure");
		}

		/** NATO's 2025 edition prints Belgium 2024 at 1.29% (the June 2024 edition said 1.30%): 0.71 points short. */
		@Test
		void aYearBelowTheTargetGivesTheGapInPoints() throws IOException {
			String text = text(write(ReportFixtures.shipped(2, 2024)));
			assertThat(text).contains("1.29%",
					"Reaching the 2% target would have taken a further 0.71 percentage points of GDP that year.",
					"0.71 pp");
		}

	}

	@Nested
	class UploadedVersion {

		@Test
		void citesTheSourceTheEditorRecordedLiterally() throws IOException {
			try (PDDocument document = Loader.loadPDF(write(ReportFixtures.hostile()))) {
				String text = text(document);
				assertThat(text).contains("Dataset version 7", "Source: =Ministry of Defence; \"Budget\" <draft>, 2023 "
						+ "(https://example.org/budget?a=1&b=2).", "Figures typed in by hand from the draft budget.",
						"Data as of November 30, 2023.");
				assertThat(document.getDocumentInformation().getSubject()).contains("=Ministry of Defence");
				assertThat(text).doesNotContain("NATO, Defence Expenditure of NATO Countries");
			}
		}

		@Test
		void hostileNamesPrintLiterally() throws IOException {
			String text = text(write(ReportFixtures.hostile()));
			assertThat(text).contains("<script>alert(1)</script>", "Dataset version 7", "-Newcomer †")
				.doesNotContain("&lt;script");
		}

	}

	/**
	 * A dataset of 300 generated allies (ally i at i / 50 % of GDP) and Belgium at 3.01%: the briefing stays a
	 * briefing. The cover names the fifty highest of the allies meeting the target and counts the rest, the chart
	 * draws a hundred bars and Belgium and says so, and the table still lists every ally.
	 */
	@Nested
	class HundredsOfAllies {

		private final ComplianceReport report = ComplianceReports.build(AlliesChartRowsTest.generated(300, 301, 0),
				2024, ReportFixtures.TWO, "BEL", ReportFixtures.TODAY);

		@Test
		void theCoverNamesFiftyAlliesMeetingTheTargetAndCountsTheOthers() throws IOException {
			String highestFifty = java.util.stream.IntStream.iterate(300, i -> i > 250, i -> i - 1)
				.mapToObj(i -> "Ally " + i)
				.collect(java.util.stream.Collectors.joining(", "));
			// Allies 100 to 300 (2.00% to 6.00%) and Belgium meet 2%: 202, of which 50 are named.
			assertThat(text(write(report))).contains("At or above 2% in 2024, highest first: " + highestFifty
					+ " and 152 more.");
		}

		@Test
		void theChartSaysWhichBarsItDraws() throws IOException {
			assertThat(text(write(report))).contains("101 of the 301 allies with a figure are drawn: the 50 highest "
					+ "and the 50 lowest shares, and Belgium.");
		}

		@Test
		void theTableListsEveryAlly() throws IOException {
			String text = text(write(report));
			for (int i = 1; i <= 300; i++) {
				assertThat(text).as("Ally %d", i).containsPattern("Ally " + i + "\\b");
			}
		}

	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return text(document);
		}
	}

	private static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
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
