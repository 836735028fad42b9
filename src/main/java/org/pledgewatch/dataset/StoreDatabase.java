package org.pledgewatch.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL store's database: one transaction per piece of work, failures turned into the store's exceptions
 * ({@link DatabaseFailures}), and whether the database answered the last time it was asked.
 */
final class StoreDatabase {

	private static final Logger log = LoggerFactory.getLogger(StoreDatabase.class);

	/**
	 * How long after the database was found unreachable work fails at once instead of waiting on the pool again: a
	 * page reading many versions would otherwise wait the pool's timeout once per version, past the time limit. One
	 * piece of work per interval (the watcher's, or a request's) still asks, so a database that is back is seen.
	 */
	static final Duration FAIL_FAST = Duration.ofSeconds(2);

	private final DataSource dataSource;

	private final LongSupplier nanoClock;

	private volatile @Nullable String unreachable;

	private volatile long unreachableAt;

	StoreDatabase(DataSource dataSource) {
		this(dataSource, System::nanoTime);
	}

	StoreDatabase(DataSource dataSource, LongSupplier nanoClock) {
		this.dataSource = dataSource;
		this.nanoClock = nanoClock;
	}

	DataSource dataSource() {
		return dataSource;
	}

	/** Why changes cannot be made now, or null when the database answered last time. */
	@Nullable String unreachable() {
		return unreachable;
	}

	/** Something other than a request found the database gone (the watcher's connection). */
	void lost() {
		unreachableAt = nanoClock.getAsLong();
		unreachable = DatabaseFailures.UNREACHABLE;
	}

	/**
	 * Something other than a request reached the database (the watcher's connection is back): the next work asks it
	 * at once instead of failing fast, so the instance catches up. (Its own failures must not keep the window open:
	 * the watcher retrying faster than {@link #FAIL_FAST} would otherwise never see the database back.)
	 */
	void answered() {
		unreachableAt = nanoClock.getAsLong() - FAIL_FAST.toNanos();
	}

	/** A change: when it fails, nothing was changed. */
	<T> T write(String what, Work<T> work) {
		return inTransaction(what, work, true);
	}

	<T> T read(String what, Work<T> work) {
		return inTransaction(what, work, false);
	}

	private <T> T inTransaction(String what, Work<T> work, boolean write) {
		String away = unreachable;
		if (away != null && nanoClock.getAsLong() - unreachableAt < FAIL_FAST.toNanos()) {
			throw DatabaseFailures.of(what, new SQLTransientConnectionException(away), write);
		}
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try {
				T result = work.run(c);
				c.commit();
				unreachable = null;
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				rollbackQuietly(c);
				throw ex;
			}
		}
		catch (SQLException ex) {
			if (DatabaseFailures.unreachable(ex)) {
				lost();
			}
			throw DatabaseFailures.of(what, ex, write);
		}
	}

	private static void rollbackQuietly(Connection c) {
		try {
			c.rollback();
		}
		catch (SQLException ex) {
			log.debug("Rollback failed: {}", ex.getMessage());
		}
	}

	/** Work on one connection, in one transaction. */
	interface Work<T> {

		T run(Connection connection) throws SQLException;

	}

}
