package org.pledgewatch.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@link DurableFiles} with a fault switched on by a test: a full disk (ENOSPC) or a directory that cannot be
 * written, on writes, appends or renames whose target name contains a given text. A full disk during an append
 * writes half the line first, as the kernel does, so the store must cut it back.
 */
public class FaultyFiles extends DurableFiles {

	public enum Fault { NONE, DISK_FULL, READ_ONLY }

	private volatile Fault fault = Fault.NONE;

	private volatile String where = "";

	/** Fails every operation whose file name contains {@code where}, "" for all, until {@link #heal}. */
	public FaultyFiles fail(Fault fault, String where) {
		this.fault = fault;
		this.where = where;
		return this;
	}

	public void heal() {
		this.fault = Fault.NONE;
	}

	private void check(Path target) throws IOException {
		if (fault == Fault.NONE || !target.getFileName().toString().contains(where)) {
			return;
		}
		if (fault == Fault.DISK_FULL) {
			throw new IOException("No space left on device");
		}
		throw new AccessDeniedException(target.toString());
	}

	@Override
	void write(Path file, byte[] content) throws IOException {
		check(file);
		super.write(file, content);
	}

	@Override
	void append(Path file, byte[] content) throws IOException {
		if (fault == Fault.DISK_FULL && file.getFileName().toString().contains(where)) {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				channel.write(ByteBuffer.wrap(content, 0, content.length / 2));
			}
		}
		check(file);
		super.append(file, content);
	}

	@Override
	void moveAtomically(Path from, Path to) throws IOException {
		check(to);
		super.moveAtomically(from, to);
	}

}
