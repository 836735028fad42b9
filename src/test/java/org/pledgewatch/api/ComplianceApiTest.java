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

		/** The verdict is the pages' wording of meetsTarget and member; the JSON contract keeps its fields as they were. */
		@Test
		void rowsCarryTheirFieldsNotThePagesHelpers() throws Exception {
			mvc.perform(get("/api/compliance"))
				.andExpect(jsonPath("$.rows[0].meetsTarget").exists())
				.andExpect(jsonPath("$.rows[0].verdict").value("meets"))
				.andExpect(jsonPath("$.rows[0].reported").doesNotExist());
		}

		@Test
		void defaultsToTheLatestYearAndTwoPercent() throws Exception {
			mvc.perform(get("/api/compliance"))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.year").value(2025))
				.andExpect(jsonPath("$.targetPct").value(2.0))
				.andExpect(jsonPath("$.dataset.version").value(2))
				.andExpect(jsonPath("$.dataset.source").value(containsString("(2014-2025), 28 August 2025")))
				.andExpect(jsonPath("$.rows", hasSize(32)))
				.andExpect(jsonPath("$.rows[0].iso3").value("POL"));
		}

		@Test
		void belgiumIn2025MeetsTwoPercentOnNatosPublishedShareWithoutMoneyFigures() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "2025").param("target", "2"))
				.andExpect(jsonPath(BELGIUM + ".country").value(contains("Belgium")))
				.andExpect(jsonPath(BELGIUM + ".shareOfGdpPctRounded").value(contains(2.00)))
				.andExpect(jsonPath(BELGIUM + ".publishedShareOfGdpPct").value(contains(closeTo(2.0009, 0.0001))))
				.andExpect(jsonPath(BELGIUM + ".shareSource").value(contains("published")))
				.andExpect(jsonPath(BELGIUM + ".computedShareOfGdpPct").value(contains(nullValue())))
				.andExpect(jsonPath(BELGIUM + ".defenceExpenditureMusd").value(contains(nullValue())))
				.andExpect(jsonPath(BELGIUM + ".meetsTarget").value(contains(true)))
				.andExpect(jsonPath(BELGIUM + ".gapToTargetPts").value(contains(0.0)))
				.andExpect(jsonPath(BELGIUM + ".gapToTargetMusd").value(contains(nullValue())))
				// 24 allies printed above 2.00; Belgium shares 25th place with five others at exactly 2.00.
				.andExpect(jsonPath(BELGIUM + ".rank").value(contains(25)))
				.andExpect(jsonPath(BELGIUM + ".estimate").value(contains(true)));
		}

		@Test
		void germanyHasNoFigureIn2025AndIsNeitherFailingNorRanked() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "2025"))
				.andExpect(jsonPath("$.rows[?(@.iso3=='DEU')].member").value(contains(true)))
				.andExpect(jsonPath("$.rows[?(@.iso3=='DEU')].shareOfGdpPct").value(contains(nullValue())))
				.andExpect(jsonPath("$.rows[?(@.iso3=='DEU')].meetsTarget").value(contains(nullValue())))
				.andExpect(jsonPath("$.rows[?(@.iso3=='DEU')].rank").value(contains(nullValue())));
		}

		@Test
		void belgiumIn2024HasAPointsGapButNoMoneyGapInThisEdition() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "2024").param("target", "2"))
				.andExpect(jsonPath(BELGIUM + ".shareOfGdpPctRounded").value(contains(1.29)))
				.andExpect(jsonPath(BELGIUM + ".meetsTarget").value(contains(false)))
				.andExpect(jsonPath(BELGIUM + ".gapToTargetPts").value(contains(closeTo(0.71, 1e-9))))
				.andExpect(jsonPath(BELGIUM + ".gapToTargetMusd").value(contains(nullValue())))
				.andExpect(jsonPath(BELGIUM + ".realChangePct").isNotEmpty());
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
		void aTargetWithADecimalCommaIsTheSameTarget() throws Exception {
			mvc.perform(get("/api/compliance").param("target", "3,5"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.targetPct").value(3.5));
		}

		@Test
		void aYearNotInTheDataIs404WithAJsonError() throws Exception {
			mvc.perform(get("/api/compliance").param("year", "1990"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.error").value(containsString("2014–2025")));
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
		void everyReportingAllyMeetsTwoPercentIn2025AndTotalsAreNotAvailable() throws Exception {
			mvc.perform(get("/api/summary").param("target", "2"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.year").value(2025))
				.andExpect(jsonPath("$.membersThatYear").value(32))
				.andExpect(jsonPath("$.complete").value(true))
				.andExpect(jsonPath("$.alliesReporting").value(30))
				.andExpect(jsonPath("$.alliesMeetingTarget").value(30))
				.andExpect(jsonPath("$.meetingTarget", hasItem("BEL")))
				.andExpect(jsonPath("$.meetingTarget", not(hasItem("DEU"))))
				.andExpect(jsonPath("$.totalDefenceExpenditureMusd").value(nullValue()))
				.andExpect(jsonPath("$.allianceShareOfGdpPct").value(nullValue()))
				.andExpect(jsonPath("$.dataset.version").value(2))
				.andExpect(jsonPath("$.highlight.iso3").value("BEL"))
				.andExpect(jsonPath("$.highlight.shareOfGdpPct", closeTo(2.00, 0.005)))
				.andExpect(jsonPath("$.highlight.gapToTargetMusd").value(nullValue()));
		}

		@Test
		void eighteenAlliesMet2PercentIn2024InThe2025Edition() throws Exception {
			mvc.perform(get("/api/summary").param("year", "2024"))
				.andExpect(jsonPath("$.alliesMeetingTarget").value(18))
				.andExpect(jsonPath("$.highlight.shareOfGdpPct", closeTo(1.29, 0.005)));
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
				.andExpect(jsonPath("$.dataset.version").value(2))
				.andExpect(jsonPath("$.rows", hasSize(12)))
				.andExpect(jsonPath("$.rows[0].year").value(2014))
				.andExpect(jsonPath("$.rows[11].year").value(2025))
				.andExpect(jsonPath("$.rows[11].rank").value(25))
				.andExpect(jsonPath("$.allianceMedians", hasSize(12)));
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
