package org.pledgewatch;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The whole application on a random port with its file store in a fresh temporary directory per test class and the
 * editor account {@value #EDITOR} / {@value #PASSWORD}. A subclass adds properties with its own
 * {@code @TestPropertySource}, and may seed {@link #storeDir} in a {@code @DynamicPropertySource} of its own, which
 * runs before the server starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "dashboard.admin.username=" + ServerOnTempStore.EDITOR,
		"dashboard.admin.password=" + ServerOnTempStore.PASSWORD })
@DirtiesContext
public abstract class ServerOnTempStore {

	public static final String EDITOR = "editor";

	public static final String PASSWORD = "s3cret";

	@TempDir
	protected static Path storeDir;

	@DynamicPropertySource
	static void storeDir(DynamicPropertyRegistry registry) {
		registry.add("dashboard.store-dir", () -> storeDir.toString());
	}

	@LocalServerPort
	protected int port;

	/** A client on the server that keeps every answer, errors included, for the test to assert on. */
	public static RestClient httpClient(int port) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	protected RestClient httpClient() {
		return httpClient(port);
	}

}
