package org.pledgewatch.context;

import java.time.LocalDate;

/**
 * A key event from {@code data/events.csv}, as the file writes it (English).
 *
 * @param date the day it happened
 * @param title a short title
 * @param description what happened
 * @param sourceUrl where it is reported
 */
public record Event(LocalDate date, String title, String description, String sourceUrl) {

	public int year() {
		return date.getYear();
	}

	/** The message key prefix of this event's translations: {@code event.2014-09-05}. */
	public String messageKey() {
		return "event." + date;
	}

}
