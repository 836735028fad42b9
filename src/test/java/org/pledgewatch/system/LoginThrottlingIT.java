package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords are throttled per client address and per user name, on the login form and over HTTP Basic alike:
 * at the limit, attempts get 429 with Retry-After (even with the right password) until the window has passed.
 * The window is 2 s here so that the test can wait for it; client addresses come from X-Forwarded-For, which the app
 * trusts from the loopback proxy only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret",
				"dashboard.security.max-failed-logins=3", "dashboard.security.failed-login-window=2s" })
class LoginThrottlingIT {

	static final long WINDOW_MILLIS = 2_000;

	@LocalServerPort
	int port;

	HttpResponse<String> basic(String client, String username, String password) throws Exception {
		return new SiteClient(port).get("/api/datasets", "X-Forwarded-For", client, "Authorization",
				SiteClient.basic(username, password));
	}

	HttpResponse<String> form(String client, String username, String password) throws Exception {
		return new SiteClient(port).signIn(username, password, "X-Forwarded-For", client);
	}

	static void waitForTheWindow() throws InterruptedException {
		Thread.sleep(WINDOW_MILLIS + 300);
	}

	static void assertThrottled(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2));
	}

	@Test
	void basicAuthGuessesFromOneAddressAreThrottledThenAllowedAfterTheWindow() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(basic("198.51.100.1", "mallory", "guess" + i).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> blocked = basic("198.51.100.1", "editor", "s3cret");
		assertThrottled(blocked);
		assertThat(blocked.body()).contains("\"status\":429");
		assertThat(basic("198.51.100.2", "editor", "s3cret").statusCode()).as("another client").isEqualTo(200);

		waitForTheWindow();
		assertThat(basic("198.51.100.1", "editor", "s3cret").statusCode()).isEqualTo(200);
	}

	@Test
	void guessesAtOneUserNameFromManyAddressesThrottleThatUserName() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(basic("198.51.100." + (10 + i), "editor", "guess" + i).statusCode()).isEqualTo(401);
		}

		assertThrottled(basic("198.51.100.20", "editor", "s3cret"));
		assertThrottled(basic("198.51.100.21", "EDITOR", "s3cret"));
		assertThat(basic("198.51.100.20", "someone-else", "guess").statusCode()).as("another user name")
			.isEqualTo(401);

		waitForTheWindow();
		assertThat(basic("198.51.100.20", "editor", "s3cret").statusCode()).isEqualTo(200);
	}

	@Test
	void theEditorSigningInElsewhereDoesNotResetTheCountForTheUserName() throws Exception {
		assertThat(basic("198.51.100.40", "editor", "guess1").statusCode()).isEqualTo(401);
		assertThat(basic("198.51.100.41", "editor", "guess2").statusCode()).isEqualTo(401);
		assertThat(basic("198.51.100.42", "editor", "s3cret").statusCode()).as("the editor, elsewhere").isEqualTo(200);
		assertThat(basic("198.51.100.43", "editor", "guess3").statusCode()).isEqualTo(401);

		assertThrottled(basic("198.51.100.44", "editor", "guess4"));

		waitForTheWindow();
		assertThat(basic("198.51.100.42", "editor", "s3cret").statusCode()).isEqualTo(200);
	}

	@Test
	void theLoginFormIsThrottledWithAPageThenAllowedAfterTheWindow() throws Exception {
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> wrong = form("198.51.100.30", "intruder", "guess" + i);
			assertThat(wrong.statusCode()).isEqualTo(302);
			assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).endsWith("/login?error"));
		}

		HttpResponse<String> blocked = form("198.51.100.30", "editor", "s3cret");
		assertThrottled(blocked);
		assertThat(blocked.body()).contains("Too many failed sign-ins", "class=\"site-header\"");

		waitForTheWindow();
		HttpResponse<String> signedIn = form("198.51.100.30", "editor", "s3cret");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
	}

}
