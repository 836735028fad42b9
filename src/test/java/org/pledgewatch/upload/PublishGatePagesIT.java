package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 21: every path to publishing (the API's activate, the upload preview's Publish button, Activate on
 * /datasets) holds a draft a check questions until the editor confirms, in English and Dutch; a rollback needs no
 * confirmation; each action on /datasets asks once. Version 1 is NATO's 2024 edition, version 2 (active) the 2025
 * edition; the uploads are issue 21's cases.
 */
@SpringBootTest(properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret" })
@AutoConfigureMockMvc
@DirtiesContext
class PublishGatePagesIT {

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

	static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd,share_of_gdp_pct\n";

	/** Eight allies' 2026 rows alone (figures made up for the test; 2026 had 32 members). */
	static final String EIGHT_ALLIES_2026 = HEADER + "Belgium,BEL,2026,,,2.00\nGermany,DEU,2026,,,3.50\n"
			+ "Poland,POL,2026,,,4.70\nEstonia,EST,2026,,,3.40\nLatvia,LVA,2026,,,3.70\nLithuania,LTU,2026,,,4.00\n"
			+ "Finland,FIN,2026,,,2.50\nDenmark,DNK,2026,,,3.20\n";

	@BeforeEach
	void the2025EditionIsActive() throws Exception {
		mvc.perform(post("/api/datasets/2/activate").with(httpBasic("editor", "s3cret")));
		assertThat(datasets.activeVersion()).isEqualTo(2);
	}

	static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	/** Uploads through the page (always a draft) and returns the redirect with the preview in its flash. */
	MvcResult uploadThroughThePage(String text) throws Exception {
		return mvc.perform(multipart("/upload").file(file("upload.csv", text)).with(EDITOR).with(csrf().asHeader()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/upload"))
			.andReturn();
	}

	int newest() {
		return datasets.versions().get(datasets.versions().size() - 1).version();
	}

	@Test
	void aPartialFilesPublishButtonAsksForTheBoxAndWithoutItNothingIsPublished() throws Exception {
		MvcResult uploaded = uploadThroughThePage(EIGHT_ALLIES_2026);
		int draft = newest();

		// The preview shows the questions next to Publish, and the box to tick.
		mvc.perform(get("/upload").flashAttrs(uploaded.getFlashMap()).with(EDITOR))
			.andExpect(content().string(containsString("data-code=\"sparse-year\"")))
			.andExpect(content().string(containsString("data-code=\"rows-removed\"")))
			.andExpect(content().string(containsString("This replaces the whole published dataset")))
			.andExpect(content().string(containsString("name=\"confirm\" value=\"true\" required")));

		// Publish without the box (a script, or a browser that ignores "required"): nothing changes.
		MvcResult refused = mvc.perform(post("/datasets/" + draft + "/activate").with(EDITOR).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/datasets/" + draft + "/activate"))
			.andExpect(flash().attribute("unconfirmed", draft))
			.andReturn();
		assertThat(datasets.activeVersion()).isEqualTo(2);

		// Where it lands says so, in Dutch too, with the questions and the box.
		mvc.perform(get("/datasets/" + draft + "/activate").param("lang", "nl")
			.flashAttrs(refused.getFlashMap())
			.with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Versie " + draft + " is niet gepubliceerd")))
			.andExpect(content().string(containsString("Versie " + draft + " publiceren?")))
			.andExpect(content().string(containsString("Dit vervangt de hele gepubliceerde dataset")))
			.andExpect(content().string(containsString("data-testid=\"confirm-box\"")));

		mvc.perform(post("/datasets/" + draft + "/activate").param("confirm", "true").with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/datasets"))
			.andExpect(flash().attribute("activated", draft));
		assertThat(datasets.activeVersion()).isEqualTo(draft);
	}

	@Test
	void activateOnTheVersionListAsksOnceAndARollbackNeedsNoBox() throws Exception {
		mvc.perform(get("/datasets").with(EDITOR))
			.andExpect(content().string(containsString("href=\"/datasets/1/activate\"")))
			.andExpect(content().string(containsString("Activate version 1…")))
			.andExpect(content().string(not(containsString("action=\"/datasets/1/activate\""))));

		mvc.perform(get("/datasets/1/activate").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Make version 1 the active version?")))
			.andExpect(content().string(containsString("no check holds it back")))
			.andExpect(content().string(not(containsString("data-testid=\"confirm-box\""))))
			.andExpect(content().string(containsString("action=\"/datasets/1/activate\"")));

		mvc.perform(post("/datasets/1/activate").with(EDITOR).with(csrf())).andExpect(redirectedUrl("/datasets"));
		assertThat(datasets.activeVersion()).isEqualTo(1);
	}

	@Test
	void publishingADraftFromTheVersionListNeedsTheBoxInEnglish() throws Exception {
		uploadThroughThePage(EIGHT_ALLIES_2026);
		int draft = newest();

		mvc.perform(get("/datasets").with(EDITOR))
			.andExpect(content().string(containsString("href=\"/datasets/" + draft + "/activate\"")))
			.andExpect(content().string(containsString("Publish version " + draft + "…")))
			.andExpect(content().string(containsString("Discard draft " + draft + "…")));
		mvc.perform(get("/datasets/" + draft + "/activate").with(EDITOR))
			.andExpect(content().string(containsString("Publish version " + draft + "?")))
			.andExpect(content().string(containsString("3 checks question this draft against version 2")))
			.andExpect(content().string(containsString("data-code=\"share-jump\"")))
			.andExpect(content().string(containsString("data-testid=\"confirm-box\"")));

		mvc.perform(post("/datasets/" + draft + "/activate").with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/datasets/" + draft + "/activate"));
		assertThat(datasets.activeVersion()).isEqualTo(2);
		mvc.perform(post("/datasets/" + draft + "/activate").param("confirm", "true").with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/datasets"));
		assertThat(datasets.activeVersion()).isEqualTo(draft);
	}

	@Test
	void discardAsksOnceAndTheAskingPagesAreTheEditors() throws Exception {
		uploadThroughThePage(EIGHT_ALLIES_2026.replace("2.00", "2.01"));
		int draft = newest();

		mvc.perform(get("/datasets/" + draft + "/discard").param("lang", "nl").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Concept " + draft + " verwerpen?")))
			.andExpect(content().string(containsString("action=\"/datasets/" + draft + "/discard\"")));
		mvc.perform(get("/datasets/" + draft + "/discard")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/datasets/1/activate")).andExpect(redirectedUrl("/login"));
		// Asking changed nothing.
		assertThat(datasets.activeVersion()).isEqualTo(2);
	}

	@Test
	void theApiHoldsADraftUntilConfirmedAndRollsBackWithoutAsking() throws Exception {
		mvc.perform(multipart("/api/datasets").file(file("2026.csv", EIGHT_ALLIES_2026))
			.param("publish", "false")
			.with(httpBasic("editor", "s3cret"))).andExpect(status().isCreated());
		int draft = newest();

		mvc.perform(post("/api/datasets/" + draft + "/activate").with(httpBasic("editor", "s3cret")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.needsConfirmation").value(true))
			.andExpect(jsonPath("$.error").value(containsString("Version " + draft + " was not published")))
			.andExpect(jsonPath("$.warnings[*].code").value(hasItems("sparse-year", "rows-removed")))
			.andExpect(jsonPath("$.warnings[?(@.code == 'rows-removed')].oldValue").value(hasItems("384")));
		assertThat(datasets.activeVersion()).isEqualTo(2);

		mvc.perform(post("/api/datasets/" + draft + "/activate").param("confirm", "true")
			.with(httpBasic("editor", "s3cret"))).andExpect(status().isOk());
		assertThat(datasets.activeVersion()).isEqualTo(draft);

		// Back to the 2025 edition, published before: no question asked.
		mvc.perform(post("/api/datasets/2/activate").with(httpBasic("editor", "s3cret"))).andExpect(status().isOk());
		assertThat(datasets.activeVersion()).isEqualTo(2);
	}

	@Test
	void publicRowsLinkToTheirVersionsView() throws Exception {
		mvc.perform(get("/datasets"))
			.andExpect(content().string(containsString("href=\"/?version=1\"")))
			.andExpect(content().string(containsString("href=\"/?version=2\"")))
			.andExpect(content().string(not(containsString("/activate"))));
	}

}
