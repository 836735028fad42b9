package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.pledgewatch.budget.ClientConnection;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.budget.WorkStoppedException;

/** The canonical CSV a version is downloaded as. */
class DatasetCsvWriterTest {

	private static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd,share_of_gdp_pct,"
			+ "real_change_pct,population_thousands,military_personnel_thousands,equipment_share_pct,estimate\n";

	/** NATO 2024 edition, Belgium 2024, as in data/editions/nato-2024-edition.csv. */
	private static final DatasetRow BELGIUM_2024 = new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519"),
			new BigDecimal("655744"), new BigDecimal("11858.6"), new BigDecimal("21.3"), new BigDecimal("15.16"), true,
			new BigDecimal("1.30"), new BigDecimal("8.89"));

	/** NATO 2025 edition, Germany 2025: no figure published. */
	private static final DatasetRow GERMANY_2025 = new DatasetRow("Germany", "DEU", 2025, null, null, null, null,
			null, false, null, null);

	private static String write(DatasetRow... rows) {
		StringWriter out = new StringWriter();
		new DatasetCsvWriter().write(new Dataset(1, List.of(rows)), out);
		return out.toString();
	}

	/**
	 * A download of a large version stops when its request's time is up. The clock is read once every thousand rows,
	 * not per row: here the budget has room for exactly one reading.
	 */
	@Test
	void aLargeVersionStopsWhenTheRequestsTimeIsUpLookingAtTheClockEveryThousandRows() {
		assertThat(writeUnderOneCheckBudget(1_999)).as("one reading of the clock, at row 1,000").hasSize(1_999);
		assertThatThrownBy(() -> writeUnderOneCheckBudget(2_000)).isInstanceOf(WorkStoppedException.class);
	}

	private static List<String> writeUnderOneCheckBudget(int rows) {
		List<DatasetRow> many = java.util.Collections.nCopies(rows, BELGIUM_2024);
		// The clock moves a nanosecond per reading: the budget is read when made, once more in time, then past it.
		AtomicLong clock = new AtomicLong();
		RequestBudget budget = new RequestBudget(Duration.ofNanos(2), ClientConnection.UNKNOWN, clock::getAndIncrement);
		StringWriter out = new StringWriter();
		try (RequestBudget.Scope scope = RequestBudget.bind(budget)) {
			new DatasetCsvWriter().write(new Dataset(1, many), out);
		}
		return out.toString().lines().skip(1).toList();
	}

	@Test
	void rowsAreWrittenInCanonicalOrderWithTheDigitsAsRead() {
		assertThat(write(BELGIUM_2024))
			.isEqualTo(HEADER + "Belgium,BEL,2024,8519,655744,1.30,8.89,11858.6,21.3,15.16,true\n");
	}

	@Test
	void missingFiguresAreEmptyCellsNeverZero() {
		assertThat(write(GERMANY_2025)).isEqualTo(HEADER + "Germany,DEU,2025,,,,,,,,false\n");
	}

	@Test
	void numbersAreWrittenInPlainDecimalsNotExponents() {
		DatasetRow row = new DatasetRow("Aland", "ALA", 2024, new BigDecimal("1E+3"), new BigDecimal("1.0E+5"), null,
				null, null, false, new BigDecimal("1.00"), new BigDecimal("-4.2"));
		assertThat(write(row)).endsWith("\nAland,ALA,2024,1000,100000,1.00,-4.2,,,,false\n");
	}

	@Test
	void namesWithCommasAndQuotesAreQuoted() {
		DatasetRow row = new DatasetRow("Korea, \"South\"", "KOR", 2024, null, null, null, null, null, false,
				new BigDecimal("2.8"), null);
		assertThat(write(row)).endsWith("\n\"Korea, \"\"South\"\"\",KOR,2024,,,2.8,,,,,false\n");
	}

	@Test
	void everythingReachesABufferedOutputWithoutClosingIt() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
		new DatasetCsvWriter().write(new Dataset(1, List.of(BELGIUM_2024)), out);
		assertThat(bytes.toString(StandardCharsets.UTF_8))
			.isEqualTo(HEADER + "Belgium,BEL,2024,8519,655744,1.30,8.89,11858.6,21.3,15.16,true\n");
	}

	@Test
	void whatIsWrittenReadsBackToTheSameRows() {
		String csv = write(BELGIUM_2024, GERMANY_2025);
		ParsedDataset parsed = new DatasetCsvParser().parse(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).containsExactly(BELGIUM_2024, GERMANY_2025);
	}

}
