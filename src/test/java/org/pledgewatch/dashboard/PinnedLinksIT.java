package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pledgewatch.ServerOnTempStore;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 20 §2, §3: over real HTTP, a fresh store with version 1 (NATO's June 2024 edition) and version 2 (the August
 * 2025 edition, active). Pages shown with {@code ?version=1} link, submit and load only version 1, and what they hand
 * out cites version 1 with version 1's figures: Belgium 2024 at 1.30% as the June 2024 edition prints it, where the
 * 2025 edition revised it to 1.286805534 (1.29%). Cite and Embed are pinned even on the active version, and no page a
 * reader reaches without signing in points to a draft.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PinnedLinksIT extends ServerOnTempStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every page and embed a reader reaches, each asked for version 1. */
	private static final List<String> PAGES = List.of("/", "/?year=2023", "/countries/BEL", "/map", "/compare",
			"/compare?iso3=BEL&iso3=POL", "/?target=3.5", "/embed/shares", "/embed/history", "/embed/spending",
			"/embed/meeting", "/embed/map", "/?lang=fr");

	/** Same-site addresses that do not lead to figures: assets, the editor's pages, the API's documentation. */
	private static final Pattern NOT_FIGURES = Pattern
		.compile("^/(css|js|webjars)/.*|^/favicon\\.svg$|^/swagger-ui\\.html$|^/datasets$|^/upload$|^/login$|^#.*");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("\\s(href|action|data-endpoint|data-events|src)=\"([^\"]*)\"");

	private static final Pattern ANCHOR_OR_TAG = Pattern.compile("<(a|form|canvas|script|link|iframe)\\b[^>]*>");

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

	private RestClient http;

	@BeforeEach
	void version2IsActive() {
		http = httpClient();
		assertThat(activate(2).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	@Order(1)
	void pagesShownForVersion1LinkSubmitAndLoadOnlyVersion1() {
		Set<String> leads = new LinkedHashSet<>();
		for (String page : PAGES) {
			String asked = page + (page.contains("?") ? "&" : "?") + "version=1";
			ResponseEntity<String> answer = get(asked);
			assertThat(answer.getStatusCode().value()).as(asked).isEqualTo(200);
			String html = answer.getBody();
			if (!asked.contains("lang=")) {
				assertThat(html).as(asked).contains("ataset version 1").doesNotContain("ataset version 2");
			}
			List<String> unpinned = new ArrayList<>();
			Matcher tags = ANCHOR_OR_TAG.matcher(html);
			while (tags.find()) {
				String tag = tags.group();
				Matcher attributes = ATTRIBUTE.matcher(tag);
				while (attributes.find()) {
					String address = sameSite(unescape(attributes.group(2)));
					if (address == null || NOT_FIGURES.matcher(address).matches()) {
						continue;
					}
					if (tag.contains("data-testid=\"version-banner-back\"")) {
						// The banner's way back names the published version, by number.
						assertThat(address).as(asked).isEqualTo("/?version=2");
						continue;
					}
					boolean formAction = tag.startsWith("<form") && attributes.group(1).equals("action");
					if (!formAction && !versionOf(address).equals(List.of("1"))) {
						unpinned.add(tag);
					}
					leads.add(address);
				}
			}
			assertThat(unpinned).as("links, forms and endpoints of %s without version=1", asked).isEmpty();
			// A form submits its fields: the version is one of them (or in its address).
			Matcher forms = FORM.matcher(html);
			while (forms.find()) {
				String form = forms.group();
				if (forms.group(1).contains("method=\"get\"") && !forms.group(1).contains("version=1")) {
					assertThat(form).as("a form of %s", asked)
						.containsPattern("type=\"hidden\" name=\"version\" value=\"1\"");
				}
			}
			for (String code : embedCodes(html, "embed-code")) {
				assertThat(versionOf(src(code))).as("embed code on %s", asked).containsExactly("1");
			}
		}
		assertThat(leads).anyMatch(a -> a.startsWith("/charts/shares.csv"))
			.anyMatch(a -> a.startsWith("/charts/history.png"))
			.anyMatch(a -> a.startsWith("/charts/map.svg"))
			.anyMatch(a -> a.startsWith("/reports/compliance.csv"))
			.anyMatch(a -> a.startsWith("/api/compliance"));
		// Every file and answer a page of version 1 leads to is version 1's, tagged and cited as such.
		for (String lead : leads) {
			if (lead.startsWith("/charts/") || lead.startsWith("/reports/") || lead.startsWith("/api/")
					|| lead.startsWith("/datasets/current.csv")) {
				ResponseEntity<byte[]> file = http.get().uri(lead).retrieve().toEntity(byte[].class);
				assertThat(file.getStatusCode().value()).as(lead).isEqualTo(200);
				if (!lead.startsWith("/datasets/") && !lead.startsWith("/api/events")) {
					assertThat(file.getHeaders().getETag()).as(lead).startsWith("W/\"v1-");
				}
				String text = new String(file.getBody(), StandardCharsets.UTF_8);
				boolean english = !lead.contains("lang=") || lead.contains("lang=en");
				if (english && lead.startsWith("/charts/") && (lead.contains(".csv") || lead.contains(".svg"))) {
					assertThat(text).as(lead).contains("dataset version 1").doesNotContain("dataset version 2");
				}
				if (lead.startsWith("/api/") && !lead.startsWith("/api/events")) {
					JsonNode dataset = JSON.readTree(text).get("dataset");
					if (dataset != null) {
						assertThat(dataset.get("version").asInt()).as(lead).isEqualTo(1);
					}
				}
			}
		}
		// Version 1's figures: Belgium 2024 at 1.30%, not the 2025 edition's revised 1.29%.
		String sharesCsv = leads.stream().filter(a -> a.startsWith("/charts/shares.csv")).findFirst().orElseThrow();
		String belgium = line(get(sharesCsv).getBody(), "Belgium");
		assertThat(belgium).contains("1.3").doesNotContain("1.29").doesNotContain("1.28");
		String historyCsv = leads.stream().filter(a -> a.startsWith("/charts/history.csv")).findFirst().orElseThrow();
		assertThat(line(get(historyCsv).getBody(), "2024")).contains("1.3").doesNotContain("1.28");
		String reportCsv = leads.stream().filter(a -> a.startsWith("/reports/compliance.csv")).findFirst().orElseThrow();
		assertThat(line(get(reportCsv).getBody(), "Belgium")).contains("8519").contains("1.3");
	}

	@Test
	@Order(2)
	void theAllyPickerKeepsTheVersion() {
		ResponseEntity<String> answer = get("/countries/go?iso3=NLD&target=2&version=1");
		assertThat(answer.getStatusCode().value()).isEqualTo(302);
		assertThat(answer.getHeaders().getLocation()).isNotNull();
		assertThat(answer.getHeaders().getLocation().toString()).endsWith("/countries/NLD?target=2&version=1");
	}

	@Test
	@Order(3)
	void citeAndEmbedOnTheActiveVersionArePinnedAndAPinnedEmbedKeepsItsFiguresWhenANewVersionIsPublished() {
		String dashboard = get("/").getBody();
		assertThat(unescape(element(dashboard, "data-testid=\"citation-text\"", "</p>")))
			.contains("dataset version 2, data as of 3 June 2025")
			.contains("/?year=2025&target=2&version=2");
		String pinned = src(embedCodes(dashboard, "embed-code").get(0));
		String latest = src(embedCodes(dashboard, "embed-code-latest").get(0));
		assertThat(pinned).endsWith("/embed/shares?year=2025&target=2&version=2");
		assertThat(latest).endsWith("/embed/shares?year=2025&target=2");
		assertThat(belgiumIn(pinned)).isEqualTo("2.000904949");

		// Version 3: Belgium 2025 at 2.5% instead of NATO's 2.000904949, published.
		String edition = edition2025().replace("Belgium,BEL,2025,,,2.000904949,", "Belgium,BEL,2025,,,2.5,");
		ResponseEntity<String> upload = upload(edition, true);
		assertThat(upload.getStatusCode().value()).as(upload.getBody()).isEqualTo(201);
		assertThat(JSON.readTree(get("/api/summary").getBody()).get("dataset").get("version").asInt()).isEqualTo(3);

		assertThat(belgiumIn(pinned)).as("the pinned embed").isEqualTo("2.000904949");
		assertThat(get(path(pinned)).getBody()).contains("Dataset version 2.");
		assertThat(belgiumIn(latest)).as("the embed that follows the published version").isEqualTo("2.5");
		activate(2);
	}

	@Test
	@Order(4)
	void noPageAReaderReachesLinksToADraft() {
		// A draft that gives money figures, which version 2 (shares only) lacks: the kind of version the "Dataset
		// version N gives them" pointer looks for.
		String edition = edition2025().replace("Belgium,BEL,2025,,,2.000904949,", "Belgium,BEL,2025,12000,600000,2.0,");
		ResponseEntity<String> upload = upload(edition, false);
		assertThat(upload.getStatusCode().value()).as(upload.getBody()).isEqualTo(201);
		int draft = JSON.readTree(upload.getBody()).get("version").asInt();

		for (String page : List.of("/", "/countries/BEL", "/map", "/compare", "/datasets", "/embed/shares",
				"/embed/history", "/embed/spending", "/embed/meeting", "/embed/map", "/?version=1",
				"/countries/BEL?version=1")) {
			String html = get(page).getBody();
			Matcher attributes = ATTRIBUTE.matcher(html);
			while (attributes.find()) {
				assertThat(versionOf(unescape(attributes.group(2)))).as("%s links to %s", page, attributes.group(2))
					.doesNotContain(String.valueOf(draft));
			}
			assertThat(html).as(page).doesNotContain("Dataset version " + draft + " gives them");
		}
		// The pointer names a published version with money figures and links to its view.
		String dashboard = get("/").getBody();
		assertThat(element(dashboard, "data-testid=\"money-version\"", "</a>")).contains("href=\"/?version=1\"")
			.contains("Dataset version 1 gives them");
		assertThat(element(get("/countries/BEL").getBody(), "data-testid=\"money-version\"", "</a>"))
			.contains("href=\"/countries/BEL?version=1\"");
		assertThat(get("/datasets").getBody()).contains("data-testid=\"view-version\"").contains("href=\"/?version=1\"");
	}

	/** Belgium's 2025 share of GDP as the chart of an embed code draws it (the embed page's own data endpoint). */
	private String belgiumIn(String embedAddress) {
		String embed = get(path(embedAddress)).getBody();
		Matcher endpoint = Pattern.compile("data-endpoint=\"([^\"]+)\"").matcher(embed);
		assertThat(endpoint.find()).isTrue();
		JsonNode answer = JSON.readTree(get(unescape(endpoint.group(1))).getBody());
		return answer.get("rows")
			.valueStream()
			.filter(r -> r.get("iso3").asString().equals("BEL"))
			.findFirst()
			.orElseThrow()
			.get("shareOfGdpPct")
			.asString();
	}

	private ResponseEntity<String> get(String path) {
		return http.get().uri(path).retrieve().toEntity(String.class);
	}

	private ResponseEntity<String> activate(int version) {
		return http.post()
			.uri("/api/datasets/" + version + "/activate")
			.headers(h -> h.setBasicAuth(EDITOR, PASSWORD))
			.retrieve()
			.toEntity(String.class);
	}

	private ResponseEntity<String> upload(String csv, boolean publish) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "edition.csv";
			}
		});
		Map.of("publish", String.valueOf(publish), "source", "NATO, test", "confirm", "true").forEach(form::add);
		return http.post()
			.uri("/api/datasets")
			.headers(h -> h.setBasicAuth(EDITOR, PASSWORD))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.toEntity(String.class);
	}

	private static String edition2025() {
		try (InputStream in = PinnedLinksIT.class.getResourceAsStream("/data/editions/nato-2025-edition.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A same-site address as a path with its query, or null for another site's. */
	private String sameSite(String address) {
		String self = "http://localhost:" + port;
		if (address.startsWith(self)) {
			return address.substring(self.length());
		}
		return address.startsWith("/") && !address.startsWith("//") || address.startsWith("#") ? address : null;
	}

	private String path(String absolute) {
		return sameSite(absolute);
	}

	/** The values of {@code version} in an address's query. */
	private static List<String> versionOf(String address) {
		List<String> versions = new ArrayList<>();
		int query = address.indexOf('?');
		if (query < 0) {
			return versions;
		}
		for (String pair : address.substring(query + 1).split("[&#]")) {
			if (pair.startsWith("version=")) {
				versions.add(pair.substring("version=".length()));
			}
		}
		return versions;
	}

	/** The iframe codes of the text areas marked {@code testId}, unescaped. */
	private static List<String> embedCodes(String html, String testId) {
		List<String> codes = new ArrayList<>();
		Matcher m = Pattern.compile("data-testid=\"" + testId + "\"[^>]*>([^<]*)</textarea>").matcher(html);
		while (m.find()) {
			codes.add(unescape(m.group(1)));
		}
		return codes;
	}

	private static String src(String code) {
		Matcher m = Pattern.compile("<iframe src=\"([^\"]+)\"").matcher(code);
		assertThat(m.find()).as(code).isTrue();
		return m.group(1);
	}

	private static String unescape(String text) {
		return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	private static String element(String html, String marker, String end) {
		int at = html.indexOf(marker);
		assertThat(at).as(marker).isNotNegative();
		String from = html.substring(at);
		return from.substring(0, from.indexOf(end));
	}

	private static String line(String text, String containing) {
		return text.lines()
			.filter(l -> !l.startsWith("#") && !l.startsWith("\"#") && l.contains(containing))
			.findFirst()
			.orElseThrow(
				() -> new AssertionError("no line with " + containing + " in\n" + text));
	}

}
