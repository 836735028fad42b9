package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ResponseEntity;

/**
 * The server as an operator on a small VM runs it: its own JVM with {@code -Xmx256m}, ten uploaded versions of 60,000
 * rows each. Every upload is accepted, and afterwards the pages anonymous readers can reach answer, each in under two
 * seconds (the paths to 2035 of 600 allies included), without the heap running out.
 */
class SmallHeapIT {

	private static final int VERSIONS = 10;

	/** 600 allies over 100 years. */
	private static final int ALLIES = 600;

	private static final int YEARS = 100;

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

	@Test
	void tenLargeVersionsFitInASmallHeapAndPagesStayQuick() {
		for (int v = 0; v < VERSIONS; v++) {
			ResponseEntity<String> answer = http.upload("large-" + v + ".csv", largeCsv(v),
					Map.of("source", "Test figures " + v, "confirm", "true"), true);
			assertThat(answer.getStatusCode().value()).as("upload %d: %s", v, answer.getBody()).isEqualTo(201);
		}
		for (String path : List.of("/datasets", "/api/datasets", "/", "/api/compliance")) {
			assertThat(http.get(path).getStatusCode().value()).as(path).isEqualTo(200);
		}
		// At 3.5% the dashboard shows every ally's path to 2035: once per version and target, linear in allies.
		for (String path : List.of("/datasets", "/api/datasets", "/", "/?target=3.5", "/api/paths?target=3.5")) {
			long start = System.nanoTime();
			ResponseEntity<String> answer = http.get(path);
			long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
			assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
			assertThat(millis).as("%s answered in %d ms", path, millis).isLessThan(2000);
		}
		assertThat(http.get("/api/datasets").getBody()).contains("\"version\":12");
		assertThat(server.alive()).isTrue();
		assertThat(server.logText()).doesNotContain("OutOfMemoryError");
	}

	/** 60,000 rows; version {@code v} revises the spending of the first {@code v} allies in every year. */
	private static byte[] largeCsv(int v) {
		StringBuilder csv = new StringBuilder(3_000_000)
			.append("country,iso3,year,defence_expenditure_musd,gdp_musd\n");
		for (int ally = 0; ally < ALLIES; ally++) {
			String iso3 = "" + (char) ('A' + ally / 676 % 26) + (char) ('A' + ally / 26 % 26) + (char) ('A' + ally % 26);
			for (int year = 1950; year < 1950 + YEARS; year++) {
				int spending = 100 + (ally * 7 + year) % 300 + (ally < v ? 10 : 0);
				csv.append("Ally ")
					.append(iso3)
					.append(',')
					.append(iso3)
					.append(',')
					.append(year)
					.append(',')
					.append(spending)
					.append(",10000\n");
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
