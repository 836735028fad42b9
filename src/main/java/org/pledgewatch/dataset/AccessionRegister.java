package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Accession dates by iso3, read from {@code data/nato-members.csv}. */
public final class AccessionRegister {

	private final Map<String, Accession> byIso3;

	public AccessionRegister(Map<String, Accession> byIso3) {
		this.byIso3 = Map.copyOf(byIso3);
	}

	public static AccessionRegister read(InputStream csv) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		Map<String, Accession> accessions = new LinkedHashMap<>();
		try (var parser = format.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
			for (CSVRecord record : parser) {
				String iso3 = record.get("iso3").strip();
				accessions.put(iso3,
						new Accession(iso3, record.get("country").strip(), LocalDate.parse(record.get("joined_on"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new AccessionRegister(accessions);
	}

	public Optional<Accession> find(String iso3) {
		return Optional.ofNullable(byIso3.get(iso3));
	}

	/**
	 * Whether the ally was a member in that year. An ally absent from the register (a future ally an editor added)
	 * counts as a member: leaving it out of every aggregate silently would be the worse surprise.
	 */
	public boolean memberIn(String iso3, int year) {
		return find(iso3).map(accession -> accession.memberIn(year)).orElse(true);
	}

	/** The allies in the register that were members in that year. */
	public java.util.Set<String> membersIn(int year) {
		java.util.Set<String> members = new java.util.TreeSet<>();
		byIso3.values().forEach(accession -> {
			if (accession.memberIn(year)) {
				members.add(accession.iso3());
			}
		});
		return members;
	}

}
