package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.FileSystemDatasetStore;
import org.pledgewatch.dataset.NewVersion;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/** The upload API over real HTTP, against a store in a temporary directory. */
@TestPropertySource(properties = { "dashboard.upload.max-size=100KB" })
class DatasetUploadIT extends ServerOnTempStore {

	@Autowired
	DatasetStore store;

	RestClient http;

	@BeforeEach
	void client() {
		http = httpClient();
		// Each test starts from the shipped 2025 edition, whatever an earlier test published.
		http.post().uri("/api/datasets/2/activate").headers(h -> h.setBasicAuth("editor", "s3cret")).retrieve()
			.toBodilessEntity();
	}

	ResponseEntity<String> upload(String filename, byte[] content, boolean withCredentials) {
		return new StoreHttp(http).upload(filename, content, Map.of(), withCredentials);
	}

	/** A JSON answer without its "dataset" citation. */
	static String withoutCitation(String json) {
		return json.replaceFirst("\"dataset\":\\{[^}]*\\},?", "");
	}

	static String withoutPrevious(String json) {
		return json.replaceAll("\"previous(Edition)?\":(null|\\{[^}]*\\}),?", "");
	}

	static String withoutPrinted(String json) {
		return json.replaceAll("\"published(Alliance|EuropeCanada)ShareOfGdpPct\":[^,}]*,?", "");
	}

	String get(String path) {
		return http.get().uri(path).retrieve().body(String.class);
	}

	@Test
	void aDownloadedDatasetUploadsBackToTheSameFigures() {
		String csv = get("/datasets/current.csv");
		String compliance = get("/api/compliance?year=2024");
		String summary = get("/api/summary?year=2014");

		ResponseEntity<String> answer = upload("current.csv", csv.getBytes(StandardCharsets.UTF_8), true);

		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		assertThat(answer.getBody()).contains("\"rows\":384", "\"uploadedBy\":\"editor\"");
		assertThat(get("/datasets/current.csv")).isEqualTo(csv);
		// The same figures; only the version and its citation ("Uploaded by editor on …") differ.
		// Nor does what each says of its previous edition (the shipped 2024 edition for version 2; none for an upload
		// without a stated source, which is no edition of NATO's).
		assertThat(withoutPrevious(withoutCitation(get("/api/compliance?year=2024"))))
			.isEqualTo(withoutPrevious(withoutCitation(compliance)));
		// NATO's printed alliance aggregates belong to its edition: an upload that does not supply them has none, and
		// none is carried over from the edition it was downloaded from.
		String summaryAgain = get("/api/summary?year=2014");
		assertThat(summaryAgain).contains("\"publishedAllianceShareOfGdpPct\":null");
		assertThat(summary).contains("\"publishedAllianceShareOfGdpPct\":2.56");
		assertThat(withoutPrinted(withoutPrevious(withoutCitation(summaryAgain))))
			.isEqualTo(withoutPrinted(withoutPrevious(withoutCitation(summary))));
	}

	@Test
	void anUploadChangesWhatTheDashboardShows() {
		String csv = get("/datasets/current.csv").replaceFirst("(?m)^(Belgium,BEL,2025,,,)[^,]*,", "$1" + "1.95,");

		assertThat(upload("belgium.csv", csv.getBytes(StandardCharsets.UTF_8), true).getStatusCode().value())
			.isEqualTo(201);

		assertThat(get("/api/compliance?year=2025")).contains(
				"\"iso3\":\"BEL\",\"year\":2025,\"member\":true,\"estimate\":true,\"defenceExpenditureMusd\":null,"
						+ "\"gdpMusd\":null,\"shareOfGdpPct\":1.95,\"shareOfGdpPctRounded\":1.95,\"meetsTarget\":false");
		assertThat(get("/")).contains("Dataset version " + store.activeVersion());
	}

