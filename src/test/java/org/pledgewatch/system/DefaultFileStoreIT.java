package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Without configuration the store is the directory, as before the PostgreSQL store existed: no database is needed
 * or even looked for, and the public health endpoint reports the file store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DefaultFileStoreIT {

	@TempDir
	static Path storeDir;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("dashboard.store-dir", () -> storeDir.toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theFileStoreNeedsNoDatabase() {
		assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
		assertThat(storeDir.resolve("versions/0002/source.csv")).exists();
	}

	@Test
	void healthIsPublicAndReportsTheStore() throws Exception {
		HttpResponse<String> health = new SiteClient(port).get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(health.body());
		assertThat(body.get("status").asString()).isEqualTo("UP");
		JsonNode store = body.get("components").get("store");
		assertThat(store.get("status").asString()).isEqualTo("UP");
		assertThat(store.get("details").get("store").asString()).isEqualTo("file");
		assertThat(store.get("details").get("activeVersion").asInt()).isEqualTo(2);
		assertThat(body.get("components").has("diskSpace")).as("no server paths").isFalse();
	}

	@Test
	void noOtherActuatorEndpointIsServed() throws Exception {
		SiteClient site = new SiteClient(port);
		assertThat(site.get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(site.get("/actuator/beans").statusCode()).isEqualTo(404);
	}

}
