package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Behind a TLS-terminating proxy that passes X-Forwarded-Proto/-Host/-Port (README's nginx block), the app answers as
 * the public https site: https:// redirects, a Secure, HttpOnly, SameSite=Lax session cookie and HSTS. Over plain HTTP
 * there is no Secure flag (the browser would drop the cookie) and no HSTS (browsers ignore it there anyway).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret" })
class BehindAProxyIT {

	static final String[] HTTPS = { "X-Forwarded-Proto", "https", "X-Forwarded-Host", "pledgewatch.example",
			"X-Forwarded-Port", "443", "X-Forwarded-For", "203.0.113.7" };

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/** No cookie store: the test reads and sends cookies itself, as a browser on https:// would. */
	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String[] with(String[] base, String... more) {
		String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	static List<String> attributes(String setCookie) {
		return java.util.Arrays.stream(setCookie.split(";")).map(String::trim).map(String::toLowerCase).toList();
	}

	@Test
	void theLoginRedirectKeepsTheForwardedHttpsSchemeAndHost() throws Exception {
		HttpResponse<String> answer = send("GET", "/upload", "", HTTPS);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue("https://pledgewatch.example/login");
	}

	@Test
	void signingInOverForwardedHttpsGivesASecureHttpOnlyLaxSessionCookieAndAnHttpsRedirect() throws Exception {
		HttpResponse<String> form = send("GET", "/login", "", HTTPS);
		String formCookie = sessionCookie(form);
		assertThat(attributes(formCookie)).contains("secure", "httponly", "samesite=lax");
		Matcher token = CSRF.matcher(form.body());
		assertThat(token.find()).isTrue();

		String body = "username=editor&password=s3cret&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send("POST", "/login", body, with(HTTPS, "Content-Type",
				"application/x-www-form-urlencoded", "Cookie", formCookie.substring(0, formCookie.indexOf(';')),
				"Origin", "https://pledgewatch.example"));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith("https://pledgewatch.example/"));
		// A new session at sign-in (no fixation), with the same flags.
		assertThat(attributes(sessionCookie(signedIn))).contains("secure", "httponly", "samesite=lax");
	}

	@Test
	void overPlainHttpTheSessionCookieIsHttpOnlyAndLaxButNotSecure() throws Exception {
		String cookie = sessionCookie(send("GET", "/login", ""));
		assertThat(attributes(cookie)).contains("httponly", "samesite=lax").doesNotContain("secure");
	}

	@Test
	void httpsAnswersCarryHstsAndPlainHttpOnesDoNot() throws Exception {
		assertThat(send("GET", "/", "", HTTPS).headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
		assertThat(send("GET", "/api/summary", "", HTTPS).headers().firstValue("Strict-Transport-Security"))
			.isPresent();
		assertThat(send("GET", "/", "").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void tomcatClosesSlowAndIdleConnectionsAndBoundsTheirNumber() {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("connectionTimeout")).isEqualTo(20_000);
		assertThat(connector.getProperty("keepAliveTimeout")).isEqualTo(15_000);
		assertThat(connector.getProperty("maxKeepAliveRequests")).isEqualTo(100);
		assertThat(connector.getProperty("maxConnections")).isEqualTo(2_000);
		assertThat(connector.getProperty("acceptCount")).isEqualTo(100);
	}

}
