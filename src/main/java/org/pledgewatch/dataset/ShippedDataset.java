package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** Reads the dataset shipped in the jar ({@code data/} on the classpath), which is version 1. */
public final class ShippedDataset {

	public static final String DATASET = "data/nato-defence-expenditure.csv";

	public static final String MEMBERS = "data/nato-members.csv";

	private ShippedDataset() {
	}

	public static Dataset dataset() {
		ParsedDataset parsed = new DatasetCsvParser().parse(bytes(DATASET));
		if (!parsed.valid()) {
			throw new IllegalStateException("The shipped dataset is invalid: " + parsed.errors()
				.stream()
				.map(e -> "line " + e.row() + " " + e.column() + ": " + e.message())
				.collect(Collectors.joining("; ")));
		}
		return new Dataset(1, parsed.rows());
	}

	public static AccessionRegister accessions() {
		try (InputStream in = open(MEMBERS)) {
			return AccessionRegister.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] bytes(String resource) {
		try (InputStream in = open(resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String resource) {
		InputStream in = ShippedDataset.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing classpath resource " + resource);
		}
		return in;
	}

}
