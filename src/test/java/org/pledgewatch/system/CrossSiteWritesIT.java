package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;

/**
 * Writes that a browser says come from another site are refused with 403 before any credentials are looked at; the
 * same writes from this site, or from a script (no Origin), go through. The API's 401 never asks a browser to prompt.
 */
class CrossSiteWritesIT extends ServerOnTempStore {

	static final String EVIL = "https://evil.example";

	SiteClient site;

	String editor = SiteClient.basic("editor", "s3cret");

	@BeforeEach
	void twoVersionsWithTheSecondActive() throws Exception {
		site = new SiteClient(port);
		if (site.versions().size() < 2) {
			byte[] csv = site.get("/datasets/current.csv").body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(site.upload(csv, "Authorization", editor).statusCode()).isEqualTo(201);
		}
		List<Integer> versions = site.versions();
		int newest = versions.get(versions.size() - 1);
		if (active() != newest) {
			assertThat(site.post("/api/datasets/" + newest + "/activate", "Authorization", editor).statusCode())
				.isEqualTo(200);
		}
		assertThat(active()).isNotEqualTo(1);
	}

	int active() throws Exception {
		return site.activeVersion();
	}

	@Nested
	class Api {

		@Test
		void aCrossOriginActivationWithTheEditorsCredentialsIs403AndChangesNothing() throws Exception {
			int before = active();
			HttpResponse<String> answer = site.post("/api/datasets/1/activate", "Authorization", editor, "Origin", EVIL);
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/json"));
			assertThat(answer.body()).contains("\"status\":403", "another site");
			assertThat(active()).isEqualTo(before);
		}

		@Test
		void aCrossOriginActivationWithoutCredentialsIs403NotA401() throws Exception {
			HttpResponse<String> answer = site.post("/api/datasets/1/activate", "Origin", EVIL);
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
		}

		@Test
		void secFetchSiteCrossSiteIsRefusedEvenWithoutAnOrigin() throws Exception {
			int before = active();
			HttpResponse<String> answer = site.post("/api/datasets/1/activate", "Authorization", editor,
					"Sec-Fetch-Site", "cross-site");
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(active()).isEqualTo(before);
		}

		@Test
		void anOpaqueNullOriginIsAnotherSite() throws Exception {
			HttpResponse<String> answer = site.post("/api/datasets/1/activate", "Authorization", editor, "Origin",
					"null");
			assertThat(answer.statusCode()).isEqualTo(403);
		}

		@Test
		void theSameHostOnAnotherPortIsAnotherOrigin() throws Exception {
			HttpResponse<String> answer = site.post("/api/datasets/1/activate", "Authorization", editor, "Origin",
					"http://localhost:" + (port + 1));
			assertThat(answer.statusCode()).isEqualTo(403);
		}

		@Test
		void aSameOriginActivationGoesThrough() throws Exception {
			HttpResponse<String> answer = site.post("/api/datasets/1/activate", "Authorization", editor, "Origin",
					site.origin(), "Sec-Fetch-Site", "same-origin");
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(active()).isEqualTo(1);
		}

		@Test
		void aScriptWithoutOriginStillActivates() throws Exception {
			HttpResponse<String> answer = site.post("/api/datasets/1/activate", "Authorization", editor);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(active()).isEqualTo(1);
		}

		@Test
		void readingFromAnotherSiteIsStillAllowed() throws Exception {
			HttpResponse<String> answer = site.get("/api/datasets", "Origin", EVIL, "Sec-Fetch-Site", "cross-site");
			assertThat(answer.statusCode()).isEqualTo(200);
		}

		@Test
		void a401CarriesNoChallengeSoBrowsersNeverPromptOrCacheCredentials() throws Exception {
			HttpResponse<String> anonymous = site.post("/api/datasets/1/activate");
			HttpResponse<String> wrongPassword = site.post("/api/datasets/1/activate", "Authorization",
					SiteClient.basic("editor", "guess"));
			for (HttpResponse<String> answer : java.util.List.of(anonymous, wrongPassword)) {
				assertThat(answer.statusCode()).isEqualTo(401);
				assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
				assertThat(answer.body()).contains("\"status\":401");
			}
		}

	}

	@Nested
	class Site {

		@Test
		void aCrossOriginFormPostBySignedInEditorIs403AndChangesNothing() throws Exception {
			int before = active();
			assertThat(site.signIn("editor", "s3cret").statusCode()).isEqualTo(302);
			// The session cookie and even a valid CSRF token: only the Origin gives the other site away.
			HttpResponse<String> answer = site.postForm("/datasets/1/activate", "/datasets/1/activate", Map.of(), "Origin", EVIL);
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(answer.body()).contains("You are not allowed to do that.");
			assertThat(active()).isEqualTo(before);
		}

		@Test
		void aCrossSiteFormPostWithoutASessionIs403() throws Exception {
			int before = active();
			HttpResponse<String> answer = site.post("/datasets/1/activate", "Sec-Fetch-Site", "cross-site");
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(active()).isEqualTo(before);
		}

		@Test
		void aCrossOriginLoginIsRefused() throws Exception {
			HttpResponse<String> answer = site.signIn("editor", "s3cret", "Origin", EVIL);
			assertThat(answer.statusCode()).isEqualTo(403);
		}

		@Test
		void aSameOriginFormPostBySignedInEditorGoesThrough() throws Exception {
			assertThat(site.signIn("editor", "s3cret", "Origin", site.origin()).statusCode()).isEqualTo(302);
			HttpResponse<String> answer = site.postForm("/datasets/1/activate", "/datasets/1/activate", Map.of(), "Origin",
					site.origin(), "Sec-Fetch-Site", "same-origin");
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).endsWith("/datasets"));
			assertThat(active()).isEqualTo(1);
		}

	}

	@Nested
	class BehindAProxy {

		static final String[] FORWARDED = { "X-Forwarded-Proto", "https", "X-Forwarded-Host", "pledgewatch.example",
				"X-Forwarded-Port", "443" };

		String[] forwardedWith(String... more) {
			String[] all = java.util.Arrays.copyOf(FORWARDED, FORWARDED.length + more.length);
			System.arraycopy(more, 0, all, FORWARDED.length, more.length);
			return all;
		}

		@Test
		void theOriginIsComparedWithTheForwardedSchemeAndHost() throws Exception {
			HttpResponse<String> answer = site.post("/api/datasets/1/activate",
					forwardedWith("Authorization", editor, "Origin", "https://pledgewatch.example"));
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(active()).isEqualTo(1);
		}

		@Test
		void theProxysOwnAddressIsNotThePublicOrigin() throws Exception {
			int before = active();
			HttpResponse<String> answer = site.post("/api/datasets/1/activate",
					forwardedWith("Authorization", editor, "Origin", site.origin()));
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(active()).isEqualTo(before);
		}

		@Test
		void plainHttpIsAnotherOriginThanTheHttpsSite() throws Exception {
			HttpResponse<String> answer = site.post("/api/datasets/1/activate",
					forwardedWith("Authorization", editor, "Origin", "http://pledgewatch.example"));
			assertThat(answer.statusCode()).isEqualTo(403);
		}

	}

}
