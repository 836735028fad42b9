package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.VersionStates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The editor's pages through the whole application: sign-in, CSRF, upload results, history, activation. */
@SpringBootTest(properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret",
		"dashboard.upload.max-size=200KB" })
@AutoConfigureMockMvc
@DirtiesContext
class UploadPagesIT {

	@TempDir
	static Path store;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("dashboard.store-dir", () -> store.toString());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DatasetStore datasets;

	@Autowired
	ComplianceService compliance;

	static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	static MockMultipartFile file(String text) {
		return new MockMultipartFile("file", "update.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	String currentCsv() throws Exception {
		return mvc.perform(get("/datasets/current.csv")).andReturn().getResponse().getContentAsString();
	}

	@Nested
	class SignIn {

		@Test
		void theUploadPageSendsVisitorsToTheLoginPage() throws Exception {
			mvc.perform(get("/upload")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}

		@Test
		void theLoginPageIsInTheSiteLayout() throws Exception {
			mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Editor sign-in")))
				.andExpect(content().string(containsString("name=\"_csrf\"")))
				.andExpect(content().string(containsString("site-header")));
		}

		@Test
		void theEditorSignsInWithTheConfiguredPassword() throws Exception {
			mvc.perform(formLogin("/login").user("editor").password("s3cret")).andExpect(redirectedUrl("/"));
			mvc.perform(formLogin("/login").user("editor").password("wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}

		@Test
		void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
			int before = datasets.versions().size();
			mvc.perform(multipart("/upload").file(file(currentCsv())).with(EDITOR)).andExpect(status().isForbidden());
			mvc.perform(post("/datasets/1/activate").with(EDITOR)).andExpect(status().isForbidden());
			assertThat(datasets.versions()).hasSize(before);
		}

		@Test
		void anUploadTakesItsCsrfTokenFromTheBodyNeverTheUrl() throws Exception {
			mvc.perform(multipart("/upload").file(file(currentCsv())).with(EDITOR).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/upload"));
			mvc.perform(multipart("/upload").file(file(currentCsv())).with(EDITOR))
				.andExpect(status().isForbidden());
		}

		@Test
		void activatingFromTheFormNeedsTheEditor() throws Exception {
			mvc.perform(post("/datasets/1/activate").with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));
		}

		@Test
		void pagesCarrySecurityHeaders() throws Exception {
			mvc.perform(get("/datasets"))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}

	}

	@Nested
	class Uploading {

		@Test
		void theFormExplainsTheFormatAndOffersATemplate() throws Exception {
			mvc.perform(get("/upload").with(EDITOR))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/datasets/template.csv")))
				.andExpect(content().string(containsString("defence_expenditure_musd")))
				.andExpect(content().string(containsString("200 KB")))
				.andExpect(content().string(containsString("action=\"/upload\"")))
				.andExpect(content().string(not(containsString("?_csrf="))));
			String template = mvc.perform(get("/datasets/template.csv")).andReturn().getResponse().getContentAsString();
			assertThat(template).startsWith("country,iso3,year,").contains("Belgium,BEL,").contains("Iceland,ISL,");
		}

		@Test
		void aGoodFileIsPreviewedAsADraftThenPublishedAndTheSummarySaysWhatChanged() throws Exception {
			// "What changed" on /datasets compares with the newest older published version: start from the newest.
			VersionStates states = VersionStates.of(datasets);
			int newest = datasets.versions()
				.stream()
				.mapToInt(v -> v.version())
				.filter(states::published)
				.max()
				.orElseThrow();
			mvc.perform(post("/datasets/" + newest + "/activate").with(EDITOR).with(csrf()));
			int before = datasets.activeVersion();
			// Belgium 2024 revised to 1.31% of GDP in the version shown now.
			String csv = mvc.perform(get("/datasets/current.csv"))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.replaceFirst("(?m)^(Belgium,BEL,2024,[^,]*,[^,]*,)[^,]*,", "$1" + "1.31,");

			var uploaded = mvc.perform(multipart("/upload").file(file(csv)).with(EDITOR).with(csrf().asHeader()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/upload"))
				.andExpect(flash().attributeExists("uploaded"))
				.andReturn();
			int draft = datasets.versions().get(datasets.versions().size() - 1).version();

			// A preview: stored, not shown to readers.
			assertThat(datasets.activeVersion()).isEqualTo(before);
			mvc.perform(get("/upload").flashAttrs(uploaded.getFlashMap()).with(EDITOR))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Version " + draft + " is stored as a draft")))
				.andExpect(content().string(containsString("data-testid=\"publish-form\"")))
				.andExpect(content().string(containsString("→ 1.31")));

			mvc.perform(post("/datasets/" + draft + "/activate").with(EDITOR).with(csrf()))
				.andExpect(status().isFound());
			assertThat(datasets.activeVersion()).isEqualTo(draft);
			assertThat(compliance.model().version()).isEqualTo(datasets.activeVersion());
			mvc.perform(get("/datasets"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("0 added, 0 removed, 1 changed")))
				.andExpect(content().string(containsString("BEL 2024")));
		}

		@Test
		void anEditorDiscardsADraftFromTheListAndItIsNoLongerListed() throws Exception {
			String csv = mvc.perform(get("/datasets/current.csv")).andReturn().getResponse().getContentAsString()
				.replaceFirst("(?m)^(Belgium,BEL,2024,[^,]*,[^,]*,)[^,]*,", "$1" + "1.32,");
			mvc.perform(multipart("/upload").file(file(csv)).with(EDITOR).with(csrf().asHeader()))
				.andExpect(status().isFound());
			int draft = datasets.versions().get(datasets.versions().size() - 1).version();
			mvc.perform(get("/datasets").with(EDITOR))
				.andExpect(content().string(containsString("data-version=\"" + draft + "\" data-draft=\"true\"")));
			mvc.perform(get("/datasets"))
				.andExpect(content().string(not(containsString("data-version=\"" + draft + "\""))));

			mvc.perform(post("/datasets/" + draft + "/discard").with(EDITOR).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(flash().attribute("discarded", draft));

			mvc.perform(get("/datasets").with(EDITOR))
				.andExpect(content().string(not(containsString("data-version=\"" + draft + "\""))));
			assertThat(datasets.find(draft)).isPresent();
			mvc.perform(post("/datasets/" + draft + "/discard").with(csrf())).andExpect(status().is3xxRedirection());
		}

		@Test
		void aBadFileShowsTheErrorTableAndChangesNothing() throws Exception {
			int before = datasets.activeVersion();
			String csv = "country,iso3,year,defence_expenditure_musd,gdp_musd\nBelgium,BEL,2024,abc,100\n";

			mvc.perform(multipart("/upload").file(file(csv)).with(EDITOR).with(csrf().asHeader()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"upload-errors\"")))
				.andExpect(content().string(containsString("<td class=\"num\">2</td>")))
				.andExpect(content().string(containsString("<code>abc</code>")))
				.andExpect(content().string(containsString("Not a number")));

			assertThat(datasets.activeVersion()).isEqualTo(before);
		}

		@Test
		void errorsAreShownInTheReadersLanguageWithTheirCodes() throws Exception {
			int before = datasets.activeVersion();
			String csv = "country;iso3;year;defence_expenditure_musd;gdp_musd\nBelgium;BEL;2024;8.519;655744\n";
			String[][] expected = { { "nl", "8.519 kan 8.519 of 8519 betekenen" },
					{ "fr", "8.519 peut signifier 8.519 ou 8519" }, { "de", "8.519 kann 8.519 oder 8519 bedeuten" },
					{ "en", "8.519 could mean 8.519 or 8519" } };
			for (String[] language : expected) {
				mvc.perform(multipart("/upload").file(file(csv)).with(EDITOR).with(csrf().asHeader())
					.header("Accept-Language", language[0]))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString(language[1])))
					.andExpect(content().string(containsString("<code>thousands-separator</code>")));
			}
			assertThat(datasets.activeVersion()).isEqualTo(before);
		}

		@Test
		void warningsAreShownInTheReadersLanguage() throws Exception {
			String csv = "country,iso3,year,share_of_gdp_pct,remarks\nBelgium,BEL,2025,2.00,checked\n";
			Object uploaded = mvc.perform(multipart("/upload").file(file(csv)).with(EDITOR).with(csrf().asHeader()))
				.andExpect(status().isFound())
				.andReturn()
				.getFlashMap()
				.get("uploaded");

			mvc.perform(get("/upload").flashAttr("uploaded", uploaded).with(EDITOR).header("Accept-Language", "de"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Die unbekannte Spalte „remarks“ wurde ignoriert.")))
				.andExpect(content().string(containsString("Es wurde keine Quelle angegeben")))
				.andExpect(content().string(containsString("data-code=\"unknown-column\"")));
			mvc.perform(post("/datasets/2/activate").with(EDITOR).with(csrf().asHeader()));
		}

		@Test
		void aFileOverTheLimitGetsAFriendlyPage() throws Exception {
			String big = "country,iso3,year\n" + "x".repeat(201 * 1024);
			mvc.perform(multipart("/upload").file(file(big)).with(EDITOR).with(csrf().asHeader()))
				.andExpect(status().isContentTooLarge())
				.andExpect(content().string(containsString("larger than the upload limit of 200 KB")));
		}

		@Test
		void theEditorCanRollBackFromTheHistoryPage() throws Exception {
			mvc.perform(multipart("/upload").file(file(currentCsv())).with(EDITOR).with(csrf().asHeader()))
				.andExpect(status().isFound());
			int latest = datasets.activeVersion();
			mvc.perform(get("/datasets").with(EDITOR)).andExpect(content().string(containsString(">Activate version 1…<")));

			mvc.perform(post("/datasets/1/activate").with(EDITOR).with(csrf().asHeader()))
				.andExpect(redirectedUrl("/datasets"))
				.andExpect(flash().attribute("activated", 1));

			assertThat(datasets.activeVersion()).isEqualTo(1);
			assertThat(compliance.model().version()).isEqualTo(1);
			mvc.perform(get("/datasets/" + latest + ".csv")).andExpect(status().isOk());
			mvc.perform(get("/datasets/999.csv")).andExpect(status().isNotFound());
		}

	}


}
