package org.pledgewatch.upload;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCsvWriter;
import org.pledgewatch.dataset.DatasetRow;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.UnknownVersionException;
import jakarta.servlet.http.HttpServletResponse;
import org.pledgewatch.system.Attachment;
import org.pledgewatch.system.ErrorPages;
import org.pledgewatch.system.VersionAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
	void current(HttpServletResponse response) throws IOException {
		int shown = compliance.model().version();
		csv(store.dataset(shown), "pledgewatch-dataset-v" + shown + ".csv", response);
	}

	@GetMapping("/datasets/{version:\\d+}.csv")
	void version(@PathVariable int version, HttpServletResponse response) throws IOException {
		access.requireVisible(version);
		csv(store.dataset(version), "pledgewatch-dataset-v" + version + ".csv", response);
	}

	/** The header and two real rows of the active dataset, to start a file from. */
	@GetMapping("/datasets/template.csv")
	void template(HttpServletResponse response) throws IOException {
		List<DatasetRow> rows = store.active().rows();
		List<DatasetRow> examples = TEMPLATE_ALLIES.stream()
			.flatMap(iso3 -> rows.stream()
				.filter(r -> r.iso3().equals(iso3))
				.max(Comparator.comparingInt(DatasetRow::year))
				.stream())
			.toList();
		csv(new Dataset(0, examples), "pledgewatch-template.csv", response);
	}

	@ExceptionHandler(UnknownVersionException.class)
	ModelAndView unknownVersion(UnknownVersionException ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** Written to the client as it is produced: a million rows never sit in memory as one text. */
	private static void csv(Dataset dataset, String filename, HttpServletResponse response) throws IOException {
		Attachment.send(response, CSV, filename, out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			new DatasetCsvWriter().write(dataset, writer);
			writer.flush();
		});
	}

}
