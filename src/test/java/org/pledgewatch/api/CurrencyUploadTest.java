package org.pledgewatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.DatasetVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/datasets} takes the money figures' currency: an ISO 4217 code, USD when none is given. */
@WebMvcTest(value = DatasetApiController.class,
		properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret" })
@Import(TempDatasetStore.class)
@DirtiesContext
class CurrencyUploadTest {

	private static final String CSV = "country,iso3,year,defence_expenditure_musd,gdp_musd\nBelgium,BEL,2024,8519,655744\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DatasetStore store;

	private static MockMultipartFile file() {
		return new MockMultipartFile("file", "belgium.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
	}

	private DatasetVersion newest() {
		return store.versions().get(store.versions().size() - 1);
	}

	@Test
	void aVersionUploadedInEurosIsRecordedAndListedInEuros() throws Exception {
		mvc.perform(multipart("/api/datasets").file(file()).param("currency", "EUR").param("publish", "false")
			.with(httpBasic("editor", "s3cret"))).andExpect(status().isCreated());

		assertThat(newest().currency()).isEqualTo("EUR");
		assertThat(newest().citation().currency()).isEqualTo("EUR");
		mvc.perform(get("/api/datasets").with(httpBasic("editor", "s3cret")))
			.andExpect(jsonPath("$.versions[-1:].currency").value(Matchers.contains("EUR")));
	}

	@Test
	void withoutACurrencyTheVersionIsInUsDollars() throws Exception {
		mvc.perform(multipart("/api/datasets").file(file()).param("publish", "false").with(httpBasic("editor", "s3cret")))
			.andExpect(status().isCreated());

		assertThat(newest().currency()).isEqualTo("USD");
	}

	@Test
	void aCurrencyThatIsNoIso4217CodeIs400WithAClearMessage() throws Exception {
		int before = store.versions().size();
		for (String wrong : new String[] { "euro", "eur", "EU", "XYZ", "€", "EURO" }) {
			mvc.perform(multipart("/api/datasets").file(file()).param("currency", wrong).param("publish", "false")
				.with(httpBasic("editor", "s3cret")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(Matchers.containsString("currency must be an ISO 4217 code")));
		}
		assertThat(store.versions()).hasSize(before);
	}

}
