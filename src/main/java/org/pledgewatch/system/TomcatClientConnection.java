package org.pledgewatch.system;

import org.apache.coyote.ActionCode;
import org.apache.coyote.Request;
import org.pledgewatch.budget.ClientConnection;

/**
 * Asks Tomcat whether the client of a request without a body has closed its connection. A request without a body
 * has nothing left to read, so a non-blocking read that finds bytes means either the end of the connection or the
 * start of a pipelined next request. Tomcat keeps pipelined bytes in its buffer, so a second read finds nothing
 * new; at the end of the connection every read finds the end again. Two reads that both find bytes therefore mean
 * the client has gone. (No read blocks, and Tomcat keeps what it read for the next request.)
 */
final class TomcatClientConnection implements ClientConnection {

	private final Request request;

	TomcatClientConnection(Request request) {
		this.request = request;
	}

	@Override
	public boolean gone() {
		return readFindsBytes() && readFindsBytes();
	}

	/** Tomcat swallows what is written after this and closes the connection without the last chunk. */
	@Override
	public void breakOff() {
		request.getResponse().action(ActionCode.CLOSE_NOW, null);
	}

	private boolean readFindsBytes() {
		request.action(ActionCode.AVAILABLE, Boolean.TRUE);
		return request.getAvailable() > 0;
	}

}
