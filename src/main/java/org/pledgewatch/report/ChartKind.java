package org.pledgewatch.report;

import java.util.Locale;
import java.util.Optional;

/** The charts a page offers as images and data: {@code /charts/{chart}.png|svg|csv} and {@code /embed/{chart}}. */
enum ChartKind {

	SHARES, HISTORY, SPENDING, MEETING, MAP;

	/** The chart a path names ({@code shares}, exactly as written), if any. */
	static Optional<ChartKind> of(String name) {
		for (ChartKind kind : values()) {
			if (kind.pathName().equals(name)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	String pathName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
