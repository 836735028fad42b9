package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.dataset.FaultyFiles;
import org.pledgewatch.dataset.FaultyFiles.Fault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;

/** A store directory nothing can be written to (wrong owner): the app starts on the shipped editions and says so. */
@Import(ReadOnlyStoreIT.Disk.class)
class ReadOnlyStoreIT extends ServerOnTempStore {

	/** Imported, not annotated: the upload package's MVC slices scan it and must not pick this disk up. */
	static class Disk {

		@Bean
		FaultyFiles faultyFiles() {
			return new FaultyFiles().fail(Fault.READ_ONLY, "");
		}

	}

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
