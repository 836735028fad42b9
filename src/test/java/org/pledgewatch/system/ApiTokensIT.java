package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A script holding an API token changes the data without the editor's password, and is named in what it stored; a
 * token the server does not know, a token on the site's own pages and a token sent by another site's page change
 * nothing. The configured hash was made as README says: {@code printf %s "$TOKEN" | sha256sum}.
 */
@TestPropertySource(properties = { "dashboard.api.tokens[0].name=nightly-import",
		"dashboard.api.tokens[0].sha256=b8d8f524e944e5f3f95d8a047be59184f3e409a7a1d906dbe4d540755e43d8ee" })
class ApiTokensIT extends ServerOnTempStore {

	static final String TOKEN = "pw-test-token-0123456789abcdef0123456789abcdef";

	@Test
	void aScriptWithATokenUploadsAndIsNamedAsTheUploader() {
		ResponseEntity<String> stored = upload("Bearer " + TOKEN, null);
		assertThat(stored.getStatusCode().value()).isEqualTo(201);
		assertThat(stored.getBody()).contains("\"uploadedBy\":\"token:nightly-import\"");
	}

	@Test
	void aTokenActivatesAVersion() {
		ResponseEntity<String> activated = post("/api/datasets/1/activate", "Bearer " + TOKEN, null);
		assertThat(activated.getStatusCode().value()).isEqualTo(200);
		assertThat(httpClient().get().uri("/api/datasets").retrieve().body(String.class))
			.contains("\"version\":1,\"active\":true");
		assertThat(post("/api/datasets/2/activate", "bearer " + TOKEN, null).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void anUnknownTokenIsRefusedWithoutAChallengeAndChangesNothing() {
		String before = httpClient().get().uri("/api/datasets").retrieve().body(String.class);
		ResponseEntity<String> refused = post("/api/datasets/1/activate", "Bearer " + TOKEN + "x", null);
		assertThat(refused.getStatusCode().value()).isEqualTo(401);
		assertThat(refused.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
		assertThat(refused.getBody()).contains("\"status\":401").contains("not accepted");
		assertThat(upload("Bearer ", null).getStatusCode().value()).isEqualTo(401);
		assertThat(httpClient().get().uri("/api/datasets").retrieve().body(String.class)).isEqualTo(before);
	}

	@Test
	void aTokenSentByAnotherSitesPageIsRefused() {
		ResponseEntity<String> refused = post("/api/datasets/1/activate", "Bearer " + TOKEN, "https://evil.example");
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void aTokenDoesNotSignInOnTheSitesPages() {
		ResponseEntity<String> page = httpClient().get()
			.uri("/upload")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
			.retrieve()
			.toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(302);
		assertThat(page.getHeaders().getLocation().getPath()).isEqualTo("/login");
	}

	private ResponseEntity<String> post(String path, String authorization, String origin) {
		return httpClient().post().uri(path).headers(h -> {
			h.set(HttpHeaders.AUTHORIZATION, authorization);
			if (origin != null) {
				h.setOrigin(origin);
			}
		}).retrieve().toEntity(String.class);
	}

	private ResponseEntity<String> upload(String authorization, String origin) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource("country,iso3,year,share_of_gdp_pct\nBelgium,BEL,2025,2.05\n"
			.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "nightly.csv";
			}
		});
		form.add("source", "Nightly import, test");
		form.add("publish", "false");
		form.add("confirm", "true");
		return httpClient().post()
			.uri("/api/datasets")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.toEntity(String.class);
	}

}
