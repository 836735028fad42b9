package org.pledgewatch.report;

import java.time.LocalDate;
import java.util.Locale;

import org.pledgewatch.compliance.Target;

/**
 * One chart as asked for, every parameter resolved: what an image or a CSV is computed from, and what it is cached
 * under (for one model).
 *
 * @param year the year shown ({@code shares}, {@code map}); the other charts show every year
 * @param iso3 the ally named and highlighted
 * @param today the day printed on the image
 */
record ChartRequest(ChartKind kind, int year, Target target, String iso3, Locale locale, LocalDate today) {
}
