package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.ShippedDataset;

/**
 * What NATO's August 2025 edition revised in its June 2024 edition, checked against the two editions' printed tables
 * (the reference table of every printed share), not against the comparison under test.
 */
class PreviousEditionTest {

	private static final Target TWO_PERCENT = Target.valueOf("2");

	private static final ComplianceModel EDITION_2024 = new ComplianceCalculator(ShippedDataset.accessions())
		.compute(ShippedDataset.dataset(1));

	private static final ComplianceModel EDITION_2025 = new ComplianceCalculator(ShippedDataset.accessions())
		.compute(ShippedDataset.dataset(2));

	private static final PreviousEdition REVISED = PreviousEdition.of(EDITION_2024, EDITION_2025);

	/** "ISO year" of every ally-year both editions print a share for, and print differently. */
	private static Set<String> revisedInPrint() throws IOException {
		Map<String, BigDecimal> june2024 = NatoReferenceSharesTest.printed("2024");
		Map<String, BigDecimal> august2025 = NatoReferenceSharesTest.printed("2025");
		Set<String> revised = new TreeSet<>();
		august2025.forEach((key, now) -> {
			BigDecimal then = june2024.get(key);
			if (then != null && then.compareTo(now) != 0) {
				revised.add(key);
			}
		});
		return revised;
	}

	@Test
	void everyAllyYearPrintedDifferentlyIsARevisionAndNoOther() throws IOException {
		Set<String> found = new TreeSet<>();
		REVISED.revisions().forEach(r -> found.add(r.iso3() + " " + r.year()));
		assertThat(found).isEqualTo(revisedInPrint()).isNotEmpty();
	}

	@Test
	void eachRevisionCarriesBothPrintedShares() throws IOException {
		Map<String, BigDecimal> june2024 = NatoReferenceSharesTest.printed("2024");
		Map<String, BigDecimal> august2025 = NatoReferenceSharesTest.printed("2025");
		for (Revision r : REVISED.revisions()) {
			String key = r.iso3() + " " + r.year();
			assertThat(r.previous()).as(key).isEqualByComparingTo(june2024.get(key));
			assertThat(r.shown()).as(key).isEqualByComparingTo(august2025.get(key));
		}
	}

	@Test
	void revisionsAreListedNewestYearFirstThenByName() {
		List<Revision> revisions = REVISED.revisions();
		assertThat(revisions).isSortedAccordingTo(
				Comparator.comparingInt(Revision::year).reversed().thenComparing(Revision::country));
		assertThat(revisions.get(0).year()).isEqualTo(2024);
		assertThat(revisions.get(0).country()).isNotEqualTo(revisions.get(0).iso3());
	}

	@Test
	void belgiumIn2024WasPrintedAt130InTheJune2024Edition() {
		assertThat(REVISED.share("BEL", 2024)).isEqualTo(new PreviousShare(1, new BigDecimal("1.30")));
	}

	@Test
	void anAllyYearPrintedAlikeIsNotRevised() throws IOException {
		Map<String, BigDecimal> june2024 = NatoReferenceSharesTest.printed("2024");
		Map<String, BigDecimal> august2025 = NatoReferenceSharesTest.printed("2025");
		Set<String> revised = revisedInPrint();
		String alike = june2024.keySet()
			.stream()
			.filter(k -> august2025.containsKey(k) && !revised.contains(k))
			.findFirst()
			.orElseThrow();
		String[] parts = alike.split(" ");
		assertThat(REVISED.share(parts[0], Integer.parseInt(parts[1]))).as(alike).isNull();
		assertThat(REVISED.share("BEL", 2025)).as("a year the previous edition does not have").isNull();
	}

	@Test
	void theYearsCountIsThePreviousEditionsOwn() {
		// NATO's June 2024 edition: 23 of the 31 allies with a 2024 figure at or above 2% (the August 2025 edition: 18).
		assertThat(REVISED.counts(2024, TWO_PERCENT, "BEL")).isEqualTo(new PreviousEditionCounts(1, 23, 31));
		assertThat(EDITION_2025.summary(2024, TWO_PERCENT, "BEL").alliesMeetingTarget()).isEqualTo(18);
		assertThat(REVISED.counts(2025, TWO_PERCENT, "BEL")).as("the June 2024 edition has no 2025").isNull();
	}

	@Test
	void rowsGetThePreviousShareBesideEachRevisedOne() {
		YearCompliance year = REVISED.revise(EDITION_2025.year(2024, TWO_PERCENT));
		AllyYear belgium = year.rows().stream().filter(r -> r.iso3().equals("BEL")).findFirst().orElseThrow();
		assertThat(belgium.previous()).isEqualTo(new PreviousShare(1, new BigDecimal("1.30")));
		CountryHistory history = REVISED.revise(EDITION_2025.country("BEL", TWO_PERCENT));
		assertThat(history.rows()).filteredOn(r -> r.year() == 2024)
			.singleElement()
			.extracting(AllyYear::previous)
			.isEqualTo(new PreviousShare(1, new BigDecimal("1.30")));
		YearSummary summary = REVISED.revise(EDITION_2025.summary(2024, TWO_PERCENT, "BEL"), TWO_PERCENT);
		assertThat(summary.previousEdition()).isEqualTo(new PreviousEditionCounts(1, 23, 31));
		assertThat(summary.countRevised()).isTrue();
	}

	@Test
	void withoutAPreviousEditionNothingIsRevised() {
		PreviousEdition none = PreviousEdition.none();
		assertThat(none.present()).isFalse();
		assertThat(none.citation()).isNull();
		assertThat(none.revisions()).isEmpty();
		assertThat(none.share("BEL", 2024)).isNull();
		assertThat(none.counts(2024, TWO_PERCENT, "BEL")).isNull();
		List<AllyYear> rows = EDITION_2025.year(2024, TWO_PERCENT).rows();
		assertThat(none.revise(rows)).isSameAs(rows);
		assertThat(REVISED.present()).isTrue();
		assertThat(REVISED.citation().version()).isEqualTo(1);
	}

}
