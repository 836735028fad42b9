package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.budget.WorkStoppedException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A GET's work stops soon after its client closes the connection, on the real server (Tomcat, the valve and the
 * filter), and a client that keeps its connection, pipelining included, gets every answer. The work is a stand-in
 * that calls {@link RequestBudget#check()} as the dashboard's loops do, so the test controls how long it would run;
 * the time limit is off, so only the client can stop it.
 */
@TestPropertySource(properties = "dashboard.request.time-limit=0")
@Import(ClientDisconnectIT.SlowWork.class)
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectIT extends ServerOnTempStore {

	static final BlockingQueue<String> started = new LinkedBlockingQueue<>();

	static final BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();

	@RestController
	static class SlowWork {

		@GetMapping("/test-only/slow-work")
		String work(@RequestParam long ms, @RequestParam String id) throws InterruptedException {
			started.add(id);
			long end = System.nanoTime() + Duration.ofMillis(ms).toNanos();
			try {
				while (System.nanoTime() < end) {
					RequestBudget.check();
					Thread.sleep(2);
				}
			}
			catch (WorkStoppedException stopped) {
				outcomes.add(id + " " + stopped.reason());
				throw stopped;
			}
			outcomes.add(id + " finished");
			return "done " + id;
		}

	}

	@BeforeEach
	void clear() {
		started.clear();
		outcomes.clear();
	}

	@Test
	void workStopsSoonAfterTheClientClosesTheConnection(CapturedOutput output) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream().write(request("/test-only/slow-work?ms=60000&id=left", true));
			assertThat(started.poll(10, TimeUnit.SECONDS)).isEqualTo("left");
		}
		long closed = System.nanoTime();
		String outcome = outcomes.poll(10, TimeUnit.SECONDS);
		long afterClose = Duration.ofNanos(System.nanoTime() - closed).toMillis();
		assertThat(outcome).isEqualTo("left CLIENT_GONE");
		assertThat(afterClose).as("milliseconds from closing to the work stopping").isLessThan(2_000);
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!output.getOut().contains("the client closed the connection") && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(output.getOut())
			.containsPattern("Stopped GET /test-only/slow-work after \\d+ ms: the client closed the connection");
	}

	@Test
	void aClientThatWaitsGetsItsAnswer() throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream().write(request("/test-only/slow-work?ms=400&id=waits", true));
			List<String> statuses = statusLines(socket, 1);
			assertThat(statuses).containsExactly("200");
		}
		assertThat(outcomes.poll(5, TimeUnit.SECONDS)).isEqualTo("waits finished");
	}

	/** The second request's bytes arrive while the first is worked on: they are the next request, not a goodbye. */
	@Test
	void pipelinedRequestsAreNotTakenForAClientThatLeft() throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request("/test-only/slow-work?ms=400&id=first", false));
			assertThat(started.poll(10, TimeUnit.SECONDS)).isEqualTo("first");
			out.write(request("/test-only/slow-work?ms=200&id=second", true));
			out.flush();
			assertThat(statusLines(socket, 2)).containsExactly("200", "200");
		}
		assertThat(List.of(outcomes.poll(5, TimeUnit.SECONDS), outcomes.poll(5, TimeUnit.SECONDS)))
			.containsExactly("first finished", "second finished");
	}

	private static byte[] request(String path, boolean last) {
		return ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + (last ? "Connection: close\r\n" : "") + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** Reads the connection to its end and returns the status codes of the answers on it. */
	private static List<String> statusLines(Socket socket, int expected) throws Exception {
		socket.setSoTimeout(15_000);
		String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		List<String> statuses = new ArrayList<>();
		Matcher status = Pattern.compile("HTTP/1\\.1 (\\d{3}) ").matcher(all);
		while (status.find()) {
			statuses.add(status.group(1));
		}
		assertThat(statuses).as(all).hasSize(expected);
		return statuses;
	}

}
