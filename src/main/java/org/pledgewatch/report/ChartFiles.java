package org.pledgewatch.report;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.system.ShownVersion;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of a chart's file for the pages' download links ({@code ${@chartFiles.path('shares', 'png', 2025, null,
 * '2')}}): only the parameters that apply, the reader's language, so a shared link keeps it, and the version the
 * page was asked for, so the file holds the figures the page cites.
 */
@Component("chartFiles")
public class ChartFiles {

	private final ShownVersion shown;

	ChartFiles(ShownVersion shown) {
		this.shown = shown;
	}

	public String path(String chart, String format, @Nullable Integer year, @Nullable String iso3, String target) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/charts/" + chart + "." + format);
		if (year != null) {
			uri.queryParam("year", year);
		}
		if (iso3 != null && !iso3.isBlank()) {
			uri.queryParam("iso3", iso3);
		}
		return shown.link(uri.queryParam("target", target)
			.queryParam("lang", LocaleContextHolder.getLocale().getLanguage())
			.encode()
			.build()
			.toUriString());
	}

}
