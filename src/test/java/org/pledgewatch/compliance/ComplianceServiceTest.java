package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.system.DashboardProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ComplianceServiceTest {

	private final ComplianceService compliance = new ComplianceService(() -> ShippedDataset.dataset(1),
			ShippedDataset.accessions(), new DashboardProperties(new BigDecimal("2.0"), "BEL"));

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	private static void startRequest() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}

	@Test
	void aRequestReadsTheVersionItStartedWithWhenAnotherIsActivatedMeanwhile() {
		startRequest();
		assertThat(compliance.model().version()).isEqualTo(1);

		compliance.onDatasetActivated(new DatasetActivated(ShippedDataset.dataset(2)));

		// The rest of the same page (its footer, its ETag) still cites version 1 ...
		assertThat(compliance.model().version()).isEqualTo(1);
		assertThat(compliance.model().citation().version()).isEqualTo(1);
		// ... and the next request gets version 2.
		RequestContextHolder.resetRequestAttributes();
		startRequest();
		assertThat(compliance.model().version()).isEqualTo(2);
	}

	@Test
	void outsideARequestTheActiveVersionIsReadEveryTime() {
		assertThat(compliance.model().version()).isEqualTo(1);
		compliance.onDatasetActivated(new DatasetActivated(ShippedDataset.dataset(2)));
		assertThat(compliance.model().version()).isEqualTo(2);
	}

}
