package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.system.PostgresInstances.client;
import static org.pledgewatch.system.PostgresInstances.json;
import static org.pledgewatch.system.PostgresInstances.servedVersion;
import static org.pledgewatch.system.PostgresInstances.upload;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.TestPostgres;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one PostgreSQL, as behind a load balancer: a change made through either is served by the other
 * within a second, and changes made through both at once are numbered and logged without gaps or doubles. The
 * periodic check is set to a minute, so what is measured is the notification.
 */
class SeveralInstancesIT {

	private static TestPostgres postgres;

	private static PostgresInstances instances;

	private static DataSource database;

	private static SiteClient a;

	private static SiteClient b;

	@BeforeAll
	static void startTwoInstances() {
		postgres = TestPostgres.start();
		String name = postgres.newDatabase();
		database = postgres.dataSource(name);
		instances = new PostgresInstances(postgres, name);
		a = client(instances.start("dashboard.postgres.check-interval=1m"));
		b = client(instances.start("dashboard.postgres.check-interval=1m"));
	}

	@AfterAll
	static void stop() throws IOException {
		instances.close();
		postgres.close();
	}

	/** Polls until the instance serves {@code version}; how long that took after the change was answered, in ms. */
	private static long millisUntilServed(SiteClient client, int version) throws Exception {
		long start = System.nanoTime();
		while (servedVersion(client) != version) {
			assertThat(System.nanoTime() - start).as("still not serving version " + version).isLessThan(5_000_000_000L);
			Thread.sleep(20);
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	@Test
	void anUploadOnAIsServedByBWithinASecondAndAnActivationOnBIsFollowedByA() throws Exception {
		HttpResponse<String> uploaded = upload(a, 1);
		assertThat(uploaded.statusCode()).isEqualTo(201);
		int version = json(uploaded).get("version").asInt();
		assertThat(servedVersion(a)).isEqualTo(version);

		long uploadFollowed = millisUntilServed(b, version);
		System.out.println("B served the upload made on A after " + uploadFollowed + " ms");
		assertThat(uploadFollowed).isLessThanOrEqualTo(1000);
		assertThat(b.versions()).contains(version);
		assertThat(b.get("/").statusCode()).isEqualTo(200);

		HttpResponse<String> activated = b.post("/api/datasets/1/activate", "Authorization",
				SiteClient.basic(PostgresInstances.EDITOR, PostgresInstances.PASSWORD));
		assertThat(activated.statusCode()).isEqualTo(200);
		long activationFollowed = millisUntilServed(a, 1);
		System.out.println("A served the activation made on B after " + activationFollowed + " ms");
		assertThat(activationFollowed).isLessThanOrEqualTo(1000);
		assertThat(a.activeVersion()).isEqualTo(1);
	}

	@Test
	void twentyParallelUploadsSplitAcrossBothGetConsecutiveNumbersAndAConsistentAuditLog() throws Exception {
		int before = a.versions().size();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Integer> numbers = new ArrayList<>();
		try {
			List<Future<HttpResponse<String>>> answers = IntStream.range(0, 20)
				.mapToObj(i -> pool.submit(() -> upload(i % 2 == 0 ? a : b, 100 + i)))
				.toList();
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(201);
				numbers.add(json(answer.get()).get("version").asInt());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(
				IntStream.rangeClosed(before + 1, before + 20).boxed().toList());

		List<JsonNode> audit = audit();
		List<Integer> uploads = audit.stream()
			.filter(e -> e.get("action").asString().equals("upload"))
			.map(e -> e.get("version").asInt())
			.toList();
		assertThat(uploads).containsExactlyElementsOf(IntStream.rangeClosed(1, before + 20).boxed().toList());
		// Each activation names as previous the version the one before it activated: none was lost or interleaved.
		List<JsonNode> activations = audit.stream().filter(e -> e.get("action").asString().equals("activate")).toList();
		for (int i = 1; i < activations.size(); i++) {
			assertThat(activations.get(i).get("previous").asInt()).isEqualTo(activations.get(i - 1).get("version").asInt());
		}
		int last = activations.get(activations.size() - 1).get("version").asInt();
		millisUntilServed(a, last);
		millisUntilServed(b, last);
		assertThat(a.versions()).isEqualTo(b.versions()).hasSize(before + 20);
	}

	@Test
	void healthReportsTheStoreForTheLoadBalancer() throws Exception {
		HttpResponse<String> health = a.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode store = json(health).get("components").get("store");
		assertThat(store.get("status").asString()).isEqualTo("UP");
		assertThat(store.get("details").get("store").asString()).isEqualTo("postgres");
	}

	private static List<JsonNode> audit() throws Exception {
		List<JsonNode> entries = new ArrayList<>();
		try (Connection c = database.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select entry::text from audit_log order by id")) {
			while (rs.next()) {
				entries.add(tools.jackson.databind.json.JsonMapper.shared().readTree(rs.getString(1)));
			}
		}
		return entries;
	}

}
