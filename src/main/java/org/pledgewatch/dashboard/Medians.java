package org.pledgewatch.dashboard;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.CountryHistory;

/** The alliance median by year, for the data tables beside the trend charts. */
final class Medians {

	private Medians() {
	}

	static Map<Integer, @Nullable Double> byYear(CountryHistory history) {
		Map<Integer, @Nullable Double> medians = new HashMap<>();
		history.allianceMedians().forEach(m -> medians.put(m.year(), m.medianShareOfGdpPct()));
		return medians;
	}

}
