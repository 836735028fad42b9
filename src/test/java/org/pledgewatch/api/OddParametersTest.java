package org.pledgewatch.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Query parameters are read as uploads are: ASCII digits only, and no figure longer than a sane length. */
@WebMvcTest(ComplianceApiController.class)
@Import(ShippedDataConfig.class)
class OddParametersTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void aTargetInArabicIndicDigitsIsRefusedNotReadAsTwo() throws Exception {
		for (String target : new String[] { "\u0662", "\uFF12", "\u0663,\u0665" }) {
			mvc.perform(get("/api/compliance").param("target", target))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("above 0 and at most 100")));
		}
	}

	@Test
	void aYearInArabicIndicOrFullwidthDigitsIsRefusedNotReadAs2024() throws Exception {
		for (String year : new String[] { "\u0662\u0660\u0662\u0664", "\uFF12\uFF10\uFF12\uFF14", "0x7E8" }) {
			mvc.perform(get("/api/compliance").param("year", year))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("whole number")));
		}
	}

	@Test
	void aYearInAsciiDigitsIsStillRead() throws Exception {
		mvc.perform(get("/api/compliance").param("year", " 2024 "))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024));
	}

	@Test
	void aTargetOfManyThousandDigitsIsRefusedAtOnce() throws Exception {
		String target = "2." + "0".repeat(500_000);
		long start = System.nanoTime();
		mvc.perform(get("/api/compliance").param("target", target))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("above 0 and at most 100")));
		org.assertj.core.api.Assertions.assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
	}

}
