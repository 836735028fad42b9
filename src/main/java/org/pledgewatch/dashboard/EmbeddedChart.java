package org.pledgewatch.dashboard;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A chart on an embed page: what charts.js draws ({@code kind}) from which endpoint, its title in the reader's
 * language and the full page it links back to.
 */
record EmbeddedChart(String kind, String title, String endpoint, String page, boolean events) {

	EmbeddedChart(String kind, String title, UriComponentsBuilder endpoint, UriComponentsBuilder page,
			boolean events) {
		this(kind, title, endpoint.build().encode().toUriString(),
				page.build().encode().toUriString(), events);
	}

}
