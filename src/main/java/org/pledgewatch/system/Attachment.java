package org.pledgewatch.system;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.budget.WorkStoppedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A downloaded file, written to the client as it is produced: however large the dataset, the server holds a few
 * rows of it, never the whole file. A failure before the first bytes leave answers as any error does (a page or JSON
 * with the reason); after that the connection is broken off, so the client reports an incomplete download instead of
 * keeping a shorter file that looks whole.
 */
public final class Attachment {

	private static final Logger log = LoggerFactory.getLogger(Attachment.class);

	/** Writes the file's bytes; the stream is the client's, not to be closed. */
	@FunctionalInterface
	public interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

	private Attachment() {
	}

	public static void send(HttpServletResponse response, MediaType type, String filename, Body body)
			throws IOException {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		OutputStream out = response.getOutputStream();
		try {
			body.writeTo(out);
			out.flush();
		}
		catch (IOException | RuntimeException ex) {
			if (!response.isCommitted()) {
				// Nothing has left: the error answer replaces the file, without its name or tag.
				response.reset();
				throw ex;
			}
			if (!(ex instanceof WorkStoppedException) && !(ex instanceof IOException)) {
				log.error("Download {} failed after its first bytes were sent; the connection is broken off", filename,
						ex);
			}
			RequestBudget.breakOffConnection();
		}
	}

}
