package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.system.PostgresInstances.client;
import static org.pledgewatch.system.PostgresInstances.json;
import static org.pledgewatch.system.PostgresInstances.servedVersion;
import static org.pledgewatch.system.PostgresInstances.upload;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.pledgewatch.dataset.PostgresDatasetStore;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.dataset.TestPostgres;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The database goes away under a running instance, and comes back: pages and the API keep serving the version
 * loaded last and say the store is unreachable, changes are refused with 503, and the instance catches up without a
 * restart. An instance started while the database is down waits for it.
 */
class DatabaseOutageIT {

	private static TestPostgres postgres;

	private String database;

	private PostgresInstances instances;

	@BeforeAll
	static void startPostgres() {
		postgres = TestPostgres.start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void database() {
		database = postgres.newDatabase();
		instances = new PostgresInstances(postgres, database);
	}

	@AfterEach
	void stopInstances() {
		instances.close();
		postgres.ensureRunning();
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private static JsonNode datasets(SiteClient site) {
		try {
			return json(site.get("/api/datasets"));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void pagesKeepServingChangesAreRefusedAndTheInstanceCatchesUpWhenTheDatabaseIsBack() throws Exception {
		SiteClient site = client(instances.start());
		assertThat(upload(site, 1).statusCode()).isEqualTo(201);

		postgres.stop();
		await("the store says it is unreachable", () -> !datasets(site).get("storeWritable").asBoolean());

		assertThat(datasets(site).get("storeReason").asString()).isEqualTo("the database cannot be reached");
		assertThat(site.get("/").statusCode()).isEqualTo(200);
		assertThat(site.get("/countries/BEL").statusCode()).isEqualTo(200);
		assertThat(servedVersion(site)).isEqualTo(3);
		HttpResponse<String> refused = upload(site, 2);
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(json(refused).get("error").asString()).isEqualTo(
				"The dataset database cannot be reached; nothing was changed. Try again when it is back.");
		HttpResponse<String> health = site.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(json(health).get("components").get("store").get("status").asString()).isEqualTo("READ_ONLY");

		postgres.restart();
		// Another instance changes the data as soon as the database is back: this one must catch up.
		PostgresDatasetStore other = PostgresDatasetStore.open(postgres.dataSource(database),
				ShippedDataset.editions(), null, Duration.ofMillis(100));
		other.activate(1, "elsewhere");

		await("the store is writable again", () -> datasets(site).get("storeWritable").asBoolean());
		await("the instance serves the version activated elsewhere", () -> {
			try {
				return servedVersion(site) == 1;
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		HttpResponse<String> accepted = upload(site, 3);
		assertThat(accepted.statusCode()).isEqualTo(201);
		assertThat(json(accepted).get("version").asInt()).as("numbered on from before the outage").isEqualTo(4);
		assertThat(json(site.get("/actuator/health")).get("components").get("store").get("status").asString())
			.isEqualTo("UP");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void anInstanceStartedWhileTheDatabaseIsDownWaitsForIt(CapturedOutput output) throws Exception {
		postgres.stop();
		// (The database was created before; an instance finds it once the server is back.)
		CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture
			.supplyAsync(() -> instances.start());
		await("the instance says why it waits", () -> output.getOut().contains("Waiting for the dataset database")
				&& output.getOut().contains("attempt 2 failed"));
		assertThat(starting).as("still waiting for the database").isNotDone();

		postgres.restart();
		SiteClient site = client(starting.get(60, TimeUnit.SECONDS));

		assertThat(site.get("/").statusCode()).isEqualTo(200);
		assertThat(site.versions()).isEqualTo(List.of(1, 2));
		assertThat(site.activeVersion()).isEqualTo(2);
	}

}
