package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ResponseEntity;

/**
 * The red team's flooding uploads against a server with {@code -Xmx256m} that exits on out-of-memory: a header of a
 * million columns (it was answered with 202 MB of JSON) and a 10 MB file of 582,540 rows (it stopped the server). Both
 * are refused with a short answer, and the server goes on serving.
 */
class FloodingUploadsSmallHeapIT {

	@TempDir
	static Path work;

	static SmallHeapServer server;

	static StoreHttp http;

	@BeforeAll
	static void startServerWithSmallHeap() throws Exception {
		server = SmallHeapServer.start(work);
		http = server.http();
	}

	@AfterAll
	static void stopServer() throws InterruptedException {
		if (server != null) {
			server.close();
		}
	}

	private static ResponseEntity<String> upload(byte[] content) {
		return http.upload("flood.csv", content, Map.of("source", "Test figures", "publish", "false"), true);
	}

	@Test
	void aMillionColumnsAreOneShortError() {
		StringBuilder csv = new StringBuilder(8_000_000).append("country,iso3,year,share_of_gdp_pct");
		for (int i = 0; i < 1_000_000; i++) {
			csv.append(",c").append(i);
		}
		csv.append("\nBelgium,BEL,2024,1.30\n");

		ResponseEntity<String> answer = upload(csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody()).contains("too-many-columns").hasSizeLessThan(2_000);
		assertThat(server.alive()).isTrue();
	}

	@Test
	void tenMegabytesOfShortRowsAreRefusedAndTheServerLives() {
		StringBuilder csv = new StringBuilder(10_200_000).append("country,iso3,year,share_of_gdp_pct\n");
		int rows = 0;
		while (csv.length() < 10_000_000) {
			int code = rows % (26 * 26 * 26);
			String iso3 = "" + (char) ('A' + code / 676) + (char) ('A' + code / 26 % 26) + (char) ('A' + code % 26);
			csv.append(iso3).append(',').append(iso3).append(',').append(1949 + rows / (26 * 26 * 26)).append(",1\n");
			rows++;
		}
		assertThat(rows).isGreaterThan(500_000);

		ResponseEntity<String> answer = upload(csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
		assertThat(answer.getBody()).contains("too-many-rows");
		assertThat(server.alive()).isTrue();
		assertThat(http.get("/").getStatusCode().value()).isEqualTo(200);
		assertThat(server.logText()).doesNotContain("OutOfMemoryError");
	}

}
