package org.pledgewatch.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/** The events and the Ukraine agreements, read once from the classpath ({@code data/} in the jar). */
@Component
public class ContextData {

	static final String EVENTS = "data/events.csv";

	static final String AGREEMENTS = "data/ukraine-security-agreements.csv";

	private final List<Event> events;

	private final List<SecurityAgreement> agreements;

	public ContextData() {
		this.events = readEvents();
		this.agreements = readAgreements();
	}

	/** Key events, oldest first. */
	public List<Event> events() {
		return events;
	}

	/** The agreements in the order they were signed. */
	public List<SecurityAgreement> agreements() {
		return agreements;
	}

	/** The agreement a partner signed, by the name the file gives it. */
	public Optional<SecurityAgreement> agreement(String partner) {
		return agreements.stream().filter(a -> a.partner().equals(partner)).findFirst();
	}

	private static List<Event> readEvents() {
		List<Event> read = new ArrayList<>();
		for (CSVRecord record : records(EVENTS)) {
			read.add(new Event(LocalDate.parse(record.get("date").strip()), record.get("title").strip(),
					record.get("description").strip(), record.get("source_url").strip(),
					record.isSet("quotes_edition") ? Event.QuotedEdition.parse(record.get("quotes_edition")) : null));
		}
		read.sort(Comparator.comparing(Event::date));
		return List.copyOf(read);
	}

	private static List<SecurityAgreement> readAgreements() {
		List<CSVRecord> records = records(AGREEMENTS);
		List<SecurityAgreement> read = new ArrayList<>();
		for (CSVRecord record : records) {
			read.add(new SecurityAgreement(0, record.get("country").strip(), LocalDate.parse(record.get("signed_on").strip()),
					Integer.parseInt(record.get("duration_years").strip()), record.get("notes").strip()));
		}
		// A stable sort: partners that signed on the same day keep the file's order (the sources' order).
		read.sort(Comparator.comparing(SecurityAgreement::signedOn));
		List<SecurityAgreement> numbered = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			SecurityAgreement a = read.get(i);
			numbered.add(new SecurityAgreement(i + 1, a.partner(), a.signedOn(), a.durationYears(), a.notes()));
		}
		return List.copyOf(numbered);
	}

	private static List<CSVRecord> records(String resource) {
		InputStream in = ContextData.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing classpath resource " + resource);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)
				.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
