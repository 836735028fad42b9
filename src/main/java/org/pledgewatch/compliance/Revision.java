package org.pledgewatch.compliance;

import java.math.BigDecimal;

/**
 * An ally-year whose printed share (two decimals) the shown version revised: "Belgium 2024: 1.30 → 1.29".
 *
 * @param iso3 the ally
 * @param country its name as the shown version spells it
 * @param year the year revised
 * @param previous the share the previous edition printed
 * @param shown the share the shown version prints
 */
public record Revision(String iso3, String country, int year, BigDecimal previous, BigDecimal shown) {
}
