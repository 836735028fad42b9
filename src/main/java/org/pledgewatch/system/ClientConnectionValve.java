package org.pledgewatch.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.pledgewatch.budget.ClientConnection;

/**
 * Gives each GET or HEAD a {@link TomcatClientConnection} (as a request attribute), so its work can stop when the
 * client goes away. Only Tomcat's own request reaches the connection, hence a valve rather than a servlet filter.
 */
final class ClientConnectionValve extends ValveBase {

	static final String ATTRIBUTE = ClientConnection.class.getName();

	ClientConnectionValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			request.setAttribute(ATTRIBUTE, new TomcatClientConnection(request.getCoyoteRequest()));
		}
		getNext().invoke(request, response);
	}

}
