package org.pledgewatch.report;

import java.util.List;

/**
 * Where the shipped figures come from (from {@code data/SOURCES.md}), printed in every report. The publication is
 * cited by its English title; the definitions are messages {@code report.definition.<name>.label} and {@code .text}.
 */
final class ReportSources {

	static final String PUBLICATION = "NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024";

	static final String URL = "https://www.nato.int/nato_static_fl2014/assets/pdf/2024/6/pdf/240617-def-exp-2024-en.pdf";

	/** The definitions' message names, in the order a reader needs them. */
	static final List<String> DEFINITIONS = List.of("spending", "gdp", "share", "gap", "rank", "estimates", "members",
			"missing");

	private ReportSources() {
	}

	/** A definition as a label and its sentence. */
	record Definition(String label, String text) {
	}

	static List<Definition> definitions(ReportText text) {
		return DEFINITIONS.stream()
			.map(d -> new Definition(text.get("report.definition." + d + ".label"),
					text.get("report.definition." + d + ".text")))
			.toList();
	}

}
