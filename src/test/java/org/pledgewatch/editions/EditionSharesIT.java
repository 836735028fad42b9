package org.pledgewatch.editions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.dataset.ShippedDataset;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each shipped version, once activated, serves its own edition's printed shares: every row of
 * {@code reference-share-of-gdp.csv} for that edition, through {@code /api/compliance}. The reference file is NATO's
 * printed Table 3, kept apart from the dataset files the app reads.
 */
class EditionSharesIT extends ServerOnTempStore {

	RestClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void client() {
		http = RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1 | 2024 | NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024",
			"2 | 2025 | NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025" })
	void theActivatedVersionServesEveryShareItsEditionPrinted(int version, String edition, String source)
			throws IOException {
		http.post().uri("/api/datasets/{v}/activate", version).headers(h -> h.setBasicAuth("editor", "s3cret"))
			.retrieve().toBodilessEntity();
		Map<Integer, Map<String, BigDecimal>> printed = printedShares(edition);
		List<String> mismatches = new ArrayList<>();
		int compared = 0;
		for (var year : printed.entrySet()) {
			JsonNode answer = json.readTree(http.get()
				.uri("/api/compliance?year={y}", year.getKey())
				.retrieve()
				.body(String.class));
			assertThat(answer.get("dataset").get("version").asInt()).isEqualTo(version);
			assertThat(answer.get("dataset").get("source").asString()).isEqualTo(source);
			Map<String, BigDecimal> served = new HashMap<>();
			answer.get("rows").forEach(row -> {
				if (!row.get("shareOfGdpPctRounded").isNull()) {
					served.put(row.get("iso3").asString(), row.get("shareOfGdpPctRounded").decimalValue());
				}
			});
			for (var share : year.getValue().entrySet()) {
				compared++;
				BigDecimal got = served.get(share.getKey());
				if (got == null || got.compareTo(share.getValue()) != 0) {
					mismatches.add(share.getKey() + " " + year.getKey() + ": printed " + share.getValue() + ", served "
							+ got);
				}
			}
		}
		assertThat(compared).as("printed shares compared").isGreaterThan(300);
		assertThat(mismatches).isEmpty();
	}

	/** year → iso3 → the printed two-decimal share, for one edition. */
	private static Map<Integer, Map<String, BigDecimal>> printedShares(String edition) throws IOException {
		Map<Integer, Map<String, BigDecimal>> shares = new HashMap<>();
		var resource = new ClassPathResource(ShippedDataset.EDITIONS + "reference-share-of-gdp.csv");
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				if (r.get("edition").equals(edition)) {
					shares.computeIfAbsent(Integer.parseInt(r.get("year")), y -> new HashMap<>())
						.put(r.get("iso3"), new BigDecimal(r.get("share_gdp_pct")));
				}
			}
		}
		assertThat(new TreeSet<>(shares.keySet())).first().isEqualTo(2014);
		return shares;
	}

}
