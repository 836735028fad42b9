package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgewatch.ServerOnTempStore;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * With a time limit too short for any work (one nanosecond), every read whose work grows with the data stops and
 * answers 503 with an explanation in the reader's language, JSON under /api; what needs no such work still answers,
 * and writes are not limited. The real limit is 30 s; this shows what a reader gets when it is reached.
 */
@TestPropertySource(properties = "dashboard.request.time-limit=1ns")
@ExtendWith(OutputCaptureExtension.class)
class RequestTimeLimitIT extends ServerOnTempStore {

	@Test
	void anApiAnswerPastTheLimitIsA503WithAnExplanation(CapturedOutput output) {
		ResponseEntity<String> answer = get("/api/compliance?year=2024");
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		assertThat(answer.getBody()).contains("\"status\":503")
			.contains("took longer than the server allows")
			.contains("nothing was changed");
		assertThat(output.getOut()).containsPattern(
				"Stopped GET /api/compliance after \\d+ ms: it ran past the time limit of PT0\\.000000001S");
	}

	@Test
	void aPagePastTheLimitIsTheSitesErrorPageInTheReadersLanguage() {
		ResponseEntity<String> english = get("/");
		assertThat(english.getStatusCode().value()).isEqualTo(503);
		assertThat(english.getBody()).contains("This answer took longer than the server allows (0.000000001 s) and was stopped")
			.contains("Back to the dashboard")
			.doesNotContain("Exception");
		ResponseEntity<String> dutch = get("/countries/BEL?lang=nl");
		assertThat(dutch.getStatusCode().value()).isEqualTo(503);
		assertThat(dutch.getBody()).contains("Dit antwoord duurde langer dan de server toelaat (0,000000001 s)");
	}

	@Test
	void downloadsAndComparisonsStopToo() {
		assertThat(get("/reports/compliance.csv").getStatusCode().value()).isEqualTo(503);
		assertThat(get("/compare?iso3=BEL,NLD").getStatusCode().value()).isEqualTo(503);
		assertThat(get("/api/trend").getStatusCode().value()).isEqualTo(503);
	}

	@Test
	void aStoppedAnswerIsNeverKeptForTheNextReader() {
		assertThat(get("/api/trend").getStatusCode().value()).isEqualTo(503);
		assertThat(get("/api/trend").getStatusCode().value()).isEqualTo(503);
	}

	@Test
	void whatNeedsNoSuchWorkStillAnswers() {
		assertThat(get("/actuator/health").getStatusCode().value()).isEqualTo(200);
		assertThat(get("/api/datasets").getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void writesAreNotLimited() {
		ResponseEntity<String> activated = httpClient().post()
			.uri("/api/datasets/1/activate")
			.headers(headers -> headers.setBasicAuth(EDITOR, PASSWORD))
			.retrieve()
			.toEntity(String.class);
		assertThat(activated.getStatusCode().value()).isEqualTo(200);
		assertThat(activated.getBody()).contains("\"version\":1");
	}

	private ResponseEntity<String> get(String path) {
		return httpClient().get().uri(path).retrieve().toEntity(String.class);
	}

}
