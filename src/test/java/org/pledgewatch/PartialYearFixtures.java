package org.pledgewatch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetRow;
import org.pledgewatch.dataset.ShippedDataset;

/**
 * The two partial files of issue 21, written by hand: eight allies' 2026 shares (all at or above 2 %), alone or added
 * to NATO's 2025 edition. The register has 32 members in 2026, so either way 2026 is "8 of 32 allies have reported;
 * all 8 meet 2%", never "8 of 8".
 */
public final class PartialYearFixtures {

	/** "8 of 8", "8 van 8", "8 sur 8", "8 von 8": what a partial year of eight must never say, in any language. */
	public static final java.util.regex.Pattern EIGHT_OF_EIGHT = java.util.regex.Pattern
		.compile("\\b8 (of|van|sur|von) 8\\b");

	/** A page as a reader of {@code lang} gets it, which must answer 200. */
	public static String page(org.springframework.test.web.servlet.MockMvc mvc, String address, String lang)
			throws Exception {
		return mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(address)
				.param("lang", lang))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}


	/** Poland 4.70, Lithuania 4.00, Latvia 3.90, Estonia 3.95, United States 3.20, Greece 3.10, Denmark 3.30, Finland 2.50. */
	public static List<DatasetRow> eightOf2026() {
		return List.of(share("Poland", "POL", "4.70"), share("Lithuania", "LTU", "4.00"),
				share("Latvia", "LVA", "3.90"), share("Estonia", "EST", "3.95"), share("United States", "USA", "3.20"),
				share("Greece", "GRC", "3.10"), share("Denmark", "DNK", "3.30"), share("Finland", "FIN", "2.50"));
	}

	/** Eight allies' 2026 rows and nothing else. */
	public static Dataset onlyEightOf2026() {
		return new Dataset(3, eightOf2026(),
				new DatasetCitation(3, "Ministries of defence, 2026 budgets", null, null, null, false));
	}

	/** NATO's 2025 edition with eight allies' 2026 rows added. */
	public static Dataset edition2025WithEightOf2026() {
		List<DatasetRow> rows = new ArrayList<>(ShippedDataset.dataset(2).rows());
		rows.addAll(eightOf2026());
		return new Dataset(3, rows,
				new DatasetCitation(3, "NATO 2025 edition and 2026 budgets", null, null, null, false));
	}

	private static DatasetRow share(String country, String iso3, String share) {
		return new DatasetRow(country, iso3, 2026, null, null, null, null, null, true, new BigDecimal(share), null);
	}

	private PartialYearFixtures() {
	}

}
