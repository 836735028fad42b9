package org.pledgewatch.dataset;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/** Names why a write failed, so the answer says what an operator must fix: room, permissions, or something else. */
final class StoreFailures {

	private StoreFailures() {
	}

	/**
	 * @param what what could not be done, e.g. "Could not store dataset version 3"
	 * @param nothingChanged the sentence that says what is left as it was
	 */
	static DatasetStoreException of(String what, Throwable ex, String nothingChanged) {
		if (noRoom(ex)) {
			return new NoRoomException(nothingChanged, ex);
		}
		if (notWritable(ex)) {
			return new StoreNotWritableException("The dataset store cannot be written (" + reason(ex) + "); "
					+ "nothing was changed.", ex);
		}
		return new DatasetStoreException(what + " (" + reason(ex) + "); nothing was changed.", ex);
	}

	/** ENOSPC or EDQUOT anywhere in the chain. */
	static boolean noRoom(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("no space left") || message.contains("quota exceeded")) {
				return true;
			}
		}
		return false;
	}

	static boolean notWritable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
					|| String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("read-only file system")) {
				return true;
			}
		}
		return false;
	}

	/** The operating system's reason without the server's paths: this is shown to anyone. */
	static String reason(Throwable ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		if (ex instanceof ReadOnlyFileSystemException) {
			return "read-only file system";
		}
		return ex.getCause() != null && ex.getMessage() == null ? reason(ex.getCause())
				: String.valueOf(ex.getMessage());
	}

}
