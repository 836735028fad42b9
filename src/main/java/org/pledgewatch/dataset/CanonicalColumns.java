package org.pledgewatch.dataset;

import java.util.List;

/** The column names of the canonical CSV format, in their canonical order. */
public final class CanonicalColumns {

	public static final String COUNTRY = "country";
	public static final String ISO3 = "iso3";
	public static final String YEAR = "year";
	public static final String DEFENCE_EXPENDITURE_MUSD = "defence_expenditure_musd";
	public static final String GDP_MUSD = "gdp_musd";
	public static final String SHARE_OF_GDP_PCT = "share_of_gdp_pct";
	public static final String REAL_CHANGE_PCT = "real_change_pct";
	public static final String POPULATION_THOUSANDS = "population_thousands";
	public static final String MILITARY_PERSONNEL_THOUSANDS = "military_personnel_thousands";
	public static final String EQUIPMENT_SHARE_PCT = "equipment_share_pct";
	public static final String ESTIMATE = "estimate";

	/** Every column in canonical order. */
	public static final List<String> ALL = List.of(COUNTRY, ISO3, YEAR, DEFENCE_EXPENDITURE_MUSD, GDP_MUSD,
			SHARE_OF_GDP_PCT, REAL_CHANGE_PCT, POPULATION_THOUSANDS, MILITARY_PERSONNEL_THOUSANDS, EQUIPMENT_SHARE_PCT,
			ESTIMATE);

	/** The columns a file must have. */
	public static final List<String> REQUIRED = List.of(COUNTRY, ISO3, YEAR, DEFENCE_EXPENDITURE_MUSD, GDP_MUSD);

	private CanonicalColumns() {
	}

}
