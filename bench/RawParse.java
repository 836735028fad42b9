import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor an upload is measured against: Commons CSV reading every record of the file and each number as a
 * BigDecimal, nothing else. Prints the best of three runs in milliseconds. Run by bench/run with the source launcher.
 */
public class RawParse {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		long best = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			long start = System.nanoTime();
			long numbers = 0;
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
					CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
						.parse(reader)) {
				for (CSVRecord record : parser) {
					int year = Integer.parseInt(record.get(2));
					BigDecimal spending = new BigDecimal(record.get(3));
					BigDecimal gdp = new BigDecimal(record.get(4));
					numbers += year + spending.signum() + gdp.signum() + record.get(0).length() + record.get(1).length();
				}
			}
			best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
			if (numbers == 42) {
				System.err.print("");
			}
		}
		System.out.println(best);
	}

}
