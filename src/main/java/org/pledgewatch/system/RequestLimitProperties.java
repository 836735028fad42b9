package org.pledgewatch.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long reading a page, an answer or a download may work ({@code dashboard.request.*}).
 *
 * @param timeLimit the time a GET may spend before its work is stopped and it answers 503; 0 means no limit. Uploads
 * and other writes are not limited: they are bounded by the upload size and must not stop halfway through a store.
 */
@ConfigurationProperties("dashboard.request")
public record RequestLimitProperties(@DefaultValue("30s") Duration timeLimit) {

	public RequestLimitProperties {
		if (timeLimit.isNegative()) {
			throw new IllegalArgumentException("dashboard.request.time-limit must not be negative (0 means no limit)");
		}
	}

}
