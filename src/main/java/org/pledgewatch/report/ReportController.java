package org.pledgewatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.Figures;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads of the computed figures for a year and target: CSV, XLSX and a briefing PDF. */
@Controller
class ReportController {

	private final ComplianceReports reports;

	private final MessageSource messages;

	private final Figures figures;

	private final CountryNames names;

	ReportController(ComplianceReports reports, MessageSource messages, Figures figures, CountryNames names) {
		this.reports = reports;
		this.messages = messages;
		this.figures = figures;
		this.names = names;
	}

	/** {@code ?format=excel-be} gives semicolons, decimal commas and a byte order mark for Excel in Belgium. */
	@GetMapping("/reports/compliance.csv")
	ResponseEntity<byte[]> complianceCsv(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target,
			@RequestParam(required = false) @Nullable String format) {
		return download(new ComplianceCsvWriter(CsvDialect.requested(format)), reports.report(year, target));
	}

	@GetMapping("/reports/compliance.xlsx")
	ResponseEntity<byte[]> complianceXlsx(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target, Locale locale) {
		return download(new ComplianceXlsxWriter(text(locale)), reports.report(year, target));
	}

	@GetMapping("/reports/compliance.pdf")
	ResponseEntity<byte[]> compliancePdf(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target, Locale locale) {
		return download(new CompliancePdfWriter(text(locale)), reports.report(year, target));
	}

	/** The reader's language: {@code ?lang=}, the language cookie or {@code Accept-Language}, as for the pages. */
	private ReportText text(Locale locale) {
		return new ReportText(messages, figures, names, locale);
	}

	private static ResponseEntity<byte[]> download(ReportWriter writer, ComplianceReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			writer.write(report, out);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		String filename = "pledgewatch-compliance-" + report.year() + writer.fileSuffix();
		return ResponseEntity.ok()
			.contentType(writer.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toByteArray());
	}

}
