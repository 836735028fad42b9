package org.pledgewatch.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * File operations that survive a crash: every write is forced to disk before it counts, and a file or directory
 * appears under its final name only through an atomic rename. Public and not final so that tests can inject failures
 * (a full disk, a read-only directory) into a running application by declaring one as a bean.
 */
public class DurableFiles {

	public DurableFiles() {
	}

	/** Writes a new file and forces it to disk. */
	void write(Path file, byte[] content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			writeFully(channel, content);
			channel.force(true);
		}
	}

	/** Appends to a file (creating it) and forces it to disk. */
	void append(Path file, byte[] content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			writeFully(channel, content);
			channel.force(true);
		}
	}

	/** Cuts a file back to a length it had, forced to disk: how a failed append is undone. */
	void truncate(Path file, long length) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(length);
			channel.force(true);
		}
	}

	/** Renames atomically (replacing a file target) and forces the parent directory so the rename is durable. */
	void moveAtomically(Path from, Path to) throws IOException {
		Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		syncDirectory(to.toAbsolutePath().getParent());
	}

	/** Forces a directory's entries to disk; a no-op where the platform cannot (Windows). */
	void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Windows cannot open a directory; its renames are durable enough for this store.
		}
	}

	private static void writeFully(FileChannel channel, byte[] content) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(content);
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

}
