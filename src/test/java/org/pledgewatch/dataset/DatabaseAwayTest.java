package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the database down, a page that reads many versions must not wait on the pool once per version (with a pool's
 * 3 s timeout, /datasets took 39 s): after one failed attempt the store fails at once for a short while.
 */
class DatabaseAwayTest {

	private static TestPostgres postgres;

	@BeforeAll
	static void startPostgres() {
		postgres = TestPostgres.start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	/** Counts the connections asked for: each one is a wait on the pool when the database is away. */
	private static DataSource counting(DataSource real, AtomicInteger asked) {
		return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					if (method.getName().equals("getConnection")) {
						asked.incrementAndGet();
					}
					try {
						return method.invoke(real, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	@Test
	void readsOfManyVersionsAskTheDatabaseOnceThenFailAtOnceAndRecover() throws Exception {
		AtomicInteger asked = new AtomicInteger();
		DataSource database = counting(postgres.dataSource(postgres.newDatabase()), asked);
		PostgresDatasetStore store = PostgresDatasetStore.open(database, List.of(DatasetStoreContractTest.SEED), null,
				Duration.ofMillis(100));
		for (int musd = 101; musd <= 110; musd++) {
			store.add(DatasetStoreContractTest.spending(musd));
		}
		postgres.stop();
		try {
			asked.set(0);
			for (int version = 1; version <= 11; version++) {
				assertThat(store.derived(version, "changes.json")).isEmpty();
			}
			assertThat(asked.get()).as("connections asked for while the database is down").isEqualTo(1);
			assertThatThrownBy(() -> store.activate(11, "editor")).isInstanceOf(StoreNotWritableException.class)
				.hasMessageContaining("cannot be reached");
			assertThat(asked.get()).isEqualTo(1);
		}
		finally {
			postgres.restart();
		}
		Thread.sleep(StoreDatabase.FAIL_FAST.toMillis() + 100);
		store.activate(11, "editor");
		assertThat(store.activeVersion()).isEqualTo(11);
	}

}
