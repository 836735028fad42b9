package org.pledgewatch.dataset;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;

/**
 * Tells a database that cannot be reached (down, restarting, refusing us) from one that answered with an error, and
 * turns either into the store's exceptions with a message anyone may read (no host names: it is shown to visitors).
 */
final class DatabaseFailures {

	static final String UNREACHABLE = "the database cannot be reached";

	private DatabaseFailures() {
	}

	/** A connection failure, a server shutting down or starting, refused credentials, or no such database. */
	static boolean unreachable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql) {
				String state = String.valueOf(sql.getSQLState());
				if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("28")
						|| state.equals("3D000") || state.startsWith("53")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * What the log says: the driver's message closest to the cause (the pool's "not available" says less than the
	 * driver's "connection refused" under it), which may name the host: operators only.
	 */
	static String logged(Throwable ex) {
		String said = String.valueOf(ex.getMessage());
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				said = sql.getMessage() + " [SQLState " + sql.getSQLState() + "]";
			}
		}
		return said;
	}

	/**
	 * @param what what could not be done, e.g. "Could not store dataset version 3"
	 * @param write whether it was a change (then nothing was changed)
	 */
	static DatasetStoreException of(String what, Throwable ex, boolean write) {
		String nothingChanged = write ? " nothing was changed." : "";
		if (unreachable(ex)) {
			return new StoreNotWritableException(
					"The dataset database cannot be reached" + (write ? "; nothing was changed." : ".") + " Try again when it is back.", ex);
		}
		if ("55P03".equals(state(ex))) {
			return new StoreNotWritableException(
					"The dataset database is busy with another change" + (write ? "; nothing was changed." : ".") + " Try again.", ex);
		}
		return new DatasetStoreException(what + " (database error " + state(ex) + ");" + nothingChanged, ex);
	}

	private static @Nullable String state(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

}
