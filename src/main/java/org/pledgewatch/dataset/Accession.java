package org.pledgewatch.dataset;

import java.time.LocalDate;

/** The day the North Atlantic Treaty entered into force for an ally. */
public record Accession(String iso3, String country, LocalDate joinedOn) {

	/** An ally counts in a year's aggregates from the year it joined. */
	public boolean memberIn(int year) {
		return joinedOn.getYear() <= year;
	}

}
