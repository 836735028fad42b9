package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The source fields an editor types on the upload form or sends to {@code POST /api/datasets}. */
class VersionSourceTest {

	private static final String NATO_2025 = "NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025";

	private static final String NATO_URL = "https://www.nato.int/cps/en/natohq/topics_49198.htm";

	@Nested
	class AsTyped {

		@Test
		void fieldsAreKeptWithoutSurroundingSpaceAndTheDateIsRead() {
			VersionSource source = VersionSource.of("  " + NATO_2025 + " ", " " + NATO_URL + " ",
					" Table 3 only. ", " 2025-06-03 ");
			assertThat(source.source()).isEqualTo(NATO_2025);
			assertThat(source.sourceUrl()).isEqualTo(NATO_URL);
			assertThat(source.notes()).isEqualTo("Table 3 only.");
			assertThat(source.dataAsOf()).isEqualTo(LocalDate.of(2025, 6, 3));
			assertThat(source.stated()).isTrue();
		}

		@Test
		void blankFieldsAreAbsentAndAVersionWithoutASourceIsNotStated() {
			VersionSource source = VersionSource.of(" ", "", "\n", "  ");
			assertThat(source).isEqualTo(VersionSource.none());
			assertThat(source.source()).isNull();
			assertThat(source.sourceUrl()).isNull();
			assertThat(source.notes()).isNull();
			assertThat(source.dataAsOf()).isNull();
			assertThat(source.stated()).isFalse();
			assertThat(VersionSource.of(null, null, null, null).stated()).isFalse();
		}

		@Test
		void aUrlAndNotesWithoutASourceAreStillNotAStatedSource() {
			assertThat(VersionSource.of(null, NATO_URL, "notes", null).stated()).isFalse();
		}

	}

	@Nested
	class Dates {

		@Test
		void aDateInAnotherNotationIsRefusedWithTheExpectedForm() {
			assertThatThrownBy(() -> VersionSource.of(NATO_2025, null, null, "03/06/2025"))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessage("dataAsOf must be a date written as YYYY-MM-DD, e.g. 2025-06-03.");
		}

		@Test
		void anImpossibleDateIsRefused() {
			assertThatThrownBy(() -> VersionSource.of(NATO_2025, null, null, "2025-02-30"))
				.isInstanceOf(InvalidSourceException.class);
		}

	}

	@Nested
	class Addresses {

		@Test
		void httpAndHttpsAddressesAreAcceptedInAnyCase() {
			assertThat(VersionSource.of(NATO_2025, "http://www.nato.int/", null, null).sourceUrl())
				.isEqualTo("http://www.nato.int/");
			assertThat(VersionSource.of(NATO_2025, "HTTPS://www.nato.int/", null, null).sourceUrl())
				.isEqualTo("HTTPS://www.nato.int/");
		}

		@Test
		void otherSchemesAreRefused() {
			for (String url : new String[] { "ftp://www.nato.int/file.pdf", "javascript:alert(1)",
					"www.nato.int/file.pdf" }) {
				assertThatThrownBy(() -> VersionSource.of(NATO_2025, url, null, null)).as(url)
					.isInstanceOf(InvalidSourceException.class)
					.hasMessage("sourceUrl must be an http:// or https:// address.");
			}
		}

		@Test
		void anHttpAddressWithoutAHostIsRefused() {
			assertThatThrownBy(() -> VersionSource.of(NATO_2025, "https:/nato.pdf", null, null))
				.isInstanceOf(InvalidSourceException.class);
		}

		@Test
		void anAddressThatIsNotAUriIsRefused() {
			assertThatThrownBy(() -> VersionSource.of(NATO_2025, "https://www.nato.int/a b.pdf", null, null))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessage("sourceUrl must be an http:// or https:// address.");
		}

	}

	@Nested
	class Text {

		@Test
		void notesMayRunOverSeveralLinesAndKeepUnixLineEnds() {
			VersionSource source = VersionSource.of(NATO_2025, null, "Table 3.\r\nNo money tables.", null);
			assertThat(source.notes()).isEqualTo("Table 3.\nNo money tables.");
		}

		@Test
		void aSourceOrAddressOnSeveralLinesIsRefused() {
			assertThatThrownBy(() -> VersionSource.of("NATO,\n2025", null, null, null))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessage("source must not contain control characters.");
			assertThatThrownBy(() -> VersionSource.of(NATO_2025, "https://www.nato.int/\r\nx", null, null))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessage("sourceUrl must not contain control characters.");
		}

		@Test
		void controlCharactersOtherThanLineBreaksAreRefusedInNotes() {
			assertThatThrownBy(() -> VersionSource.of(NATO_2025, null, "Table\t3", null))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessage("notes must not contain control characters.");
			assertThatThrownBy(() -> VersionSource.of(NATO_2025, null, "a lone\rcarriage return", null))
				.isInstanceOf(InvalidSourceException.class);
		}

		@Test
		void eachFieldMayBeAsLongAsItsLimitAndNoLonger() {
			String source = "s".repeat(300);
			assertThat(VersionSource.of(source, null, null, null).source()).isEqualTo(source);
			assertThatThrownBy(() -> VersionSource.of(source + "s", null, null, null))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessage("source is longer than 300 characters.");

			String url = "https://www.nato.int/" + "p".repeat(500 - 21);
			assertThat(VersionSource.of(NATO_2025, url, null, null).sourceUrl()).hasSize(500);
			assertThatThrownBy(() -> VersionSource.of(NATO_2025, url + "p", null, null))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessage("sourceUrl is longer than 500 characters.");

			String notes = "n".repeat(2000);
			assertThat(VersionSource.of(NATO_2025, null, notes, null).notes()).isEqualTo(notes);
			assertThatThrownBy(() -> VersionSource.of(NATO_2025, null, notes + "n", null))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessage("notes is longer than 2000 characters.");
		}

	}

}
