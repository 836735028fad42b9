package org.pledgewatch.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.PledgewatchApplication;
import org.pledgewatch.dataset.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whole application instances on the PostgreSQL store, started and stopped by a test as a platform would. */
final class PostgresInstances implements AutoCloseable {

	static final String EDITOR = "editor";

	static final String PASSWORD = "s3cret";

	private final TestPostgres postgres;

	private final String database;

	private final List<ConfigurableApplicationContext> running = new ArrayList<>();

	PostgresInstances(TestPostgres postgres, String database) {
		this.postgres = postgres;
		this.database = database;
	}

	/** Starts one more instance on the database, on a port of its own; {@code properties} as key=value. */
	ConfigurableApplicationContext start(String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "dashboard.store=postgres",
				"spring.datasource.url=" + postgres.url(database), "spring.datasource.username=" + postgres.username(),
				"dashboard.admin.username=" + EDITOR, "dashboard.admin.password=" + PASSWORD,
				"dashboard.postgres.retry-interval=500ms", "spring.datasource.hikari.connection-timeout=1000",
				"spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		// As command-line arguments, which win over application.properties (builder properties would not).
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PledgewatchApplication.class)
			.run(all.stream().map(p -> "--" + p).toArray(String[]::new));
		synchronized (running) {
			running.add(context);
		}
		return context;
	}

	static SiteClient client(ConfigurableApplicationContext context) {
		return new SiteClient(((WebServerApplicationContext) context).getWebServer().getPort());
	}

	/** A small valid upload, different for each {@code n}. */
	static byte[] csv(int n) {
		return ("country,iso3,year,share_of_gdp_pct\nBelgium,BEL,2025,2." + (10 + n) + "\nFrance,FRA,2025,1.9\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	static HttpResponse<String> upload(SiteClient client, int n) throws IOException, InterruptedException {
		// Files of a couple of rows: confirmed, as the sparse-year check asks for a second look.
		return client.upload("/api/datasets?confirm=true", csv(n), "Authorization", SiteClient.basic(EDITOR, PASSWORD));
	}

	/** The dataset version the instance's computed figures come from (what its pages show). */
	static int servedVersion(SiteClient client) throws IOException, InterruptedException {
		return json(client.get("/api/trend")).get("dataset").get("version").asInt();
	}

	static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.shared().readTree(response.body());
	}

	@Override
	public void close() {
		synchronized (running) {
			running.forEach(ConfigurableApplicationContext::close);
			running.clear();
		}
	}

}
