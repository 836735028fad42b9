package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The downloads and the API over HTTP: formats, figures equal to the API's, ETag and 304, OpenAPI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ComplianceService compliance;

	@Autowired
	private DatasetStore store;

	/** Tests that show another version put the store's active one back: the context is shared. */
	@AfterEach
	void showTheActiveVersionAgain() {
		compliance.onDatasetActivated(new DatasetActivated(store.active()));
	}

	@Test
	void pdfIsAnA4BriefingAboutTheYear() throws Exception {
		HttpResponse<byte[]> response = get("/reports/compliance.pdf?year=2023&target=2");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("pledgewatch-compliance-2023.pdf");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(text).contains("Belgium", "2023", "Dataset version 2");
		}
	}

	/** A fresh store shows the 2025 edition (version 2); version 1 is the June 2024 edition. Each download cites its own. */
	@Test
	void everyDownloadCitesTheVersionItIsBuiltFrom() throws Exception {
		assertCites(2, CompliancePdfWriterTest.EDITION_2025, "(2014-2024)");
		String pdf2025 = pdfText(get("/reports/compliance.pdf?year=2025&target=2").body());
		assertThat(pdf2025).contains("In 2025, Belgium spent 2.00% of its GDP on defence", "That meets the 2% target.",
				"This edition gives shares of GDP only");

		compliance.onDatasetActivated(new DatasetActivated(store.dataset(1)));
		assertCites(1, CompliancePdfWriterTest.EDITION_2024, "(2014-2025)");
		String pdf2024 = pdfText(get("/reports/compliance.pdf?year=2024&target=2").body());
		assertThat(pdf2024).contains("Belgium spent 1.30% of its GDP", "a further USD 4,590 million that year");
	}

	private void assertCites(int version, String source, String otherEdition) throws Exception {
		String csv = new String(get("/reports/compliance.csv?year=2024").body(), StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\"# Source: " + source)
			.contains("Pledgewatch dataset version " + version);
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(get("/reports/compliance.xlsx?year=2024").body()))) {
			List<String> sources = workbook.getSheets().toList().get(3).read().stream().map(r -> r.getCellText(1))
				.toList();
			assertThat(sources).contains(source).noneMatch(v -> v.contains(otherEdition));
		}
		String pdf = pdfText(get("/reports/compliance.pdf?year=2024").body());
		assertThat(pdf).contains("Dataset version " + version, source).doesNotContain(otherEdition);
	}

	@Test
	void xlsxNumbersEqualTheApisFigures() throws Exception {
		for (int version : new int[] { 2, 1 }) {
			compliance.onDatasetActivated(new DatasetActivated(store.dataset(version)));
			String json = new String(get("/api/compliance?year=2022&target=2").body(), StandardCharsets.UTF_8);
			HttpResponse<byte[]> response = get("/reports/compliance.xlsx?year=2022&target=2");
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
				assertThat(workbook.getSheets().map(s -> s.getName()).toList()).contains("Compliance 2022",
						"Time series", "Belgium", "Sources and definitions");
				List<Row> rows = workbook.getFirstSheet().read();
				for (Row row : rows.subList(1, rows.size())) {
					String iso3 = row.getCellText(1);
					String as = "version " + version + ", " + iso3;
					assertNumber(row, 6, json, iso3, "gdpMusd", as);
					assertNumber(row, 5, json, iso3, "defenceExpenditureMusd", as);
					assertNumber(row, 8, json, iso3, "shareOfGdpPctRounded", as);
					assertNumber(row, 10, json, iso3, "gapToTargetMusd", as);
					assertNumber(row, 21, json, iso3, "gapToTargetPts", as);
				}
			}
		}
	}

	/** Equal to the API's figure, or empty where the API has none (null, never 0). */
	private static void assertNumber(Row row, int column, String json, String iso3, String field, String as) {
		BigDecimal api = apiNumber(json, iso3, field);
		boolean empty = column >= row.getCellCount() || row.getCell(column) == null
				|| row.getCell(column).getType() == org.dhatim.fastexcel.reader.CellType.EMPTY;
		if (api == null) {
			assertThat(empty).as(field + " of " + as + " is empty").isTrue();
		}
		else {
			assertThat(row.getCell(column).asNumber()).as(field + " of " + as).isEqualByComparingTo(api);
		}
	}

	@Test
	void csvForExcelInBelgiumHasABomSemicolonsAndDecimalCommas() throws Exception {
		HttpResponse<byte[]> response = get("/reports/compliance.csv?year=2024&format=excel-be");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("\r\ncountry;iso3;year").contains("Belgium;BEL;2024;true;true;;;1,286805534;1,29;2;false;;");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("pledgewatch-compliance-2024-excel-be.csv");
		assertThat(get("/reports/compliance.csv?format=xls").statusCode()).isEqualTo(400);
		String standard = new String(get("/reports/compliance.csv?year=2024").body(), StandardCharsets.UTF_8);
		assertThat(standard).startsWith("\"# Source: ").contains("\ncountry,iso3,year,");
	}

	@Test
	void etagFollowsVersionAndParametersAndIfNoneMatchGets304() throws Exception {
		for (String path : List.of("/api/compliance?year=2024", "/api/summary", "/api/countries/BEL",
				"/reports/compliance.csv?year=2024", "/reports/compliance.pdf", "/reports/compliance.xlsx?year=2020")) {
			HttpResponse<byte[]> first = get(path);
			String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
			assertThat(etag).as(path).startsWith("W/\"v2-");
			assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
			HttpResponse<byte[]> again = http.send(request(path).header("If-None-Match", etag).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		}
		String y2024 = get("/api/compliance?year=2024&target=2").headers().firstValue("ETag").orElseThrow();
		String reordered = get("/api/compliance?target=2&year=2024").headers().firstValue("ETag").orElseThrow();
		String y2023 = get("/api/compliance?year=2023&target=2").headers().firstValue("ETag").orElseThrow();
		String target3 = get("/api/compliance?year=2024&target=3").headers().firstValue("ETag").orElseThrow();
		assertThat(reordered).isEqualTo(y2024);
		assertThat(List.of(y2023, target3)).doesNotContain(y2024);
		HttpResponse<byte[]> stale = http.send(request("/api/compliance?year=2024&target=2")
			.header("If-None-Match", "W/\"v0-000000000000000000000000\"").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(stale.statusCode()).isEqualTo(200);
	}

	@Test
	void reportsFollowTheLanguageOfTheLinkTheCookieOrTheBrowser() throws Exception {
		HttpResponse<byte[]> dutch = get("/reports/compliance.pdf?year=2024&lang=nl");
		assertThat(dutch.statusCode()).isEqualTo(200);
		assertThat(pdfText(dutch.body())).contains("België", "1,29 %", "Kerncijfers").doesNotContain("Belgium");
		HttpResponse<byte[]> french = http.send(request("/reports/compliance.pdf?year=2024")
			.header("Accept-Language", "fr-BE,fr;q=0.9").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdfText(french.body())).contains("Belgique", "1,29 %", "OTAN");
		HttpResponse<byte[]> german = http.send(request("/reports/compliance.xlsx?year=2024")
			.header("Cookie", "pledgewatch-lang=de").header("Accept-Language", "en").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(german.body()))) {
			assertThat(workbook.getSheets().map(s -> s.getName()).toList()).contains("Zeitreihe", "Belgien");
		}
		String english = get("/reports/compliance.pdf?year=2024").headers().firstValue("ETag").orElseThrow();
		String dutchTag = dutch.headers().firstValue("ETag").orElseThrow();
		String frenchTag = french.headers().firstValue("ETag").orElseThrow();
		assertThat(List.of(dutchTag, frenchTag)).doesNotContain(english);
		assertThat(dutchTag).isNotEqualTo(frenchTag);
		assertThat(dutch.headers().firstValue("Vary").orElseThrow()).contains("Accept-Language");
		HttpResponse<byte[]> frenchAgain = http.send(request("/reports/compliance.pdf?year=2024")
			.header("Accept-Language", "fr").header("If-None-Match", english).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(frenchAgain.statusCode()).as("an English copy is not a French one").isEqualTo(200);
		String eventsEn = http.send(request("/api/events").header("Accept-Language", "en").build(),
				HttpResponse.BodyHandlers.ofByteArray()).headers().firstValue("ETag").orElseThrow();
		String eventsNl = http.send(request("/api/events").header("Accept-Language", "nl-BE").build(),
				HttpResponse.BodyHandlers.ofByteArray()).headers().firstValue("ETag").orElseThrow();
		assertThat(eventsNl).isNotEqualTo(eventsEn);
	}

	@Test
	void aDownloadLinkOnADutchPageGivesADutchReport() throws Exception {
		HttpResponse<String> page = http.send(request("/?year=2024&lang=nl").build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("data-testid=\"download-pdf\" href=\"([^\"]+)\"").matcher(page.body());
		assertThat(link.find()).isTrue();
		HttpResponse<byte[]> pdf = http.send(request(link.group(1).replace("&amp;", "&")).header("Cookie", cookie)
			.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdfText(pdf.body())).contains("België", "Kerncijfers");
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
		}
	}

	@Test
	void errorsCarryNoEtag() throws Exception {
		HttpResponse<byte[]> missing = get("/api/compliance?year=1066");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void openApiCitesTheVersionBeingServedAndDeclaresTheEditorsLogin() throws Exception {
		String now = new String(get("/v3/api-docs").body(), StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(now, "$.info.description"))
			.contains("Now serving: NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025 (dataset version 2)");
		assertThat((String) JsonPath.read(now, "$.components.securitySchemes.editorLogin.scheme")).isEqualTo("basic");
		assertThat(now).contains("\"editorLogin\"");

		compliance.onDatasetActivated(new DatasetActivated(store.dataset(1)));
		String then = new String(get("/v3/api-docs").body(), StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(then, "$.info.description")).contains("17 June 2024 (dataset version 1)")
			.doesNotContain("28 August 2025");
	}

	@Test
	void openApiDescribesFieldsWithUnits() throws Exception {
		HttpResponse<byte[]> docs = get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		String json = new String(docs.body(), StandardCharsets.UTF_8);
		assertThat((Object) JsonPath.read(json, "$.paths['/api/compliance'].get.parameters[?(@.name=='target')].schema.type"))
			.asString().contains("number");
		// ?version= is read in one place for every endpoint; the description says so, once per operation.
		String again = new String(get("/v3/api-docs").body(), StandardCharsets.UTF_8);
		assertThat((java.util.List<?>) JsonPath.read(again, "$.paths['/api/compliance'].get.parameters[?(@.name=='version')]"))
			.hasSize(1);
		assertThat((java.util.List<Object>) JsonPath.read(again, "$.paths['/api/countries/{iso3}'].get.parameters[?(@.name=='version')].schema.type"))
			.containsExactly("integer");
		assertThat((String) JsonPath.read(json, "$.components.schemas.AllyYear.properties.gdpMusd.description"))
			.contains("millions of dataset.currency", "USD for NATO's editions");
		assertThat(json).contains("/api/summary", "/api/countries/{iso3}");
		HttpResponse<byte[]> ui = http.send(request("/swagger-ui/index.html").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
	}

	private static @Nullable BigDecimal apiNumber(String json, String iso3, String field) {
		List<Number> values = JsonPath.read(json, "$.rows[?(@.iso3=='" + iso3 + "')]." + field);
		return values.isEmpty() || values.get(0) == null ? null : new BigDecimal(values.get(0).toString());
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}
