package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.ShippedDataset;

/** The shipped data must reproduce NATO's published two-decimal shares: the reference table is data, not logic. */
class NatoReferenceSharesTest {

	private static ComplianceModel model;

	private static final Target TWO_PERCENT = Target.valueOf("2");

	@BeforeAll
	static void compute() {
		model = new ComplianceCalculator(ShippedDataset.accessions()).compute(ShippedDataset.dataset());
	}

	@Test
	void everyComputedShareRoundsToNatosPublishedShare() throws IOException {
		List<String> mismatches = new ArrayList<>();
		int compared = 0;
		try (Reader reader = new InputStreamReader(
				getClass().getClassLoader().getResourceAsStream("data/reference-share-of-gdp.csv"),
				StandardCharsets.UTF_8)) {
			for (CSVRecord ref : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				int year = Integer.parseInt(ref.get("year"));
				String iso3 = ref.get("iso3");
				BigDecimal published = new BigDecimal(ref.get("share_gdp_pct"));
				AllyYear row = model.year(year, TWO_PERCENT)
					.rows()
					.stream()
					.filter(r -> r.iso3().equals(iso3))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no computed row for " + iso3 + " " + year));
				compared++;
				if (row.shareOfGdpPctRounded() == null
						|| BigDecimal.valueOf(row.shareOfGdpPctRounded()).compareTo(published) != 0) {
					mismatches.add(iso3 + " " + year + ": computed " + row.shareOfGdpPctRounded() + ", NATO " + published);
				}
			}
		}
		assertThat(compared).isEqualTo(341);
		assertThat(mismatches).isEmpty();
	}

	@Test
	void in2024TwentyThreeOfThirtyOneAlliesMeetTwoPercent() {
		YearSummary summary = model.summary(2024, TWO_PERCENT, "BEL");
		assertThat(summary.alliesReporting()).isEqualTo(31);
		assertThat(summary.alliesMeetingTarget()).isEqualTo(23);
		assertThat(summary.meetingTarget()).contains("USA", "POL", "SVK").doesNotContain("BEL", "ISL");
	}

	@Test
	void belgiumIn2024Is28thOf31AndAbout4point6BillionShort() {
		Highlight belgium = model.summary(2024, TWO_PERCENT, "BEL").highlight();
		assertThat(belgium.shareOfGdpPct()).isCloseTo(1.2991, org.assertj.core.data.Offset.offset(0.0001));
		assertThat(belgium.rank()).isEqualTo(28);
		assertThat(belgium.alliesRanked()).isEqualTo(31);
		assertThat(belgium.gapToTargetMusd()).isCloseTo(4595.88, org.assertj.core.data.Offset.offset(0.01));
		assertThat(belgium.meetsTarget()).isFalse();
	}

}
