package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the database itself keeps the active version honest: pointing it at another version without the
 * audit row that says who did it is refused, so a bare UPDATE cannot publish a draft to every instance.
 */
class AuditedActivationTest {

	private static TestPostgres postgres;

	private DataSource database;

	@BeforeAll
	static void startPostgres() {
		postgres = TestPostgres.start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void freshDatabase() {
		database = postgres.dataSource(postgres.newDatabase());
	}

	private PostgresDatasetStore open() {
		return PostgresDatasetStore.open(database, List.of(DatasetStoreContractTest.SEED), null, Duration.ofMillis(100));
	}

	private static NewVersion draft() {
		NewVersion v = DatasetStoreContractTest.spending(900);
		return new NewVersion(v.filename(), v.content(), v.rows(), "editor", VersionSource.none(), true);
	}

	private void execute(String sql) throws SQLException {
		try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	private int activeInDatabase() throws SQLException {
		try (Connection c = database.getConnection()) {
			return DatasetTables.activeVersion(c);
		}
	}

	@Test
	void pointingTheActiveVersionAtADraftWithoutAnAuditRowIsRefused() throws SQLException {
		PostgresDatasetStore store = open();
		int draft = store.add(draft()).version();

		assertThatThrownBy(() -> execute("update active_version set version = " + draft))
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("audit_log");
		assertThat(activeInDatabase()).isEqualTo(1);
	}

	@Test
	void rollingBackWithoutAnAuditRowIsRefusedToo() throws SQLException {
		PostgresDatasetStore store = open();
		store.add(DatasetStoreContractTest.spending(200));
		store.activate(2, "editor");

		assertThatThrownBy(() -> execute("update active_version set version = 1")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> execute("delete from active_version")).isInstanceOf(SQLException.class);
		assertThat(activeInDatabase()).isEqualTo(2);
	}

	@Test
	void activatingThroughTheStoreWritesTheRowAndPasses() throws SQLException {
		PostgresDatasetStore store = open();
		int draft = store.add(draft()).version();

		store.activate(draft, "editor");

		assertThat(activeInDatabase()).isEqualTo(draft);
		assertThat(open().activeVersion()).isEqualTo(draft);
	}

}
