package org.pledgewatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Sends the body to the client as it is written and keeps a copy of it for {@link RenderedAnswers}, but only up to
 * the largest answer they keep: a larger body stops being copied, so an answer of any size costs this filter no more
 * memory than that. (Buffering the whole body first, as Spring's ContentCachingResponseWrapper does, held every
 * answer in memory whole: 36 MB for the paths of 10,000 allies.)
 *
 * <p>A write or flush the client's connection refused (the reader left) marks the copy as failed for good: what
 * follows is not sent, and a page's {@link PrintWriter} would swallow the error, so without the mark the bytes
 * written before it would pass for the whole answer.
 */
final class CopyKeepingResponse extends HttpServletResponseWrapper {

	private final int maxCopy;

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

	private boolean tooLarge;

	/** A write or flush to the client failed: the answer did not reach it whole. */
	private boolean failed;

	private @Nullable ServletOutputStream stream;

	private @Nullable PrintWriter writer;

	CopyKeepingResponse(HttpServletResponse response, int maxCopy) {
		super(response);
		this.maxCopy = maxCopy;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (stream == null) {
			stream = new CopyingStream(super.getOutputStream());
		}
		return stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (writer == null) {
			writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
		}
		return writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (writer != null) {
			writer.flush();
		}
		super.flushBuffer();
	}

	@Override
	public void resetBuffer() {
		super.resetBuffer();
		forgetBody();
	}

	@Override
	public void reset() {
		super.reset();
		forgetBody();
	}

	/**
	 * The body as sent, or null when it was larger than a kept answer may be or did not reach the client whole. Call
	 * after the body is written.
	 */
	byte @Nullable [] body() {
		if (writer != null && writer.checkError()) {
			failed = true; // checkError flushes: a client that left fails this last write too
		}
		return tooLarge || failed ? null : copy.toByteArray();
	}

	/** Whether writing to the client failed (it left before the end of the answer). */
	boolean failed() {
		return failed;
	}

	private void forgetBody() {
		copy.reset();
		tooLarge = false;
		writer = null;
	}

	private void keep(byte[] bytes, int offset, int length) {
		if (tooLarge) {
			return;
		}
		if (copy.size() + length > maxCopy) {
			tooLarge = true;
			copy.reset();
			return;
		}
		copy.write(bytes, offset, length);
	}

	@FunctionalInterface
	private interface IoAction {

		void run() throws IOException;

	}

	private final class CopyingStream extends ServletOutputStream {

		private final ServletOutputStream client;

		CopyingStream(ServletOutputStream client) {
			this.client = client;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			sending(() -> client.write(bytes, offset, length));
			keep(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			sending(client::flush);
		}

		@Override
		public void close() throws IOException {
			sending(client::close);
		}

		private void sending(IoAction action) throws IOException {
			try {
				action.run();
			}
			catch (IOException ex) {
				failed = true;
				throw ex;
			}
		}

		@Override
		public boolean isReady() {
			return client.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			client.setWriteListener(listener);
		}

	}

}
