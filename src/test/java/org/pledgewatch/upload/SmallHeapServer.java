package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The server as an operator on a small VM runs it: its own JVM with {@code -Xmx256m}, exiting on out-of-memory as
 * README's unit does, on a store of its own. Started from the test's class path, so it is the code under test.
 */
final class SmallHeapServer implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final StoreHttp http;

	private final int port;

	private SmallHeapServer(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
		this.http = StoreHttp.on(port);
	}

	/** Starts the server on {@code work} and waits (up to 3 minutes) until it answers. */
	static SmallHeapServer start(Path work, String... moreArguments) throws Exception {
		int port = freePort();
		Path log = work.resolve("server.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), "org.pledgewatch.PledgewatchApplication",
				"--server.port=" + port, "--dashboard.store-dir=" + work.resolve("store"),
				"--dashboard.admin.username=editor", "--dashboard.admin.password=s3cret"));
		command.addAll(List.of(moreArguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		SmallHeapServer server = new SmallHeapServer(process, log, port);
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!server.answers()) {
			assertThat(process.isAlive()).as("server running; its log:%n%s", server.logText()).isTrue();
			assertThat(System.nanoTime()).as("server started within 3 minutes").isLessThan(deadline);
			Thread.sleep(250);
		}
		return server;
	}

	StoreHttp http() {
		return http;
	}

	int port() {
		return port;
	}

	boolean alive() {
		return process.isAlive();
	}

	String logText() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

	private boolean answers() {
		try {
			return http.get("/api/datasets").getStatusCode().value() == 200;
		}
		catch (RuntimeException notYet) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
