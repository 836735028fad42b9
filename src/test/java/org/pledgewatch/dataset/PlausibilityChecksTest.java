package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The thresholds of the plausibility checks, at and just past each edge the issue names. */
class PlausibilityChecksTest {

	private final PlausibilityChecks checks = new PlausibilityChecks(ShippedDataset.accessions(), null);

	private static DatasetRow money(String iso3, int year, String spending, String gdp) {
		return new DatasetRow(iso3, iso3, year, new BigDecimal(spending), new BigDecimal(gdp), null, null, null, false);
	}

	private static DatasetRow share(String iso3, int year, String share) {
		return new DatasetRow(iso3, iso3, year, null, null, null, null, null, false, new BigDecimal(share), null);
	}

	private List<String> codes(List<DatasetRow> rows, List<DatasetRow> published) {
		// Only Belgium is in these files: the sparse-year check is not what is tested here.
		return checks.check(rows, new Dataset(1, published))
			.stream()
			.map(UploadWarning::code)
			.filter(code -> !code.equals("sparse-year"))
			.toList();
	}

	@Test
	void aMoneyFigureMayChangeByHalfButNotMore() {
		// 100 → 150 is +50% (and the share stays 1.00 → 1.00 of a GDP moving alike).
		assertThat(codes(List.of(money("BEL", 2024, "150", "15000")), List.of(money("BEL", 2024, "100", "10000"))))
			.isEmpty();
		assertThat(codes(List.of(money("BEL", 2024, "150.1", "15000")), List.of(money("BEL", 2024, "100", "10000"))))
			.containsExactly("money-jump");
		assertThat(codes(List.of(money("BEL", 2024, "49.9", "4990")), List.of(money("BEL", 2024, "100", "10000"))))
			.containsExactly("money-jump", "money-jump");
	}

	@Test
	void aShareMayMoveByOnePointButNotMore() {
		assertThat(codes(List.of(share("BEL", 2024, "3.00")), List.of(share("BEL", 2024, "2.00")))).isEmpty();
		assertThat(codes(List.of(share("BEL", 2024, "3.01")), List.of(share("BEL", 2024, "2.00"))))
			.containsExactly("share-jump");
	}

	@Test
	void aShareFromATenthToFifteenPercentIsPlausible() {
		assertThat(codes(List.of(share("BEL", 2024, "0.1"), share("BEL", 2025, "15")), List.of())).isEmpty();
		assertThat(codes(List.of(share("BEL", 2024, "0.09"), share("BEL", 2025, "15.01")), List.of()))
			.containsExactly("share-implausible", "share-implausible");
	}

	@Test
	void halfOfTheYearsMembersReportingIsEnough() {
		// 2024: 32 members (data/nato-members.csv); 16 with a share is half, 15 is fewer.
		List<String> members = List.of("ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
				"GRC", "HUN", "ISL", "ITA", "LVA");
		List<DatasetRow> sixteen = members.stream().map(iso3 -> share(iso3, 2024, "2.0")).toList();
		assertThat(checks.check(sixteen, new Dataset(1, List.of()))).isEmpty();
		assertThat(checks.check(sixteen.subList(0, 15), new Dataset(1, List.of()))).extracting(UploadWarning::code)
			.containsExactly("sparse-year");
	}

	/** Sixteen of 2024's 32 members with a share (half: a complete year), Belgium not among them. */
	private static List<DatasetRow> sixteenWithoutBelgium() {
		return List.of("ALB", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL",
				"ITA", "LVA", "LTU").stream().map(iso3 -> share(iso3, 2024, "2.0")).toList();
	}

	@Test
	void theHighlightedAllyMissingFromTheLatestCompleteYearNeedsALook() {
		PlausibilityChecks withBelgium = new PlausibilityChecks(ShippedDataset.accessions(), "BEL");

		List<UploadWarning> warnings = withBelgium.check(sixteenWithoutBelgium(),
				new Dataset(1, List.of(share("BEL", 2024, "1.30"))));

		assertThat(warnings).extracting(UploadWarning::code).containsExactly("highlighted-ally-missing");
		assertThat(warnings.get(0).needsConfirmation()).isTrue();
	}

	@Test
	void theHighlightedAllyWithAShareInTheLatestCompleteYearIsFine() {
		PlausibilityChecks withBelgium = new PlausibilityChecks(ShippedDataset.accessions(), "BEL");
		List<DatasetRow> rows = new java.util.ArrayList<>(sixteenWithoutBelgium());
		rows.add(share("BEL", 2024, "1.30"));

		assertThat(withBelgium.check(rows, new Dataset(1, List.of()))).isEmpty();
	}

	@Test
	void anAllyTheRegisterDoesNotKnowCountsAsAMember() {
		// 32 members plus one the register does not know: 16 of 33 is fewer than half.
		List<DatasetRow> rows = new java.util.ArrayList<>(sixteenWithoutBelgium());
		rows.add(new DatasetRow("Atlantis", "ATL", 2024, null, null, null, null, null, false, null, null));

		assertThat(checks.check(rows, new Dataset(1, List.of()))).extracting(UploadWarning::code)
			.containsExactly("sparse-year");
	}

}
