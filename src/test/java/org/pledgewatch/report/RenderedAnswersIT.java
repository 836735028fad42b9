package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Pages are rendered once per dataset version, address and language and then served as kept, yet a reader never
 * gets a page of a version that is no longer active, of another language, or one rendered for the signed-in editor.
 * Belgium's 2024 share as NATO printed it tells the editions apart: 1.29% in the 2025 edition (version 2), 1.30% in
 * the 2024 edition (version 1).
 */
class RenderedAnswersIT extends ServerOnTempStore {

	@Autowired
	RenderedAnswers kept;

	private RestClient http() {
		return httpClient();
	}

	private int activate(int version) {
		return http().post()
			.uri("/api/datasets/" + version + "/activate")
			.headers(h -> h.setBasicAuth("editor", "s3cret"))
			.retrieve()
			.toEntity(String.class)
			.getStatusCode()
			.value();
	}

	private ResponseEntity<String> get(String path, String language, String ifNoneMatch) {
		return http().get()
			.uri(path)
			.headers(h -> {
				h.set("Accept-Language", language);
				if (ifNoneMatch != null) {
					h.setIfNoneMatch(ifNoneMatch);
				}
			})
			.retrieve()
			.toEntity(String.class);
	}

	@Test
	void aKeptPageIsTheSameAnswerAndFollowsEachActivation() {
		kept.clear();
		ResponseEntity<String> first = get("/countries/BEL", "en", null);
		assertThat(kept.size()).as("kept after the first reader").isEqualTo(1);
		ResponseEntity<String> again = get("/countries/BEL", "en", null);

		assertThat(first.getStatusCode().value()).isEqualTo(200);
		assertThat(first.getBody()).contains("1.29", "(2014-2025)");
		assertThat(first.getHeaders().getETag()).startsWith("W/\"v2-");
		assertThat(again.getBody()).isEqualTo(first.getBody());
		assertThat(again.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
		assertThat(again.getHeaders().getFirst("Content-Security-Policy"))
			.isEqualTo(first.getHeaders().getFirst("Content-Security-Policy"))
			.isNotBlank();
		assertThat(get("/countries/BEL", "en", first.getHeaders().getETag()).getStatusCode().value()).isEqualTo(304);

		assertThat(activate(1)).isEqualTo(200);
		assertThat(kept.size()).as("emptied by the activation").isZero();
		ResponseEntity<String> afterRollback = get("/countries/BEL", "en", first.getHeaders().getETag());
		assertThat(afterRollback.getStatusCode().value()).isEqualTo(200);
		assertThat(afterRollback.getHeaders().getETag()).startsWith("W/\"v1-");
		assertThat(afterRollback.getBody()).contains("1.30", "(2014-2024)").doesNotContain("(2014-2025)");

		assertThat(activate(2)).isEqualTo(200);
		assertThat(get("/countries/BEL", "en", null).getBody()).isEqualTo(first.getBody());
	}

	@Test
	void eachLanguageKeepsItsOwnPage() {
		kept.clear();
		String english = get("/", "en", null).getBody();
		String dutch = get("/", "nl", null).getBody();
		assertThat(kept.size()).isEqualTo(2);

		assertThat(get("/", "nl", null).getBody()).isEqualTo(dutch).contains("lang=\"nl\"");
		assertThat(get("/", "en", null).getBody()).isEqualTo(english).contains("lang=\"en\"");
	}

	@Test
	void theEditorNeverGetsAReadersPageNorAReaderTheEditors() {
		kept.clear();
		String reader = get("/", "en", null).getBody();
		ResponseEntity<String> editorPage = http().get()
			.uri("/")
			.headers(h -> {
				h.setBasicAuth("editor", "s3cret");
				h.set("Accept-Language", "en");
			})
			.retrieve()
			.toEntity(String.class);

		assertThat(editorPage.getStatusCode().value()).isEqualTo(200);
		assertThat(kept.size()).as("the editor's page is not kept").isEqualTo(1);
		assertThat(get("/", "en", null).getBody()).isEqualTo(reader).doesNotContain("_csrf");
	}

}
