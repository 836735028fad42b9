package org.pledgewatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(value = DatasetApiController.class,
		properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret",
				"dashboard.upload.max-size=64KB" })
@Import(TempDatasetStore.class)
@DirtiesContext
class DatasetApiTest {

	static final String CSV = "country,iso3,year,defence_expenditure_musd,gdp_musd\nBelgium,BEL,2024,1,100\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	DatasetStore store;

	static MockMultipartFile file(String text) {
		return new MockMultipartFile("file", "belgium.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	@Nested
	class WhoMayUpload {

		@Test
		void uploadWithoutCredentialsIs401InJson() throws Exception {
			int before = store.versions().size();
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV)))
				.andExpect(status().isUnauthorized())
				.andExpect(header().doesNotExist("WWW-Authenticate"))
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(jsonPath("$.error").isNotEmpty());
			assertThat(store.versions()).hasSize(before);
		}

		@Test
		void uploadWithAWrongPasswordIs401() throws Exception {
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV)).with(httpBasic("editor", "guess")))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.status").value(401));
		}

		@Test
		@WithMockUser(username = "reader", roles = "READER")
		void uploadByAnAccountThatIsNotAnEditorIs403() throws Exception {
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.status").value(403));
		}

		@Test
		void activateWithoutCredentialsIs401() throws Exception {
			mvc.perform(post("/api/datasets/1/activate")).andExpect(status().isUnauthorized());
		}

		@Test
		void listingVersionsIsPublic() throws Exception {
			mvc.perform(get("/api/datasets"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.versions[0].version").value(1))
				.andExpect(jsonPath("$.versions[0].uploadedBy").value("pledgewatch"))
				.andExpect(jsonPath("$.versions[0].filename").value("nato-2024-edition.csv"))
				.andExpect(jsonPath("$.versions[0].source")
					.value("NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024"))
				.andExpect(jsonPath("$.versions[0].moneyFigures").value(true))
				.andExpect(jsonPath("$.versions[1].filename").value("nato-2025-edition.csv"))
				.andExpect(jsonPath("$.versions[1].source")
					.value("NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025"))
				.andExpect(jsonPath("$.versions[1].dataAsOf").value("2025-06-03"))
				.andExpect(jsonPath("$.versions[1].moneyFigures").value(false));
		}

	}

	@Nested
	class Versions {

		@Test
		void anAcceptedUploadIs201WithItsSummaryAndBecomesActive() throws Exception {
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV + "France,FRA,2023,2,100\n"))
				.param("source", "Ministry of Defence, budget 2024")
				.with(httpBasic("editor", "s3cret")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.version").isNumber())
				.andExpect(jsonPath("$.rows").value(2))
				.andExpect(jsonPath("$.countries").value(2))
				.andExpect(jsonPath("$.years[0]").value(2023))
				.andExpect(jsonPath("$.years[1]").value(2024))
				.andExpect(jsonPath("$.sha256", matchesPattern("[0-9a-f]{64}")))
				.andExpect(jsonPath("$.uploadedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")))
				.andExpect(jsonPath("$.uploadedBy").value("editor"))
				// Two rows against the shipped edition: confirmed plausibility warnings only, no ordinary one.
				.andExpect(jsonPath("$.warningDetails[?(@.needsConfirmation == false)]", hasSize(0)));
			assertThat(store.active().rows()).hasSize(2);
		}

		/** NATO's printed aggregates go with the file and are the version's; a file that cannot be read stores nothing. */
		@Test
		void printedAggregatesGoWithTheUploadAndABadFileStoresNothing() throws Exception {
			MockMultipartFile aggregates = new MockMultipartFile("aggregates", "aggregates.csv", "text/csv",
					"year,aggregate,share_of_gdp_pct\n2024,nato-total,2.71\n2024,europe-canada,2.02\n"
						.getBytes(StandardCharsets.UTF_8));
			int stored = store.versions().size();
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV))
				.file(new MockMultipartFile("aggregates", "aggregates.csv", "text/csv",
						"year,aggregate,share_of_gdp_pct\n2024,nato,2.71\n".getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("editor", "s3cret")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("line 2")));
			assertThat(store.versions()).hasSize(stored);
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV)).file(aggregates)
				.with(httpBasic("editor", "s3cret")))
				.andExpect(status().isCreated());
			assertThat(store.active().aggregates().natoTotal(2024)).isEqualByComparingTo("2.71");
			assertThat(store.active().aggregates().europeCanada(2024)).isEqualByComparingTo("2.02");
		}

		@Test
		void theSourceFieldsRoundTripThroughTheVersionList() throws Exception {
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV))
				.param("source", "Ministry of Defence, budget 2024")
				.param("sourceUrl", "https://example.org/budget.pdf")
				.param("notes", "Table 1, line 3")
				.param("dataAsOf", "2024-10-01")
				.with(httpBasic("editor", "s3cret")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.source").value("Ministry of Defence, budget 2024"));
			mvc.perform(get("/api/datasets"))
				.andExpect(jsonPath("$.versions[-1].source").value("Ministry of Defence, budget 2024"))
				.andExpect(jsonPath("$.versions[-1].sourceUrl").value("https://example.org/budget.pdf"))
				.andExpect(jsonPath("$.versions[-1].notes").value("Table 1, line 3"))
				.andExpect(jsonPath("$.versions[-1].dataAsOf").value("2024-10-01"))
				.andExpect(jsonPath("$.versions[-1].moneyFigures").value(true));
		}

		@Test
		void anUploadWithoutASourceIsAcceptedWithAWarningAndCitesTheUploader() throws Exception {
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV)).with(httpBasic("editor", "s3cret")))
				.andExpect(status().isCreated())
				// The same file is uploaded by other tests here: each earlier copy is named (duplicate-of-version).
				.andExpect(jsonPath("$.warningDetails[?(@.needsConfirmation == false && @.code != 'duplicate-of-version')]",
						hasSize(1)))
				.andExpect(jsonPath("$.warningDetails[?(@.needsConfirmation == false && @.code != 'duplicate-of-version')].code")
					.value("no-source"))
				.andExpect(jsonPath("$.warnings[0]").value(containsString("source")))
				.andExpect(jsonPath("$.source", matchesPattern("Uploaded by editor on \\d{4}-\\d\\d-\\d\\d")));
		}

		@Test
		void aSourceUrlThatIsNotAWebAddressIs400AndStoresNothing() throws Exception {
			int before = store.versions().size();
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV)).param("sourceUrl", "javascript:alert(1)")
				.param("source", "x")
				.with(httpBasic("editor", "s3cret")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("sourceUrl")));
			assertThat(store.versions()).hasSize(before);
		}

		@Test
		void activatingRollsBackAndTheListShowsIt() throws Exception {
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(CSV)).with(httpBasic("editor", "s3cret")))
				.andExpect(status().isCreated());
			mvc.perform(post("/api/datasets/1/activate").with(httpBasic("editor", "s3cret")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.active").value(true));
			assertThat(store.activeVersion()).isEqualTo(1);
			mvc.perform(get("/api/datasets"))
				.andExpect(jsonPath("$.versions[0].active").value(true))
				.andExpect(jsonPath("$.versions[1].active").value(false));
		}

		@Test
		void activatingAnUnknownVersionIs404() throws Exception {
			mvc.perform(post("/api/datasets/999/activate").with(httpBasic("editor", "s3cret")))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error").value("There is no dataset version 999."));
		}

		@Test
		void aFileOverTheLimitIs413() throws Exception {
			String big = CSV + "x".repeat(65 * 1024);
			mvc.perform(multipart("/api/datasets").param("confirm", "true").file(file(big)).with(httpBasic("editor", "s3cret")))
				.andExpect(status().isContentTooLarge())
				.andExpect(jsonPath("$.error").value("The file is larger than the upload limit of 64 KB."));
		}

		@Test
		void aRequestWithoutAFilePartIs400() throws Exception {
			mvc.perform(multipart("/api/datasets").param("confirm", "true").param("x", "y").with(httpBasic("editor", "s3cret")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.status").value(400));
		}

		@Test
		void aSemicolonFileWithDecimalCommasReadsAsTheCommaFile() throws Exception {
			mvc.perform(multipart("/api/datasets").param("confirm", "true")
				.file(file("country,iso3,year,defence_expenditure_musd,gdp_musd\nBelgium,BEL,2024,1234.5,65432.25\n"))
				.with(httpBasic("editor", "s3cret"))).andExpect(status().isCreated());
			var comma = store.active().rows();
			mvc.perform(multipart("/api/datasets").param("confirm", "true")
				.file(file("\uFEFFCountry;ISO3;Year;Defence_Expenditure_MUSD;GDP_MUSD\r\nBelgium;BEL;2024;1234,5;65432,25\r\n"))
				.with(httpBasic("editor", "s3cret"))).andExpect(status().isCreated());
			assertThat(store.active().rows()).isEqualTo(comma);
		}

	}

}