	@Test
	void aShareOnlyUploadDrivesTheVerdictAndIsCitedByItsSource() throws IOException {
		String csv = "country,iso3,year,share_of_gdp_pct\nBelgium,BEL,2025,2.5\nFrance,FRA,2025,1.9\n";
		ResponseEntity<String> answer = new StoreHttp(http).upload("shares.csv", csv.getBytes(StandardCharsets.UTF_8),
				// Two allies of 32 in 2025: the sparse-year check genuinely applies, so it is confirmed.
				Map.of("source", "Ministère de la Défense, chiffres 2025", "sourceUrl",
						"https://example.org/chiffres-2025.pdf", "dataAsOf", "2025-09-30", "confirm", "true"),
				true);
		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		assertThat(answer.getBody()).contains("\"code\":\"sparse-year\"").doesNotContain("\"needsConfirmation\":false");

		String compliance = get("/api/compliance?year=2025");
		assertThat(compliance).contains("\"source\":\"Ministère de la Défense, chiffres 2025\"",
				"\"sourceUrl\":\"https://example.org/chiffres-2025.pdf\"", "\"moneyFigures\":false");
		assertThat(compliance).contains("\"iso3\":\"BEL\"").contains("\"shareSource\":\"published\"");
		assertThat(get("/api/summary?year=2025")).contains("\"alliesMeetingTarget\":1", "\"alliesReporting\":2",
				"\"meetingTarget\":[\"BEL\"]", "\"totalDefenceExpenditureMusd\":null");
		assertThat(get("/api/datasets")).contains("\"dataAsOf\":\"2025-09-30\"");
		assertThat(get("/")).contains("Figures: Ministère de la Défense, chiffres 2025.",
				"href=\"https://example.org/chiffres-2025.pdf\"");

		// Every download names the upload's source, never NATO's editions.
		assertThat(get("/reports/compliance.csv?year=2025").lines().findFirst().orElseThrow())
			.contains("Ministère de la Défense, chiffres 2025", "https://example.org/chiffres-2025.pdf")
			.doesNotContain("NATO");
		byte[] pdf = http.get().uri("/reports/compliance.pdf?year=2025").retrieve().body(byte[].class);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("Ministère de la Défense, chiffres 2025")
				.doesNotContain("Defence Expenditure of NATO Countries");
		}
		byte[] xlsx = http.get().uri("/reports/compliance.xlsx?year=2025").retrieve().body(byte[].class);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> cells = new ArrayList<>();
			workbook.getSheets().forEach(sheet -> {
				try {
					sheet.read().forEach(row -> row.forEach(cell -> cells.add(cell == null ? "" : cell.getText())));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			assertThat(cells).contains("Ministère de la Défense, chiffres 2025", "https://example.org/chiffres-2025.pdf");
		}
	}

	@Test
	void withoutCredentialsTheAnswerIs401AndNothingChanges() {
		int before = store.versions().size();
		ResponseEntity<String> answer = upload("x.csv", get("/datasets/current.csv").getBytes(), false);
		assertThat(answer.getStatusCode().value()).isEqualTo(401);
		assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).isNull();
		assertThat(answer.getBody()).contains("\"status\":401");
		assertThat(store.versions()).hasSize(before);
	}

	@Test
	void aFileOverTheLimitIs413FromTheServerItself() {
		byte[] big = ("country,iso3,year\n" + "x".repeat(150 * 1024)).getBytes(StandardCharsets.UTF_8);
		ResponseEntity<String> answer = upload("big.csv", big, true);
		assertThat(answer.getStatusCode().value()).isEqualTo(413);
		assertThat(answer.getBody()).contains("\"status\":413", "upload limit of 100 KB");
	}

	@Test
	void parallelUploadsAreAllAnsweredAndTheStoreStaysConsistent() throws Exception {
		String csv = get("/datasets/current.csv");
		int before = store.versions().size();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 12; i++) {
				String variant = csv.replaceFirst("(?m)^(Belgium,BEL,2024,,,)[^,]*,", "$1" + "1.2" + i + ",");
				answers.add(pool.submit(() -> upload("p.csv", variant.getBytes(StandardCharsets.UTF_8), true)));
			}
			for (Future<ResponseEntity<String>> answer : answers) {
				assertThat(answer.get().getStatusCode().value()).isEqualTo(201);
			}
		}
		finally {
			pool.shutdown();
		}
		List<DatasetVersion> versions = store.versions();
		assertThat(versions).hasSize(before + 12);
		assertThat(versions).extracting(DatasetVersion::version).doesNotHaveDuplicates();
		assertThat(store.activeVersion()).isEqualTo(versions.get(versions.size() - 1).version());

		DatasetStore reopened = FileSystemDatasetStore.open(storeDir, ShippedDataset.editions());
		assertThat(reopened.versions()).isEqualTo(versions);
		assertThat(reopened.activeVersion()).isEqualTo(store.activeVersion());
	}

}
