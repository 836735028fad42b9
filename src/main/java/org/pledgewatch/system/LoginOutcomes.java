package org.pledgewatch.system;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link FailedLogins} from Spring Security's authentication events, which the form login and HTTP Basic both
 * publish with the client's address in their details.
 */
@Component
class LoginOutcomes {

	private final FailedLogins failedLogins;

	LoginOutcomes(FailedLogins failedLogins) {
		this.failedLogins = failedLogins;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		failedLogins.failed(keys(event.getAuthentication()));
	}

	/**
	 * A right password clears its client's failures only: clearing the user name's too would let a guesser elsewhere
	 * start afresh every time the editor signs in (a script does at every request).
	 */
	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String address = clientAddress(event.getAuthentication());
		if (address != null) {
			failedLogins.succeeded(List.of(LoginThrottleFilter.clientKey(address)));
		}
	}

	private static List<String> keys(Authentication authentication) {
		return LoginThrottleFilter.keys(clientAddress(authentication), authentication.getName());
	}

	private static @Nullable String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
