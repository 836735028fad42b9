package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file operations the store's crash safety rests on. */
class DurableFilesTest {

	@TempDir
	Path dir;

	private final DurableFiles files = new DurableFiles();

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void writeCreatesAFileWithExactlyTheContent() throws IOException {
		byte[] content = new byte[300_000];
		for (int i = 0; i < content.length; i++) {
			content[i] = (byte) i;
		}
		files.write(dir.resolve("source.csv"), content);
		assertThat(dir.resolve("source.csv")).hasBinaryContent(content);
	}

	@Test
	void writeNeverOverwritesAnExistingFile() throws IOException {
		files.write(dir.resolve("source.csv"), bytes("first"));
		assertThatThrownBy(() -> files.write(dir.resolve("source.csv"), bytes("second")))
			.isInstanceOf(FileAlreadyExistsException.class);
		assertThat(dir.resolve("source.csv")).hasContent("first");
	}

	@Test
	void appendAddsToTheEndCreatingTheFileFirst() throws IOException {
		files.append(dir.resolve("audit.jsonl"), bytes("{\"version\":1}\n"));
		files.append(dir.resolve("audit.jsonl"), bytes("{\"version\":2}\n"));
		assertThat(dir.resolve("audit.jsonl")).hasContent("{\"version\":1}\n{\"version\":2}");
	}

	@Test
	void aMoveReplacesTheTargetAndForcesTheDirectoryItLandsIn() throws IOException {
		Path store = Files.createDirectory(dir.resolve("store"));
		files.write(store.resolve("active"), bytes("1\n"));
		files.write(store.resolve(".tmp-active"), bytes("2\n"));
		List<Path> synced = new ArrayList<>();
		DurableFiles recording = new DurableFiles() {
			@Override
			void syncDirectory(Path directory) {
				synced.add(directory);
				super.syncDirectory(directory);
			}
		};

		recording.moveAtomically(store.resolve(".tmp-active"), store.resolve("active"));

		assertThat(store.resolve("active")).hasContent("2");
		assertThat(store.resolve(".tmp-active")).doesNotExist();
		assertThat(synced).containsExactly(store.toAbsolutePath());
	}

	@Test
	void syncingADirectoryThatCannotBeOpenedIsANoOp() {
		assertThatCode(() -> files.syncDirectory(dir.resolve("missing"))).doesNotThrowAnyException();
		assertThatCode(() -> files.syncDirectory(dir)).doesNotThrowAnyException();
	}

}
