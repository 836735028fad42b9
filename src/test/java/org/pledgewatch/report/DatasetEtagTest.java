package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.InMemoryDatasetStore;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.system.DashboardProperties;
import org.springframework.mock.web.MockHttpServletRequest;

class DatasetEtagTest {

	private final Dataset shipped = ShippedDataset.dataset(1);

	private final ComplianceService compliance = new ComplianceService(() -> shipped, ShippedDataset.accessions(),
			new DashboardProperties(new BigDecimal("2.0"), "BEL"));

	private final DatasetEtag etags = new DatasetEtag(compliance);

	@Test
	void aNewDatasetVersionChangesEveryTagSoUploadsShowAtOnce() {
		String before = etags.of(request("/api/summary", "year", "2024"), Locale.ENGLISH);
		compliance.onDatasetActivated(new DatasetActivated(new Dataset(2, shipped.rows())));
		String after = etags.of(request("/api/summary", "year", "2024"), Locale.ENGLISH);
		assertThat(before).startsWith("W/\"v1-");
		assertThat(after).startsWith("W/\"v2-").isNotEqualTo(before);
	}

	@Test
	void pathAndParametersAreInTheTagButTheirOrderIsNot() {
		MockHttpServletRequest yearThenTarget = request("/reports/compliance.csv", "year", "2024");
		yearThenTarget.addParameter("target", "2");
		MockHttpServletRequest targetThenYear = request("/reports/compliance.csv", "target", "2");
		targetThenYear.addParameter("year", "2024");
		assertThat(etags.of(yearThenTarget, Locale.ENGLISH)).isEqualTo(etags.of(targetThenYear, Locale.ENGLISH));
		assertThat(etags.of(request("/reports/compliance.pdf", "year", "2024"), Locale.ENGLISH))
			.isNotEqualTo(etags.of(request("/reports/compliance.xlsx", "year", "2024"), Locale.ENGLISH));
		assertThat(etags.of(request("/reports/compliance.csv", "format", "excel-be"), Locale.ENGLISH))
			.isNotEqualTo(etags.of(request("/reports/compliance.csv", "format", "standard"), Locale.ENGLISH));
	}

	@Test
	void theLanguageIsInTheTagSoADutchPdfIsNotAnEnglishOne() {
		String english = etags.of(request("/reports/compliance.pdf", "year", "2024"), Locale.ENGLISH);
		String dutch = etags.of(request("/reports/compliance.pdf", "year", "2024"), Locale.forLanguageTag("nl"));
		String french = etags.of(request("/api/events", "year", "2024"), Locale.FRENCH);
		assertThat(dutch).isNotEqualTo(english);
		assertThat(french).isNotEqualTo(etags.of(request("/api/events", "year", "2024"), Locale.GERMAN));
	}

	@Test
	void ifNoneMatchComparesWeaklyAndAcceptsListsAndStar() {
		String tag = "W/\"v1-abc\"";
		assertThat(DatasetEtag.matches(tag, tag)).isTrue();
		assertThat(DatasetEtag.matches("\"v1-abc\"", tag)).isTrue();
		assertThat(DatasetEtag.matches("W/\"v0-zzz\", W/\"v1-abc\"", tag)).isTrue();
		assertThat(DatasetEtag.matches("*", tag)).isTrue();
		assertThat(DatasetEtag.matches("W/\"v2-abc\"", tag)).isFalse();
		assertThat(DatasetEtag.matches(null, tag)).isFalse();
	}

	@Test
	void aPageOfAnOlderVersionGetsANewTagWhenAnotherVersionIsActivatedForItsBannerNamesThePublishedOne() {
		InMemoryDatasetStore store = InMemoryDatasetStore.shipped();
		DatasetEtag withStore = new DatasetEtag(compliance, store);
		String before = withStore.of(request("/", "version", "1"), Locale.ENGLISH);
		store.activate(1, "editor");
		String after = withStore.of(request("/", "version", "1"), Locale.ENGLISH);
		assertThat(after).startsWith("W/\"v1-").isNotEqualTo(before);
	}

	private static MockHttpServletRequest request(String path, String name, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addParameter(name, value);
		return request;
	}

}
