package org.pledgewatch.context;

import java.time.LocalDate;

/**
 * A bilateral security agreement with Ukraine under the G7 Joint Declaration (Vilnius, 12 July 2023), from
 * {@code data/ukraine-security-agreements.csv}.
 *
 * @param position the order of signing, 1 = first (the United Kingdom); partners signing the same day keep the
 * file's order
 * @param partner the signatory as the file names it (a country, or the European Union)
 * @param signedOn the day it was signed
 * @param durationYears how long it runs
 * @param notes place, signatories, pledges and sources, as the file writes them (English)
 */
public record SecurityAgreement(int position, String partner, LocalDate signedOn, int durationYears, String notes) {
}
