package org.pledgewatch.context;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * A key event from {@code data/events.csv}, as the file writes it (English).
 *
 * @param date the day it happened
 * @param title a short title
 * @param description what happened
 * @param sourceUrl where it is reported
 * @param quotes the edition whose figures the text quotes ({@code quotes_edition}, "NATO 2024-06"); null when it
 * quotes none
 */
public record Event(LocalDate date, String title, String description, String sourceUrl,
		@Nullable QuotedEdition quotes) {

	/**
	 * A publisher's edition named by publisher and month of publication, as {@code events.csv} writes it: "NATO
	 * 2024-06".
	 */
	public record QuotedEdition(String publisher, YearMonth month) {

		static @Nullable QuotedEdition parse(String text) {
			String cell = text.strip();
			int space = cell.lastIndexOf(' ');
			if (space <= 0) {
				return null;
			}
			return new QuotedEdition(cell.substring(0, space).strip(), YearMonth.parse(cell.substring(space + 1)));
		}

		/** Whether {@code citation} is this edition: same publisher, published that month. */
		public boolean is(DatasetCitation citation) {
			return publisher.equals(citation.publisher()) && month.equals(citation.publishedIn());
		}

	}

	public int year() {
		return date.getYear();
	}

	/** The message key prefix of this event's translations: {@code event.2014-09-05}. */
	public String messageKey() {
		return "event." + date;
	}

}
