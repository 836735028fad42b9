package org.pledgewatch.system;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code dashboard.*}.
 *
 * @param targetPct the spending target in % of GDP used when a request names none
 * @param highlightCountry iso3 of the ally called out on every page
 */
@ConfigurationProperties("dashboard")
public record DashboardProperties(@DefaultValue("2.0") BigDecimal targetPct, @DefaultValue("BEL") String highlightCountry) {
}
