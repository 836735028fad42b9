package org.pledgewatch.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps what this instance serves the database's: on a connection of its own it LISTENs for the notification each
 * upload and activation sends, and catches up at once when one arrives, every {@code checkInterval} anyway (the
 * fallback for a notification missed), and as soon as a lost connection is back. While the database cannot be
 * reached it tries again every {@code retryInterval}, and the store refuses changes.
 */
final class DatabaseWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseWatcher.class);

	/** The longest wait for a notification before checking whether to stop. */
	private static final int WAIT_MILLIS = 250;

	private final PostgresDatasetStore store;

	private final DataSource listening;

	private final Runnable catchUp;

	private final Duration checkInterval;

	private final Duration retryInterval;

	private volatile boolean running;

	private volatile Thread thread;

	/**
	 * @param listening where the listening connection comes from (not the pool: it is held for good)
	 * @param catchUp brings this instance up to date ({@link PostgresDatasetStore#refresh} and announcing its result)
	 */
	DatabaseWatcher(PostgresDatasetStore store, DataSource listening, Runnable catchUp, Duration checkInterval,
			Duration retryInterval) {
		this.store = store;
		this.listening = listening;
		this.catchUp = catchUp;
		this.checkInterval = checkInterval;
		this.retryInterval = retryInterval;
	}

	@Override
	public void start() {
		running = true;
		thread = new Thread(this::watch, "dataset-store-watcher");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread watching = thread;
		if (watching != null) {
			watching.interrupt();
			try {
				watching.join(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void watch() {
		boolean lost = false;
		while (running) {
			try (Connection connection = listening.getConnection()) {
				try (Statement listen = connection.createStatement()) {
					listen.execute("LISTEN " + DatasetTables.CHANNEL);
				}
				store.connectionBack();
				catchUp.run();
				if (lost) {
					log.info("The dataset database is reachable again; caught up (version {} active)",
							store.activeVersion());
					lost = false;
				}
				follow(connection.unwrap(PGConnection.class));
			}
			catch (SQLException | DatasetStoreException ex) {
				if (!running) {
					return;
				}
				store.connectionLost();
				if (!lost) {
					log.warn("Lost the dataset database ({}): serving version {} and refusing changes until it is "
							+ "back; trying again every {} ms", DatabaseFailures.logged(ex), store.activeVersion(),
							retryInterval.toMillis());
					lost = true;
				}
				pause();
			}
			catch (RuntimeException ex) {
				log.error("Could not follow the dataset database; trying again in {} ms", retryInterval.toMillis(),
						ex);
				pause();
			}
		}
	}

	/** Waits for notifications on a working connection; returns only by an exception or when stopped. */
	private void follow(PGConnection connection) throws SQLException {
		long nextCheck = System.nanoTime() + checkInterval.toNanos();
		while (running) {
			PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
			boolean told = notifications != null && notifications.length > 0;
			if (told || System.nanoTime() - nextCheck >= 0) {
				catchUp.run();
				nextCheck = System.nanoTime() + checkInterval.toNanos();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(retryInterval.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
