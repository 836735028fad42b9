package org.pledgewatch.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pledgewatch.compliance.ComplianceCalculator;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.dataset.Accession;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetRow;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.Figures;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reports built from the shipped data, and from a small dataset with hostile names. */
final class ReportFixtures {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

	static final Target TWO = Target.valueOf("2");

	/** Version 1 on a fresh store: NATO's June 2024 edition, with money figures. */
	private static final ComplianceModel SHIPPED = new ComplianceCalculator(ShippedDataset.accessions())
		.compute(ShippedDataset.dataset(1));

	/** Version 2 on a fresh store: NATO's 2025 edition, shares of GDP only. */
	private static final ComplianceModel SHIPPED_SHARES_ONLY = new ComplianceCalculator(ShippedDataset.accessions())
		.compute(ShippedDataset.dataset(2));

	/** How an editor might cite an upload: characters a CSV, a spreadsheet or a PDF must keep as written. */
	static final DatasetCitation UPLOADED = new DatasetCitation(7,
			"=Ministry of Defence; \"Budget\" <draft>, 2023", "https://example.org/budget?a=1&b=2",
			"Figures typed in by hand from the draft budget.", LocalDate.of(2023, 11, 30), true);

	private ReportFixtures() {
	}

	static ComplianceModel shippedModel() {
		return SHIPPED;
	}

	/** The report texts in a language, from the application's message files. */
	static ReportText text(Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return new ReportText(messages, new Figures(messages), new CountryNames(messages), locale);
	}

	static ReportText english() {
		return text(Locale.ENGLISH);
	}

	/** A year of version 1, the June 2024 edition (money figures). */
	static ComplianceReport shipped(int year) {
		return shipped(1, year);
	}

	/** A year of a shipped version: 1 = the June 2024 edition, 2 = the 2025 edition (shares only). */
	static ComplianceReport shipped(int version, int year) {
		return shipped(version, year, "BEL");
	}

	static ComplianceReport shipped(int version, int year, String highlightIso3) {
		ComplianceModel model = switch (version) {
			case 1 -> SHIPPED;
			case 2 -> SHIPPED_SHARES_ONLY;
			default -> throw new IllegalArgumentException("no shipped version " + version);
		};
		return ComplianceReports.build(model, year, TWO, highlightIso3, TODAY);
	}

	/**
	 * An uploaded version 7 cited as {@link #UPLOADED}: Belgium, an ally named like a formula, one named like markup,
	 * one joining later and one reporting nothing.
	 */
	static ComplianceReport hostile() {
		AccessionRegister register = new AccessionRegister(Map.of(
				"BEL", new Accession("BEL", "Belgium", LocalDate.of(1949, 8, 24)),
				"XSS", new Accession("XSS", "<script>alert(1)</script>", LocalDate.of(1949, 8, 24)),
				"FRM", new Accession("FRM", "=HYPERLINK(\"http://evil.example\",\"x\")", LocalDate.of(1949, 8, 24)),
				"NEW", new Accession("NEW", "-Newcomer", LocalDate.of(2024, 4, 4)),
				"ISL", new Accession("ISL", "Iceland", LocalDate.of(1949, 8, 24))));
		List<DatasetRow> rows = List.of(
				row("Belgium", "BEL", 2022, "7000", "580000", false), row("Belgium", "BEL", 2023, "7500", "600000", true),
				row("<script>alert(1)</script>", "XSS", 2022, "2100", "100000", false),
				row("<script>alert(1)</script>", "XSS", 2023, "2300", "100000", true),
				row("=HYPERLINK(\"http://evil.example\",\"x\")", "FRM", 2022, "3000", "100000", false),
				row("=HYPERLINK(\"http://evil.example\",\"x\")", "FRM", 2023, "1500", "100000", true),
				row("-Newcomer", "NEW", 2022, "1000", "40000", false), row("-Newcomer", "NEW", 2023, "1200", "40000", true),
				row("Iceland", "ISL", 2022, null, "28000", false), row("Iceland", "ISL", 2023, null, "31000", true));
		ComplianceModel model = new ComplianceCalculator(register).compute(new Dataset(7, rows, UPLOADED));
		return ComplianceReports.build(model, 2023, TWO, "BEL", TODAY);
	}

	private static DatasetRow row(String country, String iso3, int year, String spending, String gdp, boolean estimate) {
		return new DatasetRow(country, iso3, year, spending == null ? null : new BigDecimal(spending),
				new BigDecimal(gdp), new BigDecimal("1000"), null, null, estimate);
	}

}
