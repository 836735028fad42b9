package org.pledgewatch.dashboard;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A chart on an embed page: what charts.js draws ({@code kind}) from which endpoint, its title message and the full
 * page it links back to.
 */
record EmbeddedChart(String kind, String titleKey, Object[] titleArguments, String endpoint, String page,
		boolean events) {

	EmbeddedChart(String kind, String titleKey, Object[] titleArguments, UriComponentsBuilder endpoint,
			UriComponentsBuilder page, boolean events) {
		this(kind, titleKey, titleArguments, endpoint.build().encode().toUriString(),
				page.build().encode().toUriString(), events);
	}

}
