package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ResponseEntity;

/**
 * Every download of a 250,000-row version from a server with a 256 MB heap: each answers whole (every row in the
 * file) and the server stays up. Before downloads were streamed, the spreadsheet of such a version ran the heap out
 * and the server stopped for good.
 */
class DownloadsSmallHeapIT {

	/** 2,500 allies over 100 years. */
	private static final int ALLIES = 2_500;

	private static final int YEARS = 100;

	private static final int ROWS = ALLIES * YEARS;

	@TempDir
	static Path work;

	static SmallHeapServer server;

	static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@BeforeAll
	static void startServerWithALargeVersion() throws Exception {
		server = SmallHeapServer.start(work, "--dashboard.upload.max-size=32MB");
		ResponseEntity<String> answer = server.http()
			.upload("large.csv", largeCsv(), Map.of("source", "Test figures", "confirm", "true"), true);
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
	}

	@AfterAll
	static void stopServer() throws InterruptedException {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void theDatasetCsvHasEveryRow() throws Exception {
		// The source line is not written here: the canonical file is the header and the rows.
		assertThat(lines("/datasets/current.csv")).isEqualTo(1 + ROWS);
		assertThat(lines("/datasets/3.csv")).isEqualTo(1 + ROWS);
		assertStillUp();
	}

	@Test
	void theComplianceCsvHasEveryAllyOfTheYear() throws Exception {
		assertThat(lines("/reports/compliance.csv?year=2049")).isEqualTo(2 + ALLIES);
		assertThat(lines("/reports/compliance.csv?year=2049&format=excel-be")).isEqualTo(2 + ALLIES);
		assertStillUp();
	}

	@Test
	void theSpreadsheetHasEveryRowOfTheSeries() throws Exception {
		Path file = work.resolve("report.xlsx");
		HttpResponse<Path> answer = client.send(request("/reports/compliance.xlsx?year=2049&target=3.5"),
				HttpResponse.BodyHandlers.ofFile(file));
		assertThat(answer.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			Sheet year = workbook.getSheets().toList().get(0);
			Sheet series = workbook.getSheets().toList().get(1);
			assertThat(series.getName()).isEqualTo("Time series");
			try (var rows = year.openStream()) {
				assertThat(rows.count()).isEqualTo(1 + ALLIES);
			}
			try (var rows = series.openStream()) {
				assertThat(rows.count()).isEqualTo(1 + ROWS);
			}
		}
		assertStillUp();
	}

	@Test
	void theBriefingIsAWholePdf() throws Exception {
		HttpResponse<byte[]> answer = client.send(request("/reports/compliance.pdf?year=2049"),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).isEqualTo(200);
		String end = new String(answer.body(), answer.body().length - 32, 32, StandardCharsets.ISO_8859_1);
		assertThat(end).contains("%%EOF");
		assertStillUp();
	}

	private static void assertStillUp() {
		assertThat(server.alive()).isTrue();
		assertThat(server.http().get("/api/datasets").getStatusCode().value()).isEqualTo(200);
		assertThat(server.logText()).doesNotContain("OutOfMemoryError");
	}

	private static long lines(String path) throws Exception {
		HttpResponse<java.io.InputStream> answer = client.send(request(path), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
			return reader.lines().count();
		}
	}

	private static HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
			.timeout(Duration.ofMinutes(2))
			.build();
	}

	private static byte[] largeCsv() {
		StringBuilder csv = new StringBuilder(ROWS * 40).append("country,iso3,year,defence_expenditure_musd,gdp_musd\n");
		for (int ally = 0; ally < ALLIES; ally++) {
			String iso3 = "" + (char) ('A' + ally / 676 % 26) + (char) ('A' + ally / 26 % 26) + (char) ('A' + ally % 26);
			for (int year = 1950; year < 1950 + YEARS; year++) {
				csv.append("Ally ").append(iso3).append(',').append(iso3).append(',').append(year).append(',')
					.append(100 + (ally * 7 + year) % 300).append(",10000\n");
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
