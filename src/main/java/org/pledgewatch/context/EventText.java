package org.pledgewatch.context;

import org.jspecify.annotations.Nullable;

/**
 * An event in the reader's language; the JSON of {@code /api/events}.
 *
 * @param date ISO date, 2024-05-28
 * @param year its year, where the charts draw it
 * @param title the title
 * @param shortTitle a few words for a chart annotation
 * @param description what happened
 * @param sourceUrl where it is reported
 * @param quotes the edition whose figures the text quotes; null when none
 */
public record EventText(String date, int year, String title, String shortTitle, String description, String sourceUrl,
		@com.fasterxml.jackson.annotation.JsonIgnore Event.@Nullable QuotedEdition quotes) {
}
