package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The file name an upload is recorded under: what the browser sent, made safe to show. */
class NewVersionTest {

	private static String recordedName(String sent) {
		return new NewVersion(sent, new byte[0], List.of(), "alice").filename();
	}

	@Test
	void onlyTheLastPathSegmentIsKept() {
		assertThat(recordedName("C:\\Users\\alice\\Desktop\\nato 2025.csv")).isEqualTo("nato 2025.csv");
		assertThat(recordedName("../../etc/nato.csv")).isEqualTo("nato.csv");
	}

	@Test
	void anEmptyOrMissingNameIsRecordedAsUploadCsv() {
		assertThat(recordedName("")).isEqualTo("upload.csv");
		assertThat(recordedName("folder/")).isEqualTo("upload.csv");
		assertThat(new NewVersion(null, new byte[0], List.of(), "alice").filename()).isEqualTo("upload.csv");
	}

	@Test
	void controlCharactersAreDropped() {
		assertThat(recordedName("nato\u0000\r\n.csv")).isEqualTo("nato.csv");
	}

	@Test
	void aNameIsKeptUpTo200Characters() {
		String name = "n".repeat(196) + ".csv";
		assertThat(recordedName(name)).isEqualTo(name);
		assertThat(recordedName("n" + name)).isEqualTo(("n" + name).substring(0, 200)).hasSize(200);
	}

}
