package org.pledgewatch.report;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.http.MediaType;

/** One downloadable format of a {@link ComplianceReport}. */
interface ReportWriter {

	MediaType mediaType();

	/** The file name's ending, such as {@code .pdf} or {@code -excel-be.csv}. */
	String fileSuffix();

	void write(ComplianceReport report, OutputStream out) throws IOException;

}
