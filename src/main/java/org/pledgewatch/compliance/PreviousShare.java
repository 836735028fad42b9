package org.pledgewatch.compliance;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the previous published edition of the same publisher printed for an ally-year the shown version revised:
 * Belgium 2024 was 1.30 in NATO's June 2024 edition (version 1), 1.29 in its August 2025 edition.
 *
 * @param version the dataset version of the previous edition
 * @param shareOfGdpPct the share it printed, two decimals
 */
@Schema(description = "The share the previous published edition of the same publisher printed for this ally-year, "
		+ "where the version shown revised it")
public record PreviousShare(@Schema(description = "the dataset version of the previous edition") int version,
		@Schema(description = "the share of GDP it printed, %, two decimals") BigDecimal shareOfGdpPct) {
}
