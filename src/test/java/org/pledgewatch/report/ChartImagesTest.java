package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Chart images for slides: big enough, and carrying their title, year, target, source, version and date. */
class ChartImagesTest {

	static final List<String> CHARTS = List.of("shares", "history", "spending", "meeting", "map");

	/** The SVG as a DOM: parsing fails on anything that is not well-formed XML. */
	static Document svg(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	/** Every text the SVG draws, one entry per {@code <text>} element. */
	static List<String> texts(Document svg) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagNameNS("*", "text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent().strip());
		}
		return texts;
	}

	@Nested
	@WebMvcTest(ChartController.class)
	@Import(ShippedDataConfig.class)
	class ShippedEdition {

		@Autowired
		private MockMvc mvc;

		@Test
		void theSharesSvgCarriesTitleSubtitleLegendSourceVersionAndDate() throws Exception {
			byte[] body = mvc.perform(get("/charts/shares.svg").param("year", "2025"))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/svg+xml;charset=UTF-8"))
				.andReturn().getResponse().getContentAsByteArray();
			Document svg = svg(body);
			assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("820");
			String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
			assertThat(texts(svg)).contains("Defence expenditure as % of GDP, 2025", "2025 · against the 2% target",
					"Belgium (highlighted)",
					"Source: NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025",
					"Pledgewatch, dataset version 2 · data as of June 3, 2025 · drawn on " + today, "2% target")
				.anyMatch(t -> t.startsWith("Not shown (no figure published): Germany"));
		}

		@Test
		void everyChartIsAPngTwiceTheSvgsSizeAndAtLeast1600PixelsWide() throws Exception {
			for (String chart : CHARTS) {
				Element svg = svg(mvc.perform(get("/charts/" + chart + ".svg"))
					.andExpect(status().isOk())
					.andReturn().getResponse().getContentAsByteArray()).getDocumentElement();
				byte[] png = mvc.perform(get("/charts/" + chart + ".png"))
					.andExpect(status().isOk())
					.andExpect(header().string("Content-Type", "image/png"))
					.andReturn().getResponse().getContentAsByteArray();
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
				assertThat(image.getWidth()).as(chart).isGreaterThanOrEqualTo(1600)
					.isEqualTo(2 * Integer.parseInt(svg.getAttribute("width")));
				assertThat(image.getHeight()).as(chart).isEqualTo(2 * Integer.parseInt(svg.getAttribute("height")));
				assertThat(texts(svg.getOwnerDocument())).as(chart)
					.anyMatch(t -> t.startsWith("Source: NATO, Defence Expenditure of NATO Countries (2014-2025)"))
					.anyMatch(t -> t.startsWith("Pledgewatch, dataset version 2"));
			}
		}

		@Test
		void eachChartNamesBelgiumAndTheTargetInTheReadersLanguage() throws Exception {
			assertThat(texts(svg(mvc.perform(get("/charts/history.svg").param("target", "3,5").param("lang", "fr"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())))
				.contains("Part du PIB : Belgique, 2014–2025")
				.anyMatch(t -> t.startsWith("2014–2025 · face à l'objectif de 3,5"))
				.anyMatch(t -> t.startsWith("Source : NATO"));
			assertThat(texts(svg(mvc.perform(get("/charts/meeting.svg").param("lang", "nl"))
				.andReturn().getResponse().getContentAsByteArray())))
				.contains("Bondgenoten die de doelstelling halen, in de jaren waarin België erbij is");
			assertThat(texts(svg(mvc.perform(get("/charts/map.svg").param("year", "2024").param("lang", "de"))
				.andReturn().getResponse().getContentAsByteArray())))
				.contains("Belgien (umrandet)").anyMatch(t -> t.startsWith("Belgien 1,29"));
		}

		@Test
		void unknownChartsAreNotFoundAndBadParametersBadRequestsNeverErrors() throws Exception {
			mvc.perform(get("/charts/pie.png")).andExpect(status().isNotFound());
			mvc.perform(get("/charts/shares.gif")).andExpect(status().isNotFound());
			mvc.perform(get("/charts/shares.png").param("year", "1900")).andExpect(status().isNotFound());
			mvc.perform(get("/charts/history.svg").param("iso3", "XXX")).andExpect(status().isNotFound());
			// Another published version is drawn from its own figures and cited as such; an unknown one is not found.
			mvc.perform(get("/charts/shares.svg").param("version", "1"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("(2014-2024)")));
			mvc.perform(get("/charts/shares.svg").param("version", "99")).andExpect(status().isNotFound());
			mvc.perform(get("/charts/shares.svg").param("version", "2")).andExpect(status().isOk());
			mvc.perform(get("/charts/shares.png").param("target", "abc")).andExpect(status().isBadRequest());
			mvc.perform(get("/charts/shares.png").param("target", "0")).andExpect(status().isBadRequest());
			mvc.perform(get("/charts/shares.png").param("year", "twenty")).andExpect(status().isBadRequest());
			mvc.perform(get("/charts/history.png").param("iso3", "<b>")).andExpect(status().isBadRequest());
			mvc.perform(get("/charts/shares.csv").param("format", "xls")).andExpect(status().isBadRequest());
		}

	}

	@Nested
	@WebMvcTest(ChartController.class)
	@Import({ ShippedDataConfig.class, HostileNames.class })
	class HostileNamesInCharts {

		@Autowired
		private MockMvc mvc;

		@Test
		void aNameIsTextInTheSvgNeverMarkup() throws Exception {
			for (String chart : List.of("shares", "map")) {
				Document svg = svg(mvc.perform(get("/charts/" + chart + ".svg"))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
				assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
				assertThat(svg.getElementsByTagNameNS("*", "a").getLength()).isZero();
			}
			Document shares = svg(mvc.perform(get("/charts/shares.svg")).andReturn().getResponse()
				.getContentAsByteArray());
			assertThat(texts(shares)).anyMatch(t -> t.contains(HostileNames.SCRIPT));
		}

		@Test
		void aNameIsNeverAFormulaInTheCsv() throws Exception {
			mvc.perform(get("/charts/shares.csv"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("\"'=HYPERLINK(\"\"http://x\"\")\"")));
		}

	}

	/**
	 * Imported, not annotated: a configuration class in this package would be picked up by other tests that scan it
	 * (DownloadsTest) and show them these three rows instead of the shipped editions.
	 */
	static class HostileNames {

		static final String SCRIPT = "</text><script>alert('x')</script><text>";

		@Bean
		@Primary
		ActiveDataset hostile() {
			Dataset dataset = new Dataset(2, List.of(
					new DatasetRow(SCRIPT, "XSS", 2024, new BigDecimal("10"), new BigDecimal("100"), null, null, null,
							false),
					new DatasetRow("=HYPERLINK(\"http://x\")", "XSF", 2024, new BigDecimal("30"), new BigDecimal("1000"),
							null, null, null, false),
					new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519"), new BigDecimal("655744"), null,
							null, null, true)));
			return () -> dataset;
		}

	}

}
