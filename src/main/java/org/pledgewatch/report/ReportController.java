package org.pledgewatch.report;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.Figures;
import org.pledgewatch.system.Attachment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the computed figures for a year and target: CSV, XLSX and a briefing PDF, each written to the client as
 * it is produced.
 */
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
	void complianceCsv(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target,
			@RequestParam(required = false) @Nullable String format, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ComplianceReport report = reports.report(year, target);
		send(new ComplianceCsvWriter(CsvDialect.requested(format), text(Locale.ENGLISH, report)), report, request,
				response);
	}

	@GetMapping("/reports/compliance.xlsx")
	void complianceXlsx(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ComplianceReport report = reports.report(year, target);
		send(new ComplianceXlsxWriter(text(locale, report)), report, request, response);
	}

	@GetMapping("/reports/compliance.pdf")
	void compliancePdf(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ComplianceReport report = reports.report(year, target);
		send(new CompliancePdfWriter(text(locale, report)), report, request, response);
	}

	/** The reader's language: {@code ?lang=}, the language cookie or {@code Accept-Language}, as for the pages. */
	private ReportText text(Locale locale, ComplianceReport report) {
		return new ReportText(messages, figures, names, locale, report.dataset().currency());
	}

	/** Written to the client as it is produced; the dataset's tag goes out with it. */
	private static void send(ReportWriter writer, ComplianceReport report, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		DatasetEtagInterceptor.tag(request, response);
		Attachment.send(response, writer.mediaType(), "pledgewatch-compliance-" + report.year() + writer.fileSuffix(),
				out -> writer.write(report, out));
	}

}
