package org.pledgewatch.report;

import java.io.StringWriter;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.compliance.YearCompliance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads of the computed figures. */
@Controller
class ReportController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final ComplianceService compliance;

	ReportController(ComplianceService compliance) {
		this.compliance = compliance;
	}

	@GetMapping("/reports/compliance.csv")
	ResponseEntity<String> complianceCsv(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target) {
		ComplianceModel model = compliance.model();
		YearCompliance table = model.year(year == null ? model.latestYear() : year,
				target == null ? compliance.defaultTarget() : target);
		StringWriter out = new StringWriter();
		new ComplianceCsvWriter().write(table, out);
		String filename = "pledgewatch-compliance-" + table.year() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toString());
	}

}
