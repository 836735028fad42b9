package org.pledgewatch.system;

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

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		failedLogins.succeeded(keys(event.getAuthentication()));
	}

	private static java.util.List<String> keys(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		return LoginThrottleFilter.keys(address, authentication.getName());
	}

}
