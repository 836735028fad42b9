package org.pledgewatch.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client against a running server, as a browser or a script would talk to it: it keeps cookies, never
 * follows redirects, and sends whatever headers the test gives (Origin, X-Forwarded-*, Authorization).
 */
final class SiteClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	SiteClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	String origin() {
		return base;
	}

	HttpResponse<String> send(String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return send("GET", path, map(headers), HttpRequest.BodyPublishers.noBody());
	}

	HttpResponse<String> post(String path, String... headers) throws IOException, InterruptedException {
		return send("POST", path, map(headers), HttpRequest.BodyPublishers.noBody());
	}

	/** A form POST with the CSRF token of the page at {@code tokenFrom} (fetched first, in this client's session). */
	HttpResponse<String> postForm(String path, String tokenFrom, Map<String, String> fields, String... headers)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrfToken(tokenFrom));
		Map<String, String> all = map(headers);
		all.put("Content-Type", "application/x-www-form-urlencoded");
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send("POST", path, all, HttpRequest.BodyPublishers.ofString(body));
	}

	/** Signs in through the login form; the answer is the form's redirect. */
	HttpResponse<String> signIn(String username, String password, String... headers)
			throws IOException, InterruptedException {
		return postForm("/login", "/login", Map.of("username", username, "password", password), headers);
	}

	String csrfToken(String page) throws IOException, InterruptedException {
		HttpResponse<String> response = get(page);
		Matcher token = CSRF.matcher(response.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on " + page + " (" + response.statusCode() + ")");
		}
		return token.group(1);
	}

	/** Uploads a CSV to the API as a script would (multipart, part {@code file}). */
	HttpResponse<String> upload(byte[] csv, String... headers) throws IOException, InterruptedException {
		return upload("/api/datasets", csv, headers);
	}

	/** An upload to {@code path}, e.g. with {@code ?confirm=true}. */
	HttpResponse<String> upload(String path, byte[] csv, String... headers) throws IOException, InterruptedException {
		String boundary = "----pledgewatch-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + csv.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(csv, 0, body, head.length, csv.length);
		System.arraycopy(tail, 0, body, head.length + csv.length, tail.length);
		Map<String, String> all = map(headers);
		all.put("Content-Type", "multipart/form-data; boundary=" + boundary);
		return send("POST", path, all, HttpRequest.BodyPublishers.ofByteArray(body));
	}

	/** The version numbers listed by {@code GET /api/datasets}, oldest first. */
	List<Integer> versions() throws IOException, InterruptedException {
		List<Integer> versions = new ArrayList<>();
		for (JsonNode version : datasets().get("versions")) {
			versions.add(version.get("version").asInt());
		}
		return versions;
	}

	/** The active version according to {@code GET /api/datasets}. */
	int activeVersion() throws IOException, InterruptedException {
		for (JsonNode version : datasets().get("versions")) {
			if (version.path("active").asBoolean()) {
				return version.get("version").asInt();
			}
		}
		throw new IllegalStateException("No active version listed");
	}

	private JsonNode datasets() throws IOException, InterruptedException {
		return JsonMapper.shared().readTree(get("/api/datasets").body());
	}

	static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static Map<String, String> map(String... headers) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < headers.length; i += 2) {
			map.put(headers[i], headers[i + 1]);
		}
		return map;
	}

}
