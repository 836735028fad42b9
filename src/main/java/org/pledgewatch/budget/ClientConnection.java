package org.pledgewatch.budget;

/** Whether the client that asked is still waiting for the answer. */
@FunctionalInterface
public interface ClientConnection {

	/** A connection whose client is never known to have gone (tests, work outside a request). */
	ClientConnection UNKNOWN = () -> false;

	/** True once the client is known to have closed the connection; may read from it, so not called per row. */
	boolean gone();

	/**
	 * Closes the connection at once, without ending the answer, so the client sees an answer broken off rather than a
	 * shorter one that looks whole. For an answer that fails after its first bytes were sent.
	 */
	default void breakOff() {
	}

}
