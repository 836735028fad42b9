package org.pledgewatch.dataset;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A validated upload on its way into a {@link DatasetStore}.
 *
 * @param filename the file name as uploaded
 * @param content the file exactly as uploaded; stored as is, so nothing the editor sent is lost
 * @param rows what {@link DatasetCsvParser} read from it
 * @param uploadedBy who uploaded it
 * @param source where its figures come from, as the editor stated it
 * @param draft whether it is stored as a draft, to be previewed before it is published
 * @param aggregates the alliance-wide shares the publisher printed, if the editor gave them
 */
public record NewVersion(String filename, byte[] content, List<DatasetRow> rows, String uploadedBy,
		VersionSource source, boolean draft, PrintedAggregates aggregates) {

	public NewVersion {
		filename = cleanFilename(filename);
		rows = List.copyOf(rows);
	}

	/** A version without printed aggregates. */
	public NewVersion(String filename, byte[] content, List<DatasetRow> rows, String uploadedBy,
			VersionSource source, boolean draft) {
		this(filename, content, rows, uploadedBy, source, draft, PrintedAggregates.none());
	}

	/** A version to be published on upload. */
	public NewVersion(String filename, byte[] content, List<DatasetRow> rows, String uploadedBy,
			VersionSource source) {
		this(filename, content, rows, uploadedBy, source, false);
	}

	/** An upload without source fields. */
	public NewVersion(String filename, byte[] content, List<DatasetRow> rows, String uploadedBy) {
		this(filename, content, rows, uploadedBy, VersionSource.none());
	}

	/** Longer file names are refused: no file system keeps them, so such a name is a mistake or an attack. */
	public static final int MAX_FILENAME = 255;

	/**
	 * Refuses a file name longer than {@link #MAX_FILENAME} characters with its own answer (it was told "larger
	 * than the upload limit" for a 27 KB file).
	 *
	 * @throws InvalidSourceException when the name is too long
	 */
	public static void requireFilename(@Nullable String filename) {
		int length = filename == null ? 0 : filename.codePointCount(0, filename.length());
		if (length > MAX_FILENAME) {
			throw new InvalidSourceException("The file name is " + length + " characters long; at most "
					+ MAX_FILENAME + ". Rename the file and upload it again.");
		}
	}

	/** The last path segment, without control characters, at most 200 characters; "upload.csv" when empty. */
	private static String cleanFilename(@Nullable String filename) {
		String name = filename == null ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty() || name.equals("null")) {
			return "upload.csv";
		}
		return name.length() <= 200 ? name : name.substring(0, 200);
	}

}
