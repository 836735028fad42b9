package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.compliance.AllyYear;

/** The PDF and XLSX in Dutch, French and German: words, names and numbers as the pages write them. */
class LocalisedReportsTest {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Nested
	class Pdf {

		@Test
		void dutchBriefingSaysBelgieWithDecimalCommas() throws IOException {
			String text = text(DUTCH);
			assertThat(text).contains("Defensie-uitgaven van de NAVO-bondgenoten tegenover de 2 %-norm, 2024",
					"België", "1,30 %", "Kerncijfers", "Datasetversie 1", "Turkije", "28e van 31",
					"geen cijfer gepubliceerd", "Bronnen en definities", "Pagina 1 van",
					"Sinds 2014 steeg zijn aandeel in het bbp van 0,97 % naar 1,30 %", "14 maart 2026");
			assertThat(text).doesNotContain("Belgium", "Headline figures", "Page 1 of", "1.30%");
		}

		@Test
		void frenchBriefingSaysBelgiqueAndOtan() throws IOException {
			String text = text(Locale.FRENCH);
			assertThat(text).contains("Dépenses de défense des Alliés de l'OTAN par rapport à l'objectif de 2 %, 2024",
					"Belgique", "1,30 %", "Chiffres clés", "aucun chiffre publié", "Page 1 sur",
					"14 mars 2026");
			assertThat(text).doesNotContain("Belgium", "1.30%", "''");
		}

		@Test
		void germanBriefingSaysBelgien() throws IOException {
			String text = text(Locale.GERMAN);
			assertThat(text).contains("Belgien", "1,30 %", "Eckdaten", "Seite 1 von", "28. von 31", "14. März 2026");
			assertThat(text).doesNotContain("Belgium", "1.30%");
		}

		/** The 2025 edition gives shares only: each language says so, and cites the edition as recorded. */
		@Test
		void sharesOnlyEditionSaysMoneyIsNotAvailableInEveryLanguage() throws IOException {
			for (Locale locale : List.of(DUTCH, Locale.FRENCH, Locale.GERMAN)) {
				String text = text(ReportFixtures.shipped(2, 2025), locale);
				assertThat(text).as(locale.toString()).contains(CompliancePdfWriterTest.EDITION_2025, "2,00 %")
					.doesNotContain("17 June 2024", "USD 0 M", "0 M USD", "0 Mio. USD");
				assertThat(text).as(locale.toString()).contains(switch (locale.getLanguage()) {
					case "nl" -> "niet beschikbaar in deze editie";
					case "fr" -> "non disponible dans cette édition";
					default -> "in dieser Ausgabe nicht verfügbar";
				});
			}
			assertThat(text(ReportFixtures.shipped(2, 2025), DUTCH)).contains("Datasetversie 2",
					"Deze editie geeft alleen aandelen in het bbp", "Daarmee haalt het de 2 %-norm.");
		}

		private String text(Locale locale) throws IOException {
			return text(ReportFixtures.shipped(2024), locale);
		}

		private String text(ComplianceReport report, Locale locale) throws IOException {
			byte[] pdf = CompliancePdfWriterTest.write(report, ReportFixtures.text(locale));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
			}
		}

	}

	@Nested
	class Xlsx {

		@Test
		void dutchSheetsAndHeadersAreTranslatedAndNumbersStayNumbers() throws IOException {
			ComplianceReport report = ReportFixtures.shipped(2024);
			try (ReadableWorkbook workbook = ComplianceXlsxWriterTest.read(report, ReportFixtures.text(DUTCH))) {
				assertThat(workbook.getSheets().map(Sheet::getName).toList()).containsExactly("Naleving 2024",
						"Tijdreeks", "België", "Bronnen en definities");
				List<Row> rows = workbook.getFirstSheet().read();
				assertThat(rows.get(0).getCellText(0)).isEqualTo("Land");
				assertThat(rows.get(0).getCellText(2)).isEqualTo("Jaar");
				Row belgium = rows.stream().filter(r -> r.getCellText(1).equals("BEL")).findFirst().orElseThrow();
				AllyYear expected = report.compliance().rows().stream().filter(r -> r.iso3().equals("BEL")).findFirst()
					.orElseThrow();
				assertThat(belgium.getCellText(0)).isEqualTo("België");
				assertThat(belgium.getCell(5).getType()).isEqualTo(CellType.NUMBER);
				assertThat(belgium.getCell(5).asNumber())
					.isEqualByComparingTo(BigDecimal.valueOf(expected.defenceExpenditureMusd()));
				assertThat(belgium.getCell(8).asNumber())
					.isEqualByComparingTo(BigDecimal.valueOf(expected.shareOfGdpPctRounded()));
				List<String> sources = workbook.getSheets().toList().get(3).read().stream().map(r -> r.getCellText(0))
					.toList();
				assertThat(sources).contains("Datasetversie", "Definities", "Kolommen", "Defensie-uitgaven");
			}
		}

		@Test
		void frenchAndGermanSheetNamesAreValid() throws IOException {
			for (Locale locale : List.of(Locale.FRENCH, Locale.GERMAN)) {
				try (ReadableWorkbook workbook = ComplianceXlsxWriterTest.read(ReportFixtures.shipped(2024),
						ReportFixtures.text(locale))) {
					assertThat(workbook.getSheets().map(Sheet::getName).toList())
						.allMatch(n -> n.length() <= 31 && !n.matches(".*[\\[\\]:*?/\\\\].*"))
						.contains(locale == Locale.FRENCH ? "Belgique" : "Belgien");
				}
			}
		}

	}

}
