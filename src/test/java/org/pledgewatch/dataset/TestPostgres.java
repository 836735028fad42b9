package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for tests, from the binaries Maven brings (no installation, no Docker), one per test class: each
 * test takes a fresh database in it. It can be stopped and started again on the same data and port, as an outage.
 */
public final class TestPostgres implements AutoCloseable {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres server;

	private boolean running;

	private TestPostgres(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.server = launch();
	}

	public static TestPostgres start() {
		try {
			return new TestPostgres(Files.createTempDirectory("pledgewatch-pg"), freePort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A new, empty database; its name for {@link #url}. */
	public String newDatabase() {
		String name = "pledgewatch_" + DATABASES.incrementAndGet();
		try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return name;
	}

	public DataSource dataSource(String database) {
		return server.getDatabase("postgres", database);
	}

	public String url(String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
	}

	public String username() {
		return "postgres";
	}

	/** Stops the server, as a crash or maintenance would; its data stays. */
	public void stop() {
		running = false;
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts it again on the same data and port. */
	public void restart() {
		server = launch();
	}

	/** Starts it again if a test stopped it and failed before starting it. */
	public void ensureRunning() {
		if (!running) {
			restart();
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		try (var walk = Files.walk(dataDirectory)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private EmbeddedPostgres launch() {
		try {
			EmbeddedPostgres started = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.start();
			running = true;
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
