package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A configured password that looks like Spring's "{id}encoded" form signs in as typed, on the form and the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.admin.username=editor", "dashboard.admin.password={noop}x" })
class BracePasswordIT {

	@LocalServerPort
	int port;

	@Test
	void theFormLoginTakesThePasswordAsConfigured() throws Exception {
		SiteClient site = new SiteClient(port);
		HttpResponse<String> answer = site.signIn("editor", "{noop}x");
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
		assertThat(site.get("/upload").statusCode()).isEqualTo(200);
	}

	@Test
	void theFormLoginRefusesThePasswordWithoutItsBraces() throws Exception {
		HttpResponse<String> answer = new SiteClient(port).signIn("editor", "x");
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?error"));
	}

	@Test
	void theApiTakesThePasswordAsConfiguredAndNeverAnswers500() throws Exception {
		SiteClient site = new SiteClient(port);
		HttpResponse<String> right = site.post("/api/datasets/1/activate", "Authorization",
				SiteClient.basic("editor", "{noop}x"));
		HttpResponse<String> wrong = site.post("/api/datasets/1/activate", "Authorization",
				SiteClient.basic("editor", "x"));
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(wrong.statusCode()).isEqualTo(401);
	}

}
