package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.budget.RequestBudget;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A download that fails after its first bytes have left is broken off, on the real server: the client sees an
 * incomplete answer, never a shorter file that looks whole. One that fails before answers with an error as any
 * request does. The downloads are stand-ins that write 200 KB and then fail as the real writers can: a bug, or the
 * time limit of 1 s passing.
 */
@org.springframework.test.context.TestPropertySource(properties = "dashboard.request.time-limit=1s")
@Import(BrokenOffDownloadIT.FailingDownloads.class)
@ExtendWith(OutputCaptureExtension.class)
class BrokenOffDownloadIT extends ServerOnTempStore {

	static final int WRITTEN = 200 * 1024;

	@Controller
	static class FailingDownloads {

		@GetMapping("/test-only/download")
		void download(@RequestParam String fails, HttpServletResponse response) throws IOException {
			Attachment.send(response, MediaType.TEXT_PLAIN, "half.txt", out -> {
				if (fails.equals("before")) {
					throw new IllegalStateException("failed before the first byte");
				}
				byte[] line = "figure,1.23\n".getBytes(StandardCharsets.US_ASCII);
				for (int i = 0; i < WRITTEN / line.length; i++) {
					out.write(line);
				}
				out.flush();
				if (fails.equals("time-limit")) {
					sleep(1_300);
					RequestBudget.check();
				}
				else if (fails.equals("after")) {
					throw new IllegalStateException("failed half-way");
				}
			});
		}

		private static void sleep(long ms) {
			try {
				Thread.sleep(ms);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aDownloadThatFailsHalfWayIsSeenAsIncomplete() {
		assertThatIOException().isThrownBy(() -> get("after"));
	}

	@Test
	void aDownloadStoppedByTheTimeLimitAfterItsFirstBytesIsSeenAsIncomplete(CapturedOutput output) {
		assertThatIOException().isThrownBy(() -> get("time-limit"));
		assertThat(output.getOut()).containsPattern("Stopped GET /test-only/download after \\d+ ms: it ran past the time limit");
	}

	@Test
	void aDownloadThatFailsBeforeItsFirstByteAnswersWithAnErrorAndNoFileName() throws Exception {
		HttpResponse<String> answer = get("before");
		assertThat(answer.statusCode()).isEqualTo(500);
		assertThat(answer.headers().firstValue("Content-Disposition")).isEmpty();
		assertThat(answer.body()).doesNotContain("figure,1.23").doesNotContain("IllegalStateException");
	}

	@Test
	void aDownloadThatSucceedsIsWhole() throws Exception {
		HttpResponse<String> answer = get("never");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				d -> assertThat(d).contains("half.txt"));
		assertThat(answer.body().lines().count()).isEqualTo(WRITTEN / "figure,1.23\n".length());
		assertThat(Arrays.stream(answer.body().split("\n")).allMatch("figure,1.23"::equals)).isTrue();
	}

	private HttpResponse<String> get(String fails) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test-only/download?fails=" + fails))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
