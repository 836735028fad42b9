package org.pledgewatch.upload;

import java.io.StringWriter;

import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCsvWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The raw dataset in the canonical format; uploading what it gives back round-trips. */
@Controller
class DatasetDownloadController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final ActiveDataset activeDataset;

	DatasetDownloadController(ActiveDataset activeDataset) {
		this.activeDataset = activeDataset;
	}

	@GetMapping("/datasets/current.csv")
	ResponseEntity<String> current() {
		Dataset dataset = activeDataset.active();
		StringWriter out = new StringWriter();
		new DatasetCsvWriter().write(dataset, out);
		String filename = "pledgewatch-dataset-v" + dataset.version() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toString());
	}

}
