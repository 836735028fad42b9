package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crowd of anonymous readers cannot stop a server with a 256 MB heap: 64 at once ask for chart images,
 * spreadsheets and PDFs, each with a target of its own so no cache helps. Each gets its file or a 503 with
 * {@code Retry-After} (never a broken connection), the server stays up, and the home page still answers within 2 s
 * (the median of five looks) while they wait. Before drawings were bounded, 16 such PNGs ended the process with "Java heap space".
 */
class RenderUnderLoadIT {

	private static final int READERS = 64;

	@TempDir
	static Path work;

	static SmallHeapServer server;

	static final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	/** The reader who checks the home page, on connections of its own (not queued behind the crowd's downloads). */
	static final HttpClient homePageReader = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	@BeforeAll
	static void startServer() throws Exception {
		server = SmallHeapServer.start(work);
	}

	@AfterAll
	static void stopServer() throws InterruptedException {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void sixtyFourReadersOfRandomTargetsLeaveTheServerUpAndTheHomePageAnswering() throws Exception {
		assertThat(get("/").statusCode()).isEqualTo(200); // the home page is kept from now on
		assertThat(homePageReader.send(request("/"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		Random random = new Random(22);
		ExecutorService readers = Executors.newFixedThreadPool(READERS);
		try {
			// Warm up: the server's threads and the crowd's connections exist before the crowd asks for drawings.
			List<Future<int[]>> warmUp = new ArrayList<>();
			for (int i = 0; i < READERS; i++) {
				warmUp.add(readers.submit(() -> read("/")));
			}
			for (Future<int[]> answer : warmUp) {
				assertThat(answer.get()[0]).isEqualTo(200);
			}
			for (int round = 0; round < 2; round++) {
				List<Future<int[]>> answers = new ArrayList<>();
				for (int i = 0; i < READERS; i++) {
					String target = String.format(Locale.ROOT, "%.2f", 1 + random.nextInt(900) / 100.0);
					String path = switch (i % 3) {
						case 0 -> "/charts/shares.png?target=" + target;
						case 1 -> "/reports/compliance.xlsx?target=" + target;
						default -> "/reports/compliance.pdf?target=" + target;
					};
					answers.add(readers.submit(() -> read(path)));
				}
				List<Long> homePage = new ArrayList<>();
				for (int i = 0; i < 5; i++) {
					long started = System.nanoTime();
					HttpResponse<String> home = homePageReader.send(request("/"), HttpResponse.BodyHandlers.ofString());
					homePage.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
					assertThat(home.statusCode()).isEqualTo(200);
					Thread.sleep(200);
				}
				int drawn = 0;
				for (Future<int[]> answer : answers) {
					int[] statusAndRetry = answer.get();
					assertThat(statusAndRetry[0]).as("each reader gets its file or a 503").isIn(200, 503);
					if (statusAndRetry[0] == 503) {
						assertThat(statusAndRetry[1]).as("a 503 says when to come back").isPositive();
					}
					else {
						drawn++;
					}
				}
				assertThat(drawn).as("some readers got their file").isPositive();
				// Within 2 s as a rule; a single answer may take longer on a shared, overloaded test machine (2 cores at a
				// load of 25 saw one of five at 2.4 s), never beyond 5 s.
				assertThat(homePage.stream().sorted().toList().get(homePage.size() / 2))
					.as("the home page's median answer time (ms) under load, of %s", homePage)
					.isLessThan(2_000);
				assertThat(homePage).as("the home page's answer times (ms) under load").allMatch(ms -> ms < 5_000);
				assertThat(server.alive()).as("server alive; its log:%n%s", server.logText()).isTrue();
			}
		}
		finally {
			readers.shutdownNow();
		}
		assertThat(server.logText()).doesNotContain("OutOfMemoryError");
		assertThat(get("/").statusCode()).isEqualTo(200);
	}

	/** Reads the whole answer; returns its status and its Retry-After (0 when none). */
	private static int[] read(String path) throws Exception {
		HttpResponse<InputStream> answer = client.send(request(path), HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = answer.body()) {
			body.transferTo(java.io.OutputStream.nullOutputStream());
		}
		int retry = answer.headers().firstValue("Retry-After").map(Integer::parseInt).orElse(0);
		return new int[] { answer.statusCode(), retry };
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return client.send(request(path), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
			.timeout(Duration.ofMinutes(2))
			.build();
	}

}
