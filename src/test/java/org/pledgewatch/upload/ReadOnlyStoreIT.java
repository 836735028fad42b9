package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.dataset.FaultyFiles;
import org.pledgewatch.dataset.FaultyFiles.Fault;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A store directory nothing can be written to (wrong owner): the app starts on the shipped editions and says so. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret" })
@Import(ReadOnlyStoreIT.Disk.class)
@DirtiesContext
class ReadOnlyStoreIT {

	@TempDir
	static Path storeDir;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("dashboard.store-dir", () -> storeDir.toString());
	}

	/** Imported, not annotated: the upload package's MVC slices scan it and must not pick this disk up. */
	static class Disk {

		@Bean
		FaultyFiles faultyFiles() {
			return new FaultyFiles().fail(Fault.READ_ONLY, "");
		}

	}

	@LocalServerPort
	int port;

	StoreHttp http;

	@BeforeEach
	void client() {
		http = StoreHttp.on(port);
	}

	@Test
	void theShippedEditionsAreServedAndTheListSaysTheStoreCannotBeWritten() {
		ResponseEntity<String> list = http.get("/api/datasets");

		assertThat(list.getStatusCode().value()).isEqualTo(200);
		assertThat(list.getBody()).contains("\"version\":2,\"active\":true", "\"storeWritable\":false",
				"\"storeReason\":\"permission denied\"");
		assertThat(http.get("/").getStatusCode().value()).isEqualTo(200);
		assertThat(http.get("/api/summary?year=2025").getBody()).contains("\"alliesMeetingTarget\":30");
		assertThat(http.get("/datasets").getBody()).contains("data-testid=\"store-not-writable\"",
				"cannot be written (permission denied)");
	}

	@Test
	void uploadsAndActivationsAnswer503WithTheReason() {
		byte[] csv = http.get("/datasets/2.csv").getBody().getBytes(StandardCharsets.UTF_8);

		ResponseEntity<String> upload = http.upload(csv);
		ResponseEntity<String> activate = http.activate(1);

		assertThat(upload.getStatusCode().value()).isEqualTo(503);
		assertThat(upload.getBody()).contains("The dataset store cannot be written (permission denied); nothing was "
				+ "changed.");
		assertThat(activate.getStatusCode().value()).isEqualTo(503);
		assertThat(http.get("/api/datasets").getBody()).contains("\"version\":2,\"active\":true");
	}

}
