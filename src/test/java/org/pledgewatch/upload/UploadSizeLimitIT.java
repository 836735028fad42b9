package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The upload limit is the file's, over real HTTP through Tomcat's multipart parser: a file of exactly
 * {@code dashboard.upload.max-size} bytes is accepted, even with the form fields around it, and one byte more is 413.
 */
@TestPropertySource(properties = { "dashboard.upload.max-size=2KB" })
class UploadSizeLimitIT extends ServerOnTempStore {

	private static final int LIMIT = 2048;

	@Autowired
	DatasetStore store;

	RestClient http;

	@BeforeEach
	void client() {
		http = httpClient();
	}

	/** A valid file of exactly {@code size} bytes: Belgium's 2024 shares, padded with the blank lines a reader skips. */
	static byte[] fileOf(int size) {
		String csv = "country,iso3,year,share_of_gdp_pct\nBelgium,BEL,2024,1.30\n";
		byte[] content = (csv + "\n".repeat(size - csv.length())).getBytes(StandardCharsets.UTF_8);
		assertThat(content).hasSize(size);
		return content;
	}

	ResponseEntity<String> upload(byte[] content, String notes) {
		return new StoreHttp(http).upload("belgium.csv", content,
				// One Belgian row: the sparse-year check genuinely applies, so the upload confirms it.
				Map.of("source", "NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024", "notes", notes,
						"confirm", "true"),
				true);
	}

	@Test
	void aFileOfExactlyTheLimitIsAcceptedEvenWithTheFormAroundIt() {
		int before = store.versions().size();

		ResponseEntity<String> answer = upload(fileOf(LIMIT), "n".repeat(2000));

		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
		assertThat(answer.getBody()).contains("\"rows\":1");
		assertThat(store.versions()).hasSize(before + 1);
	}

	@Test
	void aFileOneByteOverTheLimitIs413AndStoresNothing() {
		int before = store.versions().size();

		ResponseEntity<String> answer = upload(fileOf(LIMIT + 1), "");

		assertThat(answer.getStatusCode().value()).isEqualTo(413);
		assertThat(answer.getBody()).contains("\"status\":413", "upload limit of 2 KB");
		assertThat(store.versions()).hasSize(before);
	}

}
