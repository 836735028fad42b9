package org.pledgewatch.report;

import java.util.List;

/** Where the shipped figures come from and what they mean (from {@code data/SOURCES.md}), printed in every report. */
final class ReportSources {

	static final String PUBLICATION = "NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024";

	static final String URL = "https://www.nato.int/nato_static_fl2014/assets/pdf/2024/6/pdf/240617-def-exp-2024-en.pdf";

	static final String POPULATION = "Population: World Bank SP.POP.TOTL (total population, mid-year)";

	/** Definitions, one sentence each, in the order a reader needs them. */
	static final List<String> DEFINITIONS = List.of(
			"Defence expenditure: payments by a national government to meet the needs of its armed forces, those of "
					+ "Allies or of the Alliance, on NATO's agreed definition (includes pensions); million US dollars "
					+ "at current prices and exchange rates.",
			"GDP: million US dollars at current prices and exchange rates (NATO Table 5; DG ECFIN and OECD).",
			"Share of GDP: defence expenditure / GDP x 100; an ally meets the target when its share, rounded to two "
					+ "decimals as NATO publishes it, is at or above the target.",
			"Gap to target: the further defence expenditure (million USD) needed to reach the target with the same GDP; "
					+ "0 when the target is met.",
			"Rank: among the year's members with reported figures, by rounded share; equal shares share a rank.",
			"Estimates (e): NATO marks 2023 and 2024 as estimates based on planned spending and GDP forecasts; later "
					+ "editions revise them.",
			"Members: an ally counts in a year's ranks and totals from the year it joined NATO; earlier years are "
					+ "shown but marked as not yet a member.",
			"Missing values: Iceland reports no defence expenditure (it has no armed forces); it has no share, rank "
					+ "or verdict, never 0%.");

	private ReportSources() {
	}

	static String datasetLine(int version) {
		return "Dataset version " + version;
	}

}
