package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgewatch.ServerOnTempStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers who leave half-way never leave a broken answer behind for the next ones. For each kept path, a client
 * asks and leaves: right after the request line, right after the request, and after reading a number of bytes of
 * the answer (with a small receive buffer, so the server is still writing when it leaves). After each, two readers
 * who stay must get exactly the answer a clean fetch got: same status, type, length and bytes, valid JSON for the
 * API. Before, the first abort kept 16,384 bytes of the home page and every later reader got them.
 */
@ExtendWith(OutputCaptureExtension.class)
// Drawings left running by the readers who left must not turn the next readers away (503): not what is tested here.
@TestPropertySource(properties = "dashboard.render.max-concurrent=64")
class AbortedReadersIT extends ServerOnTempStore {

	/** Every kind of kept answer: pages, an embed, JSON and chart files. */
	private static final List<String> KEPT_PATHS = List.of("/", "/countries/BEL", "/compare", "/map",
			"/embed/shares", "/api/compliance", "/api/summary", "/api/countries/BEL", "/charts/shares.svg",
			"/charts/shares.png", "/charts/history.csv");

	@Autowired
	RenderedAnswers kept;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private record Answer(int status, String type, byte[] body) {
	}

	@Test
	void noAbortedReaderLeavesABrokenAnswerForTheNext(CapturedOutput output) throws Exception {
		for (String path : KEPT_PATHS) {
			kept.clear();
			Answer clean = fetch(path);
			assertThat(clean.status()).as(path).isEqualTo(200);
			// Kept once the filter has finished, which may be just after the reader has the last byte.
			for (int wait = 0; wait < 50 && kept.size() == 0; wait++) {
				Thread.sleep(100);
			}
			assertThat(kept.size()).as("%s is a kept answer", path).isEqualTo(1);
			for (int offset : offsets(clean.body().length)) {
				kept.clear();
				leaveAfter(path, offset);
				// Let the server finish with the reader who left before the next ones ask.
				Thread.sleep(120);
				for (int reader = 1; reader <= 2; reader++) {
					Answer again = fetch(path);
					String what = path + " after a reader left at " + offset + ", reader " + reader;
					assertThat(again.status()).as(what).isEqualTo(200);
					assertThat(again.type()).as(what).isEqualTo(clean.type());
					assertThat(again.body().length).as(what).isEqualTo(clean.body().length);
					assertThat(again.body()).as(what).isEqualTo(clean.body());
					if (path.startsWith("/api/")) {
						JsonMapper.shared().readTree(again.body());
					}
				}
			}
		}
		assertThat(output.getOut() + output.getErr()).doesNotContain("Broken pipe")
			.doesNotContain("ClientAbortException")
			.doesNotContain("Unexpected error");
	}

	/** -2: closed after the request line; -1: after the whole request; else after reading that many bytes. */
	private static TreeSet<Integer> offsets(int length) {
		TreeSet<Integer> offsets = new TreeSet<>(List.of(-2, -1, 0, 1, 1_000, 8_192, 16_384, 16_385));
		for (int i = 1; i < 3; i++) {
			offsets.add(length * i / 3);
		}
		offsets.add(Math.max(0, length - 1));
		offsets.removeIf(offset -> offset > length + 400);
		return offsets;
	}

	private void leaveAfter(String path, int offset) throws Exception {
		try (Socket socket = new Socket()) {
			socket.setReceiveBufferSize(1024);
			if (offset % 2 == 0) {
				socket.setSoLinger(true, 0); // an abort (RST) for even offsets, an orderly close for odd ones
			}
			socket.connect(new java.net.InetSocketAddress("localhost", port), 5_000);
			OutputStream out = socket.getOutputStream();
			if (offset == -2) {
				out.write(("GET " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				return;
			}
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept-Language: en\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			if (offset < 0) {
				return;
			}
			socket.setSoTimeout(10_000);
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[Math.max(1, Math.min(offset, 512))];
			int read = 0;
			while (read < offset) {
				int n = in.read(buffer, 0, Math.min(buffer.length, offset - read));
				if (n < 0) {
					break;
				}
				read += n;
			}
		}
	}

	private Answer fetch(String path) throws Exception {
		HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
				answer.body());
	}

}
