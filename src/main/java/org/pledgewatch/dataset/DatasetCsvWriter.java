package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.budget.RequestBudget;

/**
 * Writes a dataset in the canonical format: comma-delimited, LF line ends, canonical column order, numbers in plain
 * decimal notation exactly as read (no exponents, no added digits), missing values as empty cells. What it writes
 * reads back through {@link DatasetCsvParser} to the same rows.
 */
public final class DatasetCsvWriter {

	public void write(Dataset dataset, Writer out) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setRecordSeparator('\n')
			.setHeader(CanonicalColumns.ALL.toArray(String[]::new))
			.get();
		try {
			CSVPrinter printer = new CSVPrinter(out, format);
			int written = 0;
			for (DatasetRow row : dataset.rows()) {
				if (++written % 1_000 == 0) {
					RequestBudget.check();
				}
				printer.printRecord(row.country(), row.iso3(), row.year(), plain(row.defenceExpenditureMusd()),
						plain(row.gdpMusd()), plain(row.shareOfGdpPct()), plain(row.realChangePct()),
						plain(row.populationThousands()), plain(row.militaryPersonnelThousands()),
						plain(row.equipmentSharePct()), row.estimate());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String plain(@Nullable BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

}
