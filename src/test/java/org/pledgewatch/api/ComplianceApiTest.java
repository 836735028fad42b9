package org.pledgewatch.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ComplianceApiController.class)
@Import(ShippedDataConfig.class)
class ComplianceApiTest {

	private static final String BELGIUM = "$.rows[?(@.iso3=='BEL')]";

	@Autowired
	private MockMvc mvc;

	@Nested
	class Compliance {

		@Test
		void defaultsToTheLatestYearAndTwoPercent() throws Exception {
			mvc.perform(get("/api/compliance"))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.year").value(2024))
				.andExpect(jsonPath("$.targetPct").value(2.0))
				.andExpect(jsonPath("$.rows", hasSize(32)))
				.andExpect(jsonPath("$.rows[0].iso3").value("POL"));
		}

		@Test
		void belgiumIn2024HasItsShareVerdictGapAndRankUnrounded() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "2024").param("target", "2"))
				.andExpect(jsonPath(BELGIUM + ".country").value(contains("Belgium")))
				.andExpect(jsonPath(BELGIUM + ".defenceExpenditureMusd").value(contains(8519.0)))
				.andExpect(jsonPath(BELGIUM + ".gdpMusd").value(contains(655744.0)))
				.andExpect(jsonPath(BELGIUM + ".shareOfGdpPct").value(contains(closeTo(1.29914, 0.00001))))
				.andExpect(jsonPath(BELGIUM + ".meetsTarget").value(contains(false)))
				.andExpect(jsonPath(BELGIUM + ".gapToTargetMusd").value(contains(closeTo(4595.88, 0.001))))
				.andExpect(jsonPath(BELGIUM + ".rank").value(contains(28)))
				.andExpect(jsonPath(BELGIUM + ".estimate").value(contains(true)))
				.andExpect(jsonPath(BELGIUM + ".member").value(contains(true)));
		}

		@Test
		void icelandHasNullsNotZerosOrNaN() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "2024"))
				.andExpect(content().string(not(containsString("NaN"))))
				.andExpect(jsonPath("$.rows[?(@.iso3=='ISL')].shareOfGdpPct").value(contains(nullValue())))
				.andExpect(jsonPath("$.rows[?(@.iso3=='ISL')].defenceExpenditureMusd").value(contains(nullValue())))
				.andExpect(jsonPath("$.rows[?(@.iso3=='ISL')].meetsTarget").value(contains(nullValue())))
				.andExpect(jsonPath("$.rows[?(@.iso3=='ISL')].rank").value(contains(nullValue())))
				.andExpect(jsonPath("$.rows[31].iso3").value("ISL"));
		}

		@Test
		void finlandBeforeJoiningIsShownAsNonMemberWithoutRank() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "2022"))
				.andExpect(jsonPath("$.rows[?(@.iso3=='FIN')].member").value(contains(false)))
				.andExpect(jsonPath("$.rows[?(@.iso3=='FIN')].rank").value(contains(nullValue())))
				.andExpect(jsonPath("$.rows[?(@.iso3=='FIN')].meetsTarget").value(contains(false)));
		}

		@Test
		void aHigherTargetChangesVerdictsAndGaps() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "2024").param("target", "3.5"))
				.andExpect(jsonPath("$.targetPct").value(3.5))
				.andExpect(jsonPath("$.rows[?(@.iso3=='DEU')].meetsTarget").value(contains(false)))
				.andExpect(jsonPath("$.rows[?(@.iso3=='POL')].meetsTarget").value(contains(true)));
		}

		@Test
		void aYearNotInTheDataIs404WithAJsonError() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "1990"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.error").value(containsString("2014–2024")));
		}

		@Test
		void badTargetsAre400WithAFriendlyMessage() throws Exception {
			for (String target : new String[] { "0", "-1", "100.01", "abc", "NaN", "Infinity", "" }) {
				mvc.perform(get("/api/compliance").param("target", target))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.status").value(400))
					.andExpect(jsonPath("$.error").value(containsString("above 0 and at most 100")));
			}
		}

		@Test
		void aYearThatIsNotANumberIs400() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "twenty"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("whole number")));
		}

	}

	@Nested
	class Summary {

		@Test
		void twentyThreeAlliesMeetTwoPercentIn2024AndBelgiumIs28thOf31() throws Exception {
			mvc.perform(get("/api/summary").param("year", "2024").param("target", "2"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.year").value(2024))
				.andExpect(jsonPath("$.targetPct").value(2.0))
				.andExpect(jsonPath("$.alliesReporting").value(31))
				.andExpect(jsonPath("$.alliesMeetingTarget").value(23))
				.andExpect(jsonPath("$.meetingTarget", hasSize(23)))
				.andExpect(jsonPath("$.meetingTarget", hasItem("USA")))
				.andExpect(jsonPath("$.meetingTarget", not(hasItem("BEL"))))
				.andExpect(jsonPath("$.totalDefenceExpenditureMusd", closeTo(1474410.0, 1000.0)))
				.andExpect(jsonPath("$.allianceShareOfGdpPct", closeTo(2.74, 0.01)))
				.andExpect(jsonPath("$.medianShareOfGdpPct").isNumber())
				.andExpect(jsonPath("$.highlight.iso3").value("BEL"))
				.andExpect(jsonPath("$.highlight.shareOfGdpPct", closeTo(1.30, 0.005)))
				.andExpect(jsonPath("$.highlight.rank").value(28))
				.andExpect(jsonPath("$.highlight.gapToTargetMusd", closeTo(4595.9, 0.05)));
		}

		@Test
		void in2014FewerAlliesMetTwoPercent() throws Exception {
			mvc.perform(get("/api/summary").param("year", "2014"))
				.andExpect(jsonPath("$.alliesReporting").value(27))
				.andExpect(jsonPath("$.alliesMeetingTarget").value(3));
		}

	}

	@Nested
	class Countries {

		@Test
		void belgiumHasEveryYearWithTheAllianceMedian() throws Exception {
			mvc.perform(get("/api/countries/BEL"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.iso3").value("BEL"))
				.andExpect(jsonPath("$.country").value("Belgium"))
				.andExpect(jsonPath("$.rows", hasSize(11)))
				.andExpect(jsonPath("$.rows[0].year").value(2014))
				.andExpect(jsonPath("$.rows[10].rank").value(28))
				.andExpect(jsonPath("$.allianceMedians", hasSize(11)));
		}

		@Test
		void codesAreCaseInsensitive() throws Exception {
			mvc.perform(get("/api/countries/bel")).andExpect(status().isOk()).andExpect(jsonPath("$.iso3").value("BEL"));
		}

		@Test
		void anUnknownCodeIs404WithAJsonError() throws Exception {
			mvc.perform(get("/api/countries/XXX"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.error").value(containsString("XXX")));
		}

	}

}
