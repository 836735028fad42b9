package org.pledgewatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /v3/api-docs}: one whole description per version, however many readers ask for it at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ComplianceService compliance;

	@Autowired
	private DatasetStore store;

	@AfterEach
	void showTheActiveVersionAgain() {
		compliance.onDatasetActivated(new DatasetActivated(store.active()));
	}

	@Test
	void sixtyReadersAtOnceOnANewVersionAllGetTheSameWholeDescription() throws Exception {
		// A version nobody has asked the description of yet: every reader arrives before any description exists.
		compliance.onDatasetActivated(new DatasetActivated(store.dataset(1)));

		List<String> bodies = askedAtOnce(60, "/v3/api-docs");

		assertThat(bodies).hasSize(60).containsOnly(bodies.get(0));
		String description = bodies.get(0);
		assertThat((Map<String, Object>) JsonPath.read(description, "$.paths")).containsKeys("/api/compliance",
				"/api/countries/{iso3}", "/api/summary");
		assertThat((String) JsonPath.read(description, "$.info.description")).contains("(dataset version 1)");
	}

	@Test
	void theKeptDescriptionFollowsActivation() throws Exception {
		String before = askedAtOnce(1, "/v3/api-docs").get(0);
		assertThat((String) JsonPath.read(before, "$.info.description")).contains("(dataset version 2)");

		compliance.onDatasetActivated(new DatasetActivated(store.dataset(1)));

		String after = askedAtOnce(1, "/v3/api-docs").get(0);
		assertThat((String) JsonPath.read(after, "$.info.description")).contains("(dataset version 1)")
			.doesNotContain("(dataset version 2)");
		assertThat((Map<String, Object>) JsonPath.read(after, "$.paths")).containsKey("/api/compliance");
	}

	@Test
	void theYamlFormIsKeptApartFromTheJson() throws Exception {
		String json = askedAtOnce(1, "/v3/api-docs").get(0);
		String yaml = askedAtOnce(1, "/v3/api-docs.yaml").get(0);

		assertThat(json).startsWith("{");
		assertThat(yaml).contains("openapi:", "/api/compliance:");
	}

	/** The bodies of {@code readers} GETs of {@code path} released together; each must be a 200. */
	private List<String> askedAtOnce(int readers, String path) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<String>> answers = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(readers);
		try {
			for (int i = 0; i < readers; i++) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
						HttpResponse<String> response = http.send(
								HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
								HttpResponse.BodyHandlers.ofString());
						assertThat(response.statusCode()).as(path).isEqualTo(200);
						return response.body();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}, threads));
			}
			start.countDown();
			List<String> bodies = new ArrayList<>();
			for (CompletableFuture<String> answer : answers) {
				bodies.add(answer.get());
			}
			return bodies;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
