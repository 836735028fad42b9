package org.pledgewatch.upload;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCsvWriter;
import org.pledgewatch.dataset.DatasetRow;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.UnknownVersionException;
import org.pledgewatch.system.ErrorPages;
import org.pledgewatch.system.VersionAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Datasets in the canonical format (the one shown, any version, a template); uploading them back round-trips. A
 * draft is downloadable by editors only.
 */
@Controller
class DatasetDownloadController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** The allies whose latest rows make the template: one with figures, one that reports no spending. */
	private static final List<String> TEMPLATE_ALLIES = List.of("BEL", "ISL");

	private final DatasetStore store;

	private final ComplianceService compliance;

	private final VersionAccess access;

	DatasetDownloadController(DatasetStore store, ComplianceService compliance, VersionAccess access) {
		this.store = store;
		this.compliance = compliance;
		this.access = access;
	}

	/** The version shown: the active one, or the one {@code ?version=} asks for. */
	@GetMapping("/datasets/current.csv")
	ResponseEntity<String> current() {
		int shown = compliance.model().version();
		return csv(store.dataset(shown), "pledgewatch-dataset-v" + shown + ".csv");
	}

	@GetMapping("/datasets/{version:\\d+}.csv")
	ResponseEntity<String> version(@PathVariable int version) {
		access.requireVisible(version);
		return csv(store.dataset(version), "pledgewatch-dataset-v" + version + ".csv");
	}

	/** The header and two real rows of the active dataset, to start a file from. */
	@GetMapping("/datasets/template.csv")
	ResponseEntity<String> template() {
		List<DatasetRow> rows = store.active().rows();
		List<DatasetRow> examples = TEMPLATE_ALLIES.stream()
			.flatMap(iso3 -> rows.stream()
				.filter(r -> r.iso3().equals(iso3))
				.max(Comparator.comparingInt(DatasetRow::year))
				.stream())
			.toList();
		return csv(new Dataset(0, examples), "pledgewatch-template.csv");
	}

	@ExceptionHandler(UnknownVersionException.class)
	ModelAndView unknownVersion(UnknownVersionException ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private static ResponseEntity<String> csv(Dataset dataset, String filename) {
		StringWriter out = new StringWriter();
		new DatasetCsvWriter().write(dataset, out);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toString());
	}

}
