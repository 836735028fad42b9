package org.pledgewatch.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords a client address or a user name may send ({@code dashboard.security.*}).
 *
 * @param maxFailedLogins failed sign-ins allowed per client address and per user name within the window; further
 * attempts are answered 429 until the window has passed since the oldest of them
 * @param failedLoginWindow the window failures are counted in
 */
@ConfigurationProperties("dashboard.security")
public record LoginThrottleProperties(@DefaultValue("10") int maxFailedLogins,
		@DefaultValue("15m") Duration failedLoginWindow) {

	public LoginThrottleProperties {
		if (maxFailedLogins < 1) {
			throw new IllegalArgumentException("dashboard.security.max-failed-logins must be at least 1");
		}
		if (failedLoginWindow.isNegative() || failedLoginWindow.isZero()) {
			throw new IllegalArgumentException("dashboard.security.failed-login-window must be positive");
		}
	}

}
