package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.dataset.FileSystemDatasetStore;
import org.pledgewatch.dataset.ShippedDataset;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A store with a damaged version of each kind (3: version.json unparsable, 4: source.csv truncated, 5: source.csv
 * missing, the newest): listed as damaged, answered 409, never 500, and uploads still get a new number.
 */
class DamagedVersionsIT extends ServerOnTempStore {

	@DynamicPropertySource
	static void damagedStore(DynamicPropertyRegistry registry) {
		try {
			FileSystemDatasetStore store = FileSystemDatasetStore.open(storeDir, ShippedDataset.editions());
			for (int i = 0; i < 3; i++) {
				store.add(ShippedDataset.editions().get(1));
			}
			Files.writeString(storeDir.resolve("versions/0003/version.json"), "{\"version\":3,");
			Path four = storeDir.resolve("versions/0004/source.csv");
			Files.write(four, java.util.Arrays.copyOf(Files.readAllBytes(four), 1000));
			Files.delete(storeDir.resolve("versions/0005/source.csv"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// ServerOnTempStore points the server at storeDir.
	}

	StoreHttp http;

	@BeforeEach
	void client() {
		http = StoreHttp.on(port);
	}

	@Test
	void damagedVersionsAreListedWithTheirReason() {
		ResponseEntity<String> list = http.get("/api/datasets");

		assertThat(list.getStatusCode().value()).isEqualTo(200);
		assertThat(list.getBody()).contains(
				"{\"version\":3,\"active\":false,\"uploadedBy\":null",
				"\"damaged\":true,\"damageReason\":\"version.json cannot be read\"}",
				"\"damageReason\":\"source.csv does not match its recorded SHA-256 (truncated or altered: 1000 bytes)\"",
				"\"damageReason\":\"source.csv is missing\"", "\"storeWritable\":true");
		assertThat(list.getBody()).contains("\"version\":2,\"active\":true");
		assertThat(list.getBody().split("\"damaged\":true")).hasSize(4);
	}

	@Test
	void theVersionsPageMarksThemDamaged() {
		ResponseEntity<String> page = http.get("/datasets");

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("<tr class=\"damaged\" data-testid=\"damaged-version\" data-version=\"5\">", "source.csv is missing",
				"version.json cannot be read");
	}

	@Test
	void aDamagedVersionsDownloadAnswers409WithTheReason() {
		ResponseEntity<String> download = http.get("/datasets/5.csv");

		assertThat(download.getStatusCode().value()).isEqualTo(409);
		assertThat(download.getBody()).contains("Dataset version 5 is damaged: source.csv is missing");
		assertThat(http.get("/datasets/3.csv").getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void activatingADamagedVersionAnswers409() {
		ResponseEntity<String> answer = http.activate(4);

		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(answer.getBody()).contains("\"status\":409", "Dataset version 4 is damaged");
		assertThat(http.get("/api/datasets").getBody()).contains("\"version\":2,\"active\":true");
	}

	@Test
	void anUploadIsNumberedPastTheDamagedNewestVersion() {
		byte[] csv = http.get("/datasets/2.csv").getBody().getBytes(StandardCharsets.UTF_8);

		ResponseEntity<String> answer = http.upload(csv);

		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		assertThat(answer.getBody()).contains("\"version\":6");
		http.activate(2);
	}

}
