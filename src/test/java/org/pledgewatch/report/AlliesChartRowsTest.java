package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.ComplianceCalculator;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetRow;
import org.pledgewatch.dataset.ShippedDataset;
import org.w3c.dom.Document;

/**
 * Which allies the shares chart draws: all of NATO's, and of a dataset of thousands a bounded, stated choice that
 * always includes Belgium.
 */
class AlliesChartRowsTest {

	/**
	 * {@code count} generated allies in 2024, ally {@code i} (1 = lowest) spending {@code 2 i} million USD of a GDP of
	 * 10,000, so a share of {@code i / 50} %, plus Belgium with {@code belgiumMusd} (an odd number, so that it ties
	 * with no other ally), and {@code silent} allies with no figures.
	 */
	static ComplianceModel generated(int count, int belgiumMusd, int silent) {
		List<DatasetRow> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(row("Ally " + i, code(i), new BigDecimal(2 * i)));
		}
		rows.add(row("Belgium", "BEL", new BigDecimal(belgiumMusd)));
		for (int i = 1; i <= silent; i++) {
			rows.add(row("Silent %02d".formatted(i), code(count + i), null));
		}
		return new ComplianceCalculator(ShippedDataset.accessions()).compute(new Dataset(9, rows));
	}

	private static DatasetRow row(String name, String iso3, BigDecimal musd) {
		return new DatasetRow(name, iso3, 2024, musd, musd == null ? null : new BigDecimal(10000), null, null, null,
				false, null, null);
	}

	/** Three letters per {@code i}, as the benchmark's generator writes them (AAB, AAC, …), never Belgium's. */
	private static String code(int i) {
		int n = i >= 791 ? i + 1 : i; // 791 is BEL
		return "" + (char) ('A' + n / 676 % 26) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
	}

	private static List<String> drawnNames(AlliesChartRows rows) {
		return rows.bars().stream().map(AllyYear::country).toList();
	}

	private static List<String> allies(int from, int to) {
		return IntStream.iterate(from, i -> i >= to, i -> i - 1).mapToObj(i -> "Ally " + i).toList();
	}

	@Nested
	class NatosAllies {

		@Test
		void everyAllyWithAFigureIsDrawnAndOnlyTheAllyWithoutOneIsNamed() {
			YearCompliance year = ReportFixtures.shippedModel().year(2024, ReportFixtures.TWO);
			AlliesChartRows rows = AlliesChartRows.of(year, "BEL");
			assertThat(rows.complete()).isTrue();
			// 32 allies, of which Iceland (no armed forces) publishes no figure.
			assertThat(rows.bars()).hasSize(rows.reporting()).hasSize(31);
			assertThat(rows.rows()).allMatch(r -> r.ally() != null);
			assertThat(rows.notes(ReportFixtures.english(), "Belgium")).containsExactly(
					"Not shown (no figure published): Iceland. No bar is drawn rather than a bar of 0%.");
		}

	}

	@Nested
	class ThousandsOfAllies {

		@Test
		void theFiftyHighestTheFiftyLowestAndBelgiumAreDrawnWithTheGapsCounted() {
			// Belgium at 24.69 % ranks between Ally 1235 (24.70 %) and Ally 1234 (24.68 %).
			ComplianceModel model = generated(3000, 2469, 0);
			AlliesChartRows rows = AlliesChartRows.of(model.year(2024, ReportFixtures.TWO), "BEL");

			List<String> expected = new ArrayList<>(allies(3000, 2951));
			expected.add("Belgium");
			expected.addAll(allies(50, 1));
			assertThat(drawnNames(rows)).containsExactlyElementsOf(expected);
			assertThat(rows.reporting()).isEqualTo(3001);
			assertThat(rows.complete()).isFalse();
			// 2950 … 1235 above Belgium, 1234 … 51 below: 1716 and 1184 allies left out.
			assertThat(rows.rows().stream().filter(r -> r.ally() == null).map(AlliesChartRows.Row::leftOut))
				.containsExactly(1716, 1184);
			assertThat(rows.rows().get(50).ally()).isNull();
			assertThat(rows.rows().get(51).ally().iso3()).isEqualTo("BEL");
		}

		@Test
		void belgiumAmongTheHighestIsDrawnOnceInItsPlace() {
			ComplianceModel model = generated(3000, 6001, 0);
			AlliesChartRows rows = AlliesChartRows.of(model.year(2024, ReportFixtures.TWO), "BEL");
			assertThat(drawnNames(rows)).hasSize(AlliesChartRows.MAX_BARS).startsWith("Belgium", "Ally 3000")
				.containsOnlyOnce("Belgium").endsWith("Ally 1");
			assertThat(rows.rows().stream().filter(r -> r.ally() == null).map(AlliesChartRows.Row::leftOut))
				.containsExactly(2901);
			assertThat(rows.highlightBetween()).isFalse();
		}

		@Test
		void theNoteSaysHowManyAreDrawnWhichAndWhereTheRestAreInTheReadersLanguage() {
			AlliesChartRows rows = AlliesChartRows.of(generated(3000, 2469, 0).year(2024, ReportFixtures.TWO), "BEL");
			assertThat(rows.notes(ReportFixtures.english(), "Belgium")).containsExactly(
					"101 of the 3,001 allies with a figure are drawn: the 50 highest and the 50 lowest shares, and "
							+ "Belgium. Every ally is in the chart's data (CSV).");
			assertThat(rows.notes(ReportFixtures.text(Locale.forLanguageTag("nl")), "België")).containsExactly(
					"101 van de 3.001 bondgenoten met een cijfer zijn getekend: de 50 hoogste en de 50 laagste "
							+ "aandelen, en België. Alle bondgenoten staan in de gegevens van de grafiek (CSV).");
			assertThat(rows.notes(ReportFixtures.text(Locale.GERMAN), "Belgien")).containsExactly(
					"101 der 3.001 Verbündeten mit einer Zahl sind gezeichnet: die 50 höchsten und die 50 niedrigsten "
							+ "Anteile sowie Belgien. Alle Verbündeten stehen in den Daten des Diagramms (CSV).");
			assertThat(rows.notes(ReportFixtures.text(Locale.FRENCH), "Belgique")).singleElement()
				.satisfies(note -> assertThat(note.replace('\u202f', ' ').replace('\u00a0', ' ')).isEqualTo(
						"101 des 3 001 alliés ayant un chiffre sont tracés : les 50 parts les plus élevées et les 50 "
								+ "plus basses, et Belgique. Tous les alliés figurent dans les données du graphique "
								+ "(CSV)."));
		}

		@Test
		void withBelgiumAtAnEndTheNoteDoesNotNameItApart() {
			AlliesChartRows rows = AlliesChartRows.of(generated(3000, 1, 0).year(2024, ReportFixtures.TWO), "BEL");
			assertThat(rows.notes(ReportFixtures.english(), "Belgium")).containsExactly(
					"100 of the 3,001 allies with a figure are drawn: the 50 highest and the 50 lowest shares. "
							+ "Every ally is in the chart's data (CSV).");
		}

		@Test
		void alliesWithoutAFigureAreNamedUpToTwentyAndTheOthersCounted() {
			// Allies without a figure come last, in the order of their names.
			AlliesChartRows rows = AlliesChartRows.of(generated(10, 5, 45).year(2024, ReportFixtures.TWO), "BEL");
			assertThat(rows.complete()).isTrue();
			String named = String.join(", ", IntStream.rangeClosed(1, 20).mapToObj(i -> "Silent %02d".formatted(i)).toList());
			assertThat(rows.notes(ReportFixtures.english(), "Belgium")).containsExactly("Not shown (no figure "
					+ "published): " + named + " and 25 more. No bar is drawn rather than a bar of 0%.");
		}

	}

	@Nested
	class BelgiumWithoutAFigure {

		@Test
		void isNamedUnderTheChartEvenAfterTheTwentyNamed() {
			List<DatasetRow> rows = new ArrayList<>();
			for (int i = 1; i <= 40; i++) {
				rows.add(row("Silent %02d".formatted(i), code(i), null));
			}
			rows.add(row("Ally with a figure", code(41), new BigDecimal(200)));
			rows.add(row("ZZ Belgium", "BEL", null));
			ComplianceModel model = new ComplianceCalculator(ShippedDataset.accessions()).compute(new Dataset(9, rows));
			AlliesChartRows drawn = AlliesChartRows.of(model.year(2024, ReportFixtures.TWO), "BEL");
			String named = String.join(", ", IntStream.rangeClosed(1, 20).mapToObj(i -> "Silent %02d".formatted(i)).toList());
			assertThat(drawn.notes(ReportFixtures.english(), "Belgium")).containsExactly("Not shown (no figure "
					+ "published): " + named + ", ZZ Belgium and 20 more. No bar is drawn rather than a bar of 0%.");
		}

	}

	@Nested
	class Images {

		/** The drawing's height for {@code rows} rows (bars and gaps): ChartFigures' rule, written out. */
		private static int height(int rows) {
			return 270 + rows * 19;
		}

		@Test
		void aChartOfThreeThousandAlliesIsAsLargeAsOneOfAHundredAndSaysSo() throws Exception {
			ComplianceModel model = generated(3000, 2469, 0);
			ChartRequest request = new ChartRequest(ChartKind.SHARES, 2024, ReportFixtures.TWO, "BEL", Locale.ENGLISH,
					ReportFixtures.TODAY);
			ChartFigure figure = new ChartFigures(model, ReportFixtures.english()).figure(request);
			// 101 bars and the two rows that count the allies left out.
			assertThat(figure.height()).isEqualTo(height(103));

			byte[] png = ChartImages.png(figure);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image.getHeight()).isEqualTo(2 * height(103)).isLessThan(5000);
			assertThat(png.length).isLessThan(1_000_000);

			byte[] svg = ChartImages.svg(figure);
			assertThat(svg.length).isLessThan(600_000);
			Document document = ChartImagesTest.svg(svg);
			assertThat(document.getElementsByTagNameNS("*", "*").getLength()).isLessThan(3000);
			assertThat(ChartImagesTest.texts(document)).contains("► Belgium", "Ally 3000", "Ally 1",
					"… 1,716 allies not drawn …", "… 1,184 allies not drawn …")
				.doesNotContain("Ally 2950", "Ally 51")
				.anyMatch(t -> t.startsWith("101 of the 3,001 allies with a figure are drawn"));
		}

	}

}
